#pragma once
// The rotation verbs' --json documents: the plan with every round's money and payments, a
// contribution's allocation, a payout, an auction decision, the draw, the arrears, a leaver,
// the reserve share-out and a fine payment.
// Amounts are integers in minor units. Formatting only: core decides every number.

#include "app/cli/json_writer.h"
#include "core/book/book.h"

namespace tontine::cli {

// "rounds": every round of the cycle with its beneficiaries' money, how the discount was
// shared, and every line counted toward it, so that a script can check, for a round paid
// out, potIn − discountOut − commission = payout.
void planJson(JsonWriter& j, const Book& book, const RotationState& state);
// The rest of the agreed definition: dates, beneficiaries per round, minimum bid, commission,
// late fine and leaver rule (fields of the enclosing object).
void specJson(JsonWriter& j, const RotationSpec& spec);
void contributionJson(JsonWriter& j, const Book& book, const ContributionResult& r);
void payoutJson(JsonWriter& j, const Book& book, const RotationState& before, const PayoutResult& r);
void auctionJson(JsonWriter& j, const Book& book, const RotationSpec& spec, const AuctionResult& r);
void drawJson(JsonWriter& j, const RotationState& state, const std::vector<DrawStep>& steps);
void duesJson(JsonWriter& j, const Book& book, const std::vector<MemberDue>& dues);
// A member leaving: what is given back, kept or owed, and what moves for the others.
void leaveJson(JsonWriter& j, const Book& book, const LeaveResult& r);
// The end-of-cycle reserve and each member's part of it.
void reserveShareJson(JsonWriter& j, const Book& book, const ReserveShareResult& r);
// A late-fine payment and the fines the member still owes after it.
void finePaymentJson(JsonWriter& j, const Book& book, const FinePaymentResult& r, std::int64_t stillOwed);
void memberRoundsJson(JsonWriter& j, const std::vector<MemberRoundStatus>& rounds);

} // namespace tontine::cli
