#pragma once
// What one money entry meant for one member it concerns: cash they paid in or received, and
// how it changed their savings and what they owe on loans. Built by Book::memberMovements for
// statements; pure data, it decides nothing.

#include "core/calendar/date.h"
#include "core/ledger/entry.h"
#include "core/meetings/meeting.h"
#include "core/members/member.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tontine {

struct MemberMovement {
    MemberId member = 0;
    EntrySeq seq = 0;
    Date date;
    std::optional<MeetingId> meeting; // the meeting the money belongs to, when it does
    std::string kind;                 // the entry's action: "due-payment", "savings-buy", "reversal", …
    std::string memo;                 // the entry's words
    std::int64_t cashIn = 0;          // from the member into the box (≥ 0)
    std::int64_t cashOut = 0;         // from the box to the member (≥ 0)
    std::int64_t savingsChange = 0;   // + saved, − taken from their savings
    std::int64_t loanChange = 0;      // + lent to them, − principal repaid or written off
};

// A balance on a date: what an account (or a group of accounts) held at the end of that day.
struct DatedBalance {
    Date date;
    std::int64_t debitMinusCredit = 0;
};

} // namespace tontine
