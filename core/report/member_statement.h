#pragma once
// A member's monthly statement as plain data: what the printed page shows, computed from the
// book and nothing else. It decides nothing and must not format anything (amounts stay in
// minor units; the renderer writes them in the fund's currency and language).

#include "core/book/book.h"
#include "core/report/month.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tontine {

// A member's place in one rotation for the month.
struct StatementRotation {
    RotationId rotation = 0;
    std::string name;
    std::int64_t dueInMonth = 0;    // contributions that fell due in the month
    std::int64_t paidInMonth = 0;   // contributions paid in the month
    std::int64_t arrearsAtEnd = 0;  // due on or before the month's last day and not paid
    std::int64_t finesOwed = 0;     // late fines assessed and not paid at the month's end
    // Their turn: received (round, date, amount) or expected (round, date).
    std::optional<int> receivedRound;
    std::optional<Date> receivedOn;
    std::int64_t receivedAmount = 0;
    std::optional<int> expectedRound;
    std::optional<Date> expectedOn;
};

// One of the member's loans, at the month's end.
struct StatementLoan {
    LoanId loan = 0;
    std::string product;
    std::string status;               // loanStatusCode at the month's end
    std::int64_t principal = 0;       // lent
    std::int64_t principalOutstanding = 0;
    std::int64_t dueInMonth = 0;      // instalments (principal + interest) falling due in the month
    std::int64_t paidInMonth = 0;     // repayments in the month (penalties, interest, principal)
    std::int64_t overdueAtEnd = 0;    // due on or before the month's end and not paid (with penalties)
    int daysLate = 0;                 // of the oldest unpaid instalment at the month's end
    std::optional<Date> nextDueOn;    // the next instalment after the month
    std::int64_t nextDueAmount = 0;
};

// A pledge the member gives on someone else's loan.
struct StatementGuarantee {
    LoanId loan = 0;
    MemberId borrower = 0;
    std::string borrowerName;
    std::int64_t pledge = 0;
    std::int64_t held = 0; // still held on the month's end
};

// A social fund grant or social loan the member received in the month.
struct StatementGrant {
    Date date;
    std::string kind;   // "grant:<event>" or "social-loan"
    std::int64_t amount = 0;
};

// Something the member owes at the month's end outside rotations and loans (fines, social
// contributions, social loans).
struct StatementDue {
    Date dueOn;
    std::string kind;   // the due's kind: "fine:absent", "social", "social-loan", …
    std::int64_t outstanding = 0;
};

struct MemberStatement {
    std::string fundName;
    std::string currencyCode;
    std::string language;
    Month month;
    Member member;
    std::int64_t openingSavings = 0;   // the member's savings at the end of the previous month
    std::int64_t closingSavings = 0;   // at the end of the month
    std::optional<int> closingShares;  // shares held in the open savings cycle, when there is one
    std::vector<MemberMovement> movements; // every movement of the month, in chain order
    std::int64_t totalCashIn = 0;
    std::int64_t totalCashOut = 0;
    std::vector<StatementRotation> rotations;
    std::vector<StatementLoan> loans;           // loans paid out and open during the month
    std::vector<StatementGuarantee> guarantees; // pledges held at the month's end
    std::vector<StatementGrant> grants;
    std::vector<StatementDue> duesOwed;
    std::int64_t totalOwed = 0;        // Σ arrears, fines, overdue loan amounts and dues owed
    ChainHead chainHead;               // Book::chainHeadOn(month.last())
};

// Builds statements for one month. Reads the month's entries once, so building every
// member's statement costs little more than one. Must not write anything.
class StatementBuilder {
public:
    StatementBuilder(const Book& book, Month month);
    MemberStatement build(MemberId member) const;
    // Every member who was a member during the month (active, or with a movement in it), in
    // member-number order. `progress(done, total)` is called after each; returning false stops.
    std::vector<MemberStatement> buildAll(const std::function<bool(int, int)>& progress = {}) const;
    // The members buildAll would produce, in order.
    std::vector<Member> membersOfMonth() const;

private:
    // A rotation as it stood at the end of the month (stateAsOf) and its plan then.
    struct RotationAtEnd {
        RotationState state;
        std::vector<RoundPlan> plan;
    };
    // The parts of a statement (core/report/statement_rotations.cpp, statement_loans.cpp).
    std::vector<StatementRotation> rotationsOf(MemberId member) const;
    std::vector<StatementLoan> loansOf(MemberId member) const;
    std::vector<StatementGuarantee> guaranteesOf(MemberId member) const;
    std::vector<StatementGrant> grantsOf(MemberId member) const;
    std::optional<int> sharesAtEnd(MemberId member) const;

    const Book& m_book;
    Month m_month;
    FundSettings m_settings;
    std::vector<MemberMovement> m_movements;
    ChainHead m_head;
    // Read once for every statement of the month.
    std::vector<RotationAtEnd> m_rotations;      // rotations started by the month's end
    std::vector<Loan> m_loans;                   // loans that existed at the month's end and were open in it
    std::vector<SocialGrant> m_grants;           // grants paid in the month
    std::optional<SavingsCycleId> m_cycle;       // the savings cycle open at the month's end
};

} // namespace tontine
