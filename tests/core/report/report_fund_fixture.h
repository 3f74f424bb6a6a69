#pragma once
// A small fund with three months of history, every figure of which the report tests work out
// by hand. Seven members saved at the fixture's meeting of 2026-03-05 (members 1–4: 10 000 F,
// 5–7: 5 000 F: cash 55 000). Then:
//   rules     social contribution 200 per member per meeting; an absence costs a 300 fine;
//             rotation "Tour d'avril": members 1, 2, 3 hold hands 1, 2, 3 (1 000 a round),
//             rounds on 2026-04-10, 05-10, 06-10, fixed order 1, 2, 3.
//   03-20     loan A to member 1: 6 000 over 3 months, 1 % declining (2 060 on 04-20,
//             2 040 on 05-20, 2 020 on 06-20), member 2 pledging 3 000; members 1–6 pay
//             their social 200 (member 7 does not).               cash 55 000 − 6 000 + 1 200 = 50 200
//   04-10     members 1 and 2 pay round 1 in full (1 000 each), member 3 pays 400; members 1–5
//             pay their social 200 (6 and 7 do not); member 5 is absent (fine 300, unpaid).
//                                                                   cash 50 200 + 2 400 + 1 000 = 53 600
//   04-20     loan A's first instalment is not paid.
//   05-10     loan B to member 4: 3 000 over 3 months (first instalment 06-10), member 6
//             pledging 1 500. Nothing else is paid.                cash 53 600 − 3 000 = 50 600

#include "tests/core/book/loan_book_fixture.h"

#include <catch2/catch.hpp>

namespace report_test {

using namespace tontine;
using loan_book_test::day;

struct ReportFund : loan_book_test::LoanFund {
    RotationId rotation = 0;
    LoanId loanA = 0;
    LoanId loanB = 0;
    MeetingId march20 = 0, april10 = 0, may10 = 0;
    ChainHead headAfterApril; // the head once the April meeting closed, before anything in May

    ReportFund()
    {
        SocialRules social = book->socialRules();
        social.contribution = 200;
        book->setSocialRules(social, actor());
        book->setMeetingRules(MeetingRules{0, 300, 0}, actor());
        rotation = book->createRotation(rotationSpec(), actor());

        loanA = activeLoan(day(2026, 3, 20), 1, 6000, 3, {pledge(2, 3000)});
        march20 = book->currentMeeting()->id;
        for (int i = 1; i <= 6; ++i)
            book->paySocialContribution(member(i), 200, actor());
        closeMeeting();

        openMeetingOn(day(2026, 4, 10));
        april10 = book->currentMeeting()->id;
        book->recordAttendance(april10, member(5), AttendanceStatus::Absent, actor());
        book->contribute(rotation, member(1), 1000, actor());
        book->contribute(rotation, member(2), 1000, actor());
        book->contribute(rotation, member(3), 400, actor());
        for (int i = 1; i <= 5; ++i)
            book->paySocialContribution(member(i), 200, actor());
        closeMeeting();
        headAfterApril = book->chainHead();

        loanB = activeLoan(day(2026, 5, 10), 4, 3000, 3, {pledge(6, 1500)});
        may10 = book->currentMeeting()->id;
        closeMeeting();
    }

    RotationSpec rotationSpec() const
    {
        RotationSpec s;
        s.name = "Tour d'avril";
        s.contributionPerHand = 1000;
        s.start = day(2026, 4, 10);
        s.order = OrderMethod::Fixed;
        for (int i = 1; i <= 3; ++i)
            s.hands.push_back(Hand{i, {HandShare{member(i), 2}}});
        s.fixedOrder = {1, 2, 3};
        return s;
    }

    std::string nameOf(int i) const { return book->member(member(i))->fullName(); }
};

// The keys of report lines or sheet columns, in order.
template <typename Line>
std::vector<std::string> keysOf(const std::vector<Line>& lines)
{
    std::vector<std::string> keys;
    for (const auto& l : lines)
        keys.push_back(l.key);
    return keys;
}

} // namespace report_test
