#pragma once
// The demo fund's loans (DESIGN §2.4–2.5): the products and committee agreed at the move, and
// loans in every state by "today" — repaid, current, late, defaulted and recovered from the
// guarantors, a custom harvest schedule, one waiting for its approvals — and the group's
// guarantees of members' purchases (released, called, open). Internal to core/demo;
// everything goes through the Book's use cases.

#include "core/book/book.h"
#include "core/demo/demo_members.h"

namespace tontine::demo {

// What the story remembers from one meeting to the next: its products, loans and guarantees.
struct DemoLoanStory {
    LoanProductId ordinary = 0;
    LoanProductId harvest = 0;
    LoanProductId purchase = 0;
    LoanId repaid = 0;    // Ndèye Fatou Ngom, meeting 1: repaid on time
    LoanId defaulted = 0; // Khady Thiaw, meeting 2: stopped paying, recovered from guarantors
    LoanId late = 0;      // Modou Ngom, meeting 5: behind since half of his second instalment
    LoanId harvestLoan = 0;  // Aminata Fall, meeting 7: a custom schedule around the harvest
    LoanId called = 0;    // Coumba Sow's sewing machine: a called group guarantee
    LoanId current = 0;   // Mariama Sène, meeting 10: paying on time
    GuaranteeId mill = 0;
    GuaranteeId sewing = 0;
};

// The loan products and the loan committee, agreed on the day of the move.
DemoLoanStory startDemoLoans(Book& book, const DemoRoster& roster, const Date& createdOn);

// One meeting's loans: the story's requests, approvals, payouts, repayments, the default and
// the guarantees on their meetings (meeting m of the year, dated `date`, open).
void runDemoLoans(Book& book, const DemoRoster& roster, DemoLoanStory& story, int meetingIndex, const Date& date);

} // namespace tontine::demo
