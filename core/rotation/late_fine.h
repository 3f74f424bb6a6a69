#pragma once
// Late-payment fines: how many meeting periods a payment is late, and the fine a late amount
// bears under the rotation's FineRule. Fines are assessed when the late amount is paid and
// posted as income only when the fine itself is paid (cash basis).

#include "core/rotation/rotation_state.h"

#include <cstdint>
#include <vector>

namespace tontine {

// 0 when `paidOn` is on or before `dueOn`; otherwise the number of meeting periods, or part
// of one, between them (paid 3 days after a weekly due date: 1; 8 days after: 2).
int periodsLate(MeetingFrequency frequency, Date dueOn, Date paidOn);

// The fine for paying `amount` of `member`'s `round` late on `paidOn`, given the fines
// already assessed (`earlier`, for "once" and "per period" fixed fines). 0 when not late.
FineCharge lateFineFor(const RotationState& state, const std::vector<FineCharge>& earlier,
                       MemberId member, int round, std::int64_t amount, Date paidOn);

} // namespace tontine
