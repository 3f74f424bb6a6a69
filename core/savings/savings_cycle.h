#pragma once
// A savings cycle (VSLA style, DESIGN §2.2): dates, the share price fixed for the cycle,
// the limits on shares bought per meeting and the cycle's rules. Pure data and validation;
// it stores nothing and reads no clock.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/money/currency.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tontine {

using SavingsCycleId = std::int64_t;

// What happens at share-out to a member who still owes a loan (or a social loan).
enum class LoanAtShareOut {
    NetOff,     // what they owe is deducted from their share
    RepayFirst, // the share-out is refused until they have repaid
};
std::string loanAtShareOutCode(LoanAtShareOut rule); // "net", "repay-first"
std::optional<LoanAtShareOut> parseLoanAtShareOut(std::string_view code);

struct SavingsCycle {
    SavingsCycleId id = 0;
    std::string name;                 // e.g. "Cycle 2026"
    Date start;
    Date end;                         // the planned share-out date (a share-out may come earlier)
    std::int64_t sharePrice = 0;      // minor units, fixed for the cycle
    int minShares = 1;                // per member per meeting when they buy (0 = buying is optional)
    int maxShares = 5;                // per member per meeting, all purchases of the meeting together
    bool voluntaryAllowed = false;    // savings in free amounts beside shares
    bool withdrawalsAllowed = false;  // before share-out, within what is free
    LoanAtShareOut loanRule = LoanAtShareOut::NetOff;
    std::optional<Date> sharedOn;     // set when the share-out was committed: the cycle is closed

    bool isClosed() const { return sharedOn.has_value(); }
};

// Every problem with a cycle's definition (fields are the member names): a name, start
// before end, a positive share price that is a multiple of the rounding unit, 0 <= min <= max,
// max at least 1 and at most 100. Amounts in the texts are in `currency` when given (else
// plain minor units); args are always minor units.
Problems validateSavingsCycle(const SavingsCycle& cycle, std::int64_t roundingUnit,
                              const Currency* currency = nullptr);

// The canonical text chained as the cycle's audit payload ("savings_cycle/1").
std::string savingsCycleSnapshot(const SavingsCycle& cycle);

} // namespace tontine
