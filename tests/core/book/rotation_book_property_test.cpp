// Property through the Book: over seeded random cycles (partial, early and late payments,
// fines, the advance rule, payments and fine payments reversed and made again), cash in the
// books equals the cash the results reported, the pot is empty after every payout, a reversal
// brings every member's dues and every balance back, and the file reloads and verifies.
#include "tests/core/book/rotation_book_fixture.h"

using namespace rotation_book_test;

namespace {

// A small deterministic generator: the same seed gives the same cycle on every machine.
struct Lcg {
    std::uint64_t state;
    std::int64_t below(std::int64_t n)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(n));
    }
};

// Every member's position and every account balance, as one comparable value.
std::vector<std::int64_t> snapshot(const Book& book, RotationId id, Date day)
{
    std::vector<std::int64_t> out;
    for (const MemberDue& d : book.rotationDuesOn(id, day))
        out.insert(out.end(), {d.member, d.dueNow, d.arrears, d.fineIfPaidNow, d.finesOwed, d.advanceDebt});
    for (const auto& b : book.balances())
        out.push_back(b.debitMinusCredit);
    return out;
}

} // namespace

TEST_CASE("Property: through the book, cash equals the sum of cash movements and every pot returns to zero", "[rotation][book]")
{
    std::int64_t finesPaid = 0;
    int reversals = 0;
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        RotationFund f;
        Lcg rng{seed};
        RotationSpec spec = f.spec(5000);
        spec.shortfall = seed % 2 == 0 ? ShortfallRule::Advance : ShortfallRule::Wait;
        spec.lateFine.kind = FineRule::Kind::Fixed;
        spec.lateFine.amount = 250;
        if (seed > 2) // the organiser takes a commission from each winner
            spec.commission = CommissionRule{CommissionRule::Kind::Fixed, 300, 0, CommissionSource::Winner};
        f.fundTheBox(100000);
        const RotationId id = f.book->createRotation(spec, f.actor());
        std::int64_t cash = 100000;
        for (int round = 1; round <= 5; ++round) {
            // Pay on the round's date or a few days later (late).
            const Date day = roundDate(f.book->rotation(id)->spec, round).addDays(static_cast<int>(rng.below(3) * 4));
            f.openMeetingOn(day);
            for (const MemberDue& due : f.book->rotationDuesOn(id, day)) {
                const std::int64_t owed = due.dueNow;
                const std::int64_t choice = rng.below(4);
                // Nothing, part, exactly what is due, or one round ahead as well.
                std::int64_t amount = choice == 0 ? 0 : choice == 1 ? owed / 2 : choice == 2 ? owed : owed + 5000;
                if (round == 5 || spec.shortfall == ShortfallRule::Wait)
                    amount = std::max(amount, owed);
                amount = std::min(amount, owed + 5000 * (5 - round));
                if (amount > 0) {
                    const auto before = snapshot(*f.book, id, day);
                    f.book->contribute(id, due.member, amount, f.actor());
                    if (rng.below(4) == 0) { // typed for the wrong member: reversed, then made again
                        f.book->reverse(f.book->entryCount(), "wrong member", f.actor());
                        CHECK(snapshot(*f.book, id, day) == before);
                        f.book->contribute(id, due.member, amount, f.actor());
                        ++reversals;
                    }
                    cash += amount;
                }
                if (due.finesOwed > 0 && rng.below(2) == 0) {
                    const auto before = snapshot(*f.book, id, day);
                    f.book->payRotationFine(id, due.member, due.finesOwed, f.actor());
                    if (rng.below(3) == 0) {
                        f.book->reverse(f.book->entryCount(), "wrong amount", f.actor());
                        CHECK(snapshot(*f.book, id, day) == before);
                        f.book->payRotationFine(id, due.member, due.finesOwed, f.actor());
                        ++reversals;
                    }
                    cash += due.finesOwed;
                    finesPaid += due.finesOwed;
                }
            }
            const PayoutResult paid = f.book->payout(id, round, f.actor());
            for (const auto& b : paid.beneficiaries)
                for (const auto& h : b.holders)
                    cash -= h.amount;
            for (const auto& r : paid.refunded)
                cash -= r.amount;
            CHECK(f.balance("pot:1") == 0);
            CHECK(f.balance("cash") == cash);
            f.closeMeeting();
        }
        const auto before = *f.book->rotation(id);
        f.reopen();
        const auto after = *f.book->rotation(id);
        CHECK(after.lines.size() == before.lines.size());
        CHECK(after.fines.size() == before.fines.size());
        CHECK(after.finePayments.size() == before.finePayments.size());
        CHECK(f.balance("cash") == cash);
        CHECK(f.balance("prepaid:1") == 0);
        CHECK(f.balance("income:commission") == (seed > 2 ? -300 * 5 : 0));
        CHECK(f.book->verify().ok());
    }
    CHECK(finesPaid > 0); // the cycles did exercise late fines and their payment
    CHECK(reversals > 0); // and corrections
}
