#pragma once
// Small helpers the book's loan files share: subjects, status tests and refusals in the
// treasurer's words. Only core/book/book_loan*.cpp and book_guarantees.cpp include this.

#include "core/book/book_member_text.h"
#include "core/loans/loan.h"
#include "core/store/member_store.h"

#include <string>
#include <vector>

namespace tontine::loanbook {

inline std::string loanSubject(LoanId id) { return "loan:" + std::to_string(id); }

inline bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

inline void requireActiveMembers(const store::MemberStore& members, const std::vector<MemberId>& ids, const char* field)
{
    for (MemberId id : ids) {
        const auto member = members.get(id);
        if (!member)
            throw ValidationError(field, "member.unknown", "No member number " + std::to_string(id), {std::to_string(id)});
        if (!member->active)
            throw ValidationError(field, "member.inactive", member->fullName() + " has left the group",
                                  {std::to_string(id)});
    }
}

// The engine's problems name members by number; the treasurer reads names.
[[noreturn]] inline void refuse(Problems problems, const store::MemberStore& members)
{
    nameMembers(problems, members);
    throw ValidationError(problems);
}

[[noreturn]] inline void wrongStatus(const Loan& loan, const std::string& doing)
{
    throw ValidationError("loan", "loan.status",
                          "Loan " + std::to_string(loan.id) + " is " + loanStatusCode(loan.status) + ": it cannot " + doing +
                              (loan.status == LoanStatus::Requested ? " before the committee has approved it" : ""),
                          {std::to_string(loan.id), loanStatusCode(loan.status)});
}

// A loan still owed (or still waiting to be paid out) keeps its pledges and counts against
// its borrower; repaid, closed and cancelled loans no longer do.
inline bool isOpen(const Loan& loan)
{
    return loan.status != LoanStatus::Repaid && loan.status != LoanStatus::Closed &&
           loan.status != LoanStatus::Cancelled;
}

inline bool isPaidOut(const Loan& loan)
{
    return loan.status == LoanStatus::Active || loan.status == LoanStatus::Defaulted;
}

inline std::string namesOf(const store::MemberStore& members, const std::vector<MemberId>& ids)
{
    std::string out;
    for (MemberId m : ids)
        out += (out.empty() ? "" : ", ") + memberLabel(members, m);
    return out;
}

} // namespace tontine::loanbook
