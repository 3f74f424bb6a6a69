#pragma once
// The canonical payload of an entry that pays (or, negative, un-pays) a due: it chains the
// link between the money and the due it settles.

#include "core/meetings/meeting.h"

#include <string>

namespace tontine {

std::string duePaymentPayload(DueId due, std::int64_t amount);

} // namespace tontine
