#pragma once
// Rows of loans (docs/loan-rules.md): the loan rules (kept with the fund's settings), the
// products, and each loan's facts — the request with its terms, guarantors, the committee's
// decisions, status events, schedule versions, allocations, what guarantors gave and got
// back — and the group guarantees. It trusts its caller (Book) to have validated everything;
// it derives a loan's status from its events and never decides anything.

#include "core/ledger/entry.h"
#include "core/loans/loan.h"
#include "core/store/sqlite.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tontine::store {

class LoanStore {
public:
    explicit LoanStore(Database& db) : m_db(db) {}

    // The rules live with the fund's settings.
    LoanRules loadRules() const;
    bool hasRules() const;
    void saveRules(const LoanRules& rules);

    std::vector<LoanProduct> products() const; // by id
    std::optional<LoanProduct> product(LoanProductId id) const;
    LoanProductId insertProduct(const LoanProduct& product);
    void updateProduct(const LoanProduct& product);

    // The request's facts (borrower, product terms, principal asked, term, custom lines,
    // purpose, date, guarantors, group guarantee), chained by entry `seq`.
    LoanId insertLoan(const Loan& loan, EntrySeq seq);
    // decision: "approve", "reschedule", "topup", "default", "writeoff".
    void insertApprovals(LoanId loan, const std::string& decision, const std::vector<MemberId>& approvers,
                         EntrySeq seq);
    struct Event {
        std::string kind; // see schema_v6: "approved", "disbursed", "rescheduled", "topup", "repaid", …
        Date date;
        std::int64_t amount = 0;
        std::string note;
        EntrySeq entry = 0;
    };
    void insertEvent(LoanId loan, const Event& event);
    std::vector<Event> events(LoanId loan) const;
    void insertSchedule(LoanId loan, int version, const std::vector<Instalment>& schedule, EntrySeq seq);
    void insertAllocations(LoanId loan, const std::vector<LoanAllocation>& lines, EntrySeq seq);
    void insertGuarantorMoney(LoanId loan, MemberId guarantor, const std::string& kind, std::int64_t amount,
                              Date date, EntrySeq seq);

    // The loan as its facts say (status derived from its events; approvers of "approve").
    std::optional<Loan> loan(LoanId id) const;
    std::vector<Loan> loans(std::optional<MemberId> borrower = {}) const; // by id
    std::vector<std::vector<Instalment>> schedules(LoanId loan) const;    // version 1 first
    // Allocation rows by the entry that wrote them (verify), the loan an entry paid, and
    // the newest entry holding a loan's allocations.
    std::map<EntrySeq, std::vector<LoanAllocation>> allocationsByEntry() const;
    std::optional<LoanId> loanOfAllocationEntry(EntrySeq seq) const;
    std::optional<EntrySeq> lastAllocationEntry(LoanId loan) const;
    // The loan and event kind an entry recorded (disbursement, top-up, write-off, …).
    std::optional<std::pair<LoanId, std::string>> eventOfEntry(EntrySeq seq) const;
    // Whether an entry moved guarantors' money (a recovery or a repayment to a guarantor).
    std::optional<LoanId> guarantorMoneyLoanOfEntry(EntrySeq seq) const;
    // Σ interest and penalties of the loan repayments netted off a share-out on `date`.
    std::int64_t incomeNettedOn(Date date) const;
    std::vector<GuarantorDebt> guarantorDebts(std::optional<MemberId> member = {}) const; // by loan, guarantor
    std::vector<GuarantorDebt> guarantorDebtsOfLoan(LoanId loan) const;

    GuaranteeId insertGuarantee(const GroupGuarantee& guarantee, EntrySeq seq);
    void closeGuarantee(GuaranteeId id, GuaranteeStatus status, Date date, std::optional<LoanId> loan, EntrySeq seq);
    std::vector<GroupGuarantee> guarantees() const; // by id
    std::optional<GroupGuarantee> guarantee(GuaranteeId id) const;

private:
    std::vector<Loan> readLoans(std::optional<LoanId> id, std::optional<MemberId> borrower) const;
    Database& m_db;
};

} // namespace tontine::store
