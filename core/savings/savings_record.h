#pragma once
// The facts of a member's savings in a cycle: opening balance, shares bought, voluntary
// savings, withdrawals, and what the share-out paid out. Each rides in the payload of the
// entry that moved the money (so verify can compare the table with the chain). Pure.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/savings/savings_cycle.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

enum class SavingsKind {
    Opening,    // savings start: what a member held when the group began keeping books here,
                // or what they reinvested from the previous cycle's share-out
    Shares,     // shares bought at a meeting (shares > 0, amount = shares × price)
    Voluntary,  // a free amount, when the cycle allows it
    Withdrawal, // taken out before share-out (amount < 0)
    ShareOut,   // the member's savings closed by the share-out (amount < 0)
};
std::string savingsKindCode(SavingsKind kind); // "opening", "shares", "voluntary", "withdrawal", "shareout"
std::optional<SavingsKind> parseSavingsKind(std::string_view code);

struct SavingsRecord {
    SavingsCycleId cycle = 0;
    MemberId member = 0;
    SavingsKind kind = SavingsKind::Shares;
    Date date;
    int shares = 0;           // signed: a reversal carries the negation
    std::int64_t amount = 0;  // signed minor units: + into the member's savings, − out
};

// "savings_records/1" canonical payload of the records one entry carries, and its parser
// (nullopt when the text is not such a payload).
std::string savingsRecordsPayload(const std::vector<SavingsRecord>& records);
std::optional<std::vector<SavingsRecord>> parseSavingsRecordsPayload(std::string_view payload);

// A member's position in a cycle, summed from the records.
struct MemberSavings {
    MemberId member = 0;
    int shares = 0;             // shares held (opening shares count too)
    std::int64_t saved = 0;     // minor units held in the cycle
    std::int64_t pledged = 0;   // pledged as a guarantor of others' loans
    std::int64_t owed = 0;      // what they owe the fund now (dues, social and other loans)
    // What they may take out before share-out: saved − pledged − owed, never below zero.
    std::int64_t free() const;
};

// The shares bought by `member` on `date` so far (all purchases of that meeting together).
int sharesBoughtOn(const std::vector<SavingsRecord>& records, MemberId member, Date date);

// Checks a purchase of `shares` at the meeting of `date` (records = the cycle's so far):
// the cycle is open and `date` within it, `shares` is a whole number ≥ 1, and together with
// what the member already bought that day it is within [minShares, maxShares].
Problems checkSharePurchase(const SavingsCycle& cycle, const std::vector<SavingsRecord>& records,
                            MemberId member, int shares, Date date);
// A voluntary saving: allowed by the cycle, positive, a multiple of the rounding unit.
// Amounts in the texts are in `currency` when given (else plain minor units); args stay minor units.
Problems checkVoluntarySaving(const SavingsCycle& cycle, std::int64_t amount, std::int64_t roundingUnit, Date date,
                              const Currency* currency = nullptr);
// A withdrawal: allowed by the cycle, positive, not more than `savings.free()`. Texts as above.
Problems checkWithdrawal(const SavingsCycle& cycle, const MemberSavings& savings, std::int64_t amount, Date date,
                         const Currency* currency = nullptr);

// Every member's position from the records (pledged and owed left at 0: the book adds them).
std::vector<MemberSavings> summarise(const std::vector<SavingsRecord>& records);

} // namespace tontine
