#pragma once
// Recording what a member pays into a rotation: the amount is allocated to their rounds
// oldest first (arrears, then the round being collected, then later rounds in advance), each
// part booked where its money belongs, and late parts assessed a fine by rule. Pure.

#include "core/rotation/rotation_state.h"

#include <cstdint>
#include <vector>

namespace tontine {

// When a part of a payment was made relative to its round: after its date, on it, or ahead.
enum class Timing { Late, OnTime, Early };
std::string timingCode(Timing t); // "late", "on-time", "early"

// One part of a payment as shown to people: which round, how much, and when it was due.
struct AllocationPart {
    int round = 0;
    Date dueOn;
    std::int64_t amount = 0;
    Timing timing = Timing::OnTime;
    Booking booking = Booking::Pot;
    std::int64_t fine = 0; // fine assessed on this part (0 if none)
};

// The result of recordContribution: the allocation, the fines assessed, the postings
// (Dr cash; Cr pot / prepaid / advance:<member>) and the records to store.
struct ContributionResult {
    Problems problems;
    MemberId member = 0;
    Date date;
    std::int64_t amount = 0;
    std::vector<AllocationPart> parts;   // oldest round first
    std::vector<RoundLine> lines;        // parallel to parts
    std::vector<FineCharge> fines;       // only non-zero fines
    std::vector<Posting> postings;
};

// Allocates `amount` paid by `member` on `date`. Problems: amount not positive, member not
// in the rotation, cycle complete, or more than everything the member still owes this cycle.
// A part goes to advance:<member> when it repays a fund advance, to the pot for the round
// being collected, to prepaid for later rounds.
ContributionResult recordContribution(const RotationState& state, MemberId member, Date date, std::int64_t amount);

// Folds an accepted contribution into the state; throws ValidationError if it had problems.
void applyContribution(RotationState& state, const ContributionResult& result);

// A payment of fines (Dr cash, Cr income:fines); refused above what the member owes in fines.
struct FinePaymentResult {
    Problems problems;
    FinePayment payment;
    std::vector<Posting> postings;
};
FinePaymentResult recordFinePayment(const RotationState& state, MemberId member, Date date, std::int64_t amount);
void applyFinePayment(RotationState& state, const FinePaymentResult& result);

} // namespace tontine
