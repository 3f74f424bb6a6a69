#pragma once
// A fund on disk with seven members who saved in a cycle (members 1–4: 10 000 F each,
// 5–7: 5 000 F), a loan committee of members 5, 6 and 7 (two approvals), and an ordinary
// loan product: 1 % a month, declining balance, 1–12 months, three times savings, one
// guarantor pledging half the principal, top-ups once half is repaid.

#include "tests/core/book/savings_book_fixture.h"

#include <catch2/catch.hpp>

namespace loan_book_test {

using namespace tontine;
using savings_book_test::refusalCodes;

inline Date day(int y, int m, int d) { return Date::fromYmd(y, m, d); }

struct LoanFund : savings_book_test::SavingsFund {
    LoanProductId product = 0;

    LoanFund() : SavingsFund(20)
    {
        LoanRules rules;
        rules.committee = {member(5), member(6), member(7)};
        rules.approvalsRequired = 2;
        rules.maxDaysLateToBorrow = 0;
        rules.guarantorExposurePercent = 100;
        book->setLoanRules(rules, actor());
        product = book->saveLoanProduct(ordinaryProduct(), actor());
        openMeetingOn(day(2026, 3, 5));
        for (int i = 1; i <= 7; ++i)
            book->buyShares(cycle, member(i), i <= 4 ? 20 : 10, actor());
        closeMeeting();
    }

    static LoanProduct ordinaryProduct()
    {
        LoanProduct p;
        p.name = "Ordinary loan";
        p.rateBasisPoints = 100;
        p.method = LoanMethod::Declining;
        p.minTermMonths = 1;
        p.maxTermMonths = 12;
        p.savingsMultiplePercent = 300;
        p.guarantorsRequired = 1;
        p.pledgeBasisPoints = 5000;
        p.topUpAllowed = true;
        p.topUpMinRepaidPercent = 50;
        return p;
    }

    LoanRequest request(int borrower, std::int64_t principal, int months, std::vector<GuarantorPledge> guarantors) const
    {
        LoanRequest r;
        r.borrower = member(borrower);
        r.product = product;
        r.principal = principal;
        r.termMonths = months;
        r.purpose = "Trade";
        r.guarantors = std::move(guarantors);
        r.date = clock.today();
        return r;
    }
    GuarantorPledge pledge(int guarantor, std::int64_t amount) const { return GuarantorPledge{member(guarantor), amount}; }

    // Requested and approved by members 5 and 6 on the clock's day.
    LoanId approvedLoan(int borrower, std::int64_t principal, int months, std::vector<GuarantorPledge> guarantors)
    {
        const LoanId id = book->requestLoan(request(borrower, principal, months, std::move(guarantors)), actor());
        book->approveLoan(id, {member(5), member(6)}, actor());
        return id;
    }

    // Paid out at a meeting on `on` (the meeting stays open).
    LoanId activeLoan(Date on, int borrower, std::int64_t principal, int months, std::vector<GuarantorPledge> guarantors)
    {
        openMeetingOn(on);
        const LoanId id = approvedLoan(borrower, principal, months, std::move(guarantors));
        book->disburseLoan(id, actor());
        return id;
    }

    LoanStatus status(LoanId id) const { return book->loan(id)->status; }

    std::int64_t savedBy(int i) const { return -balance(accounts::savings(member(i))); }
};

} // namespace loan_book_test
