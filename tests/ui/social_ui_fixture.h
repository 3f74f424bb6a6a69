#pragma once
// A fund with four members in a GUI Session for the Social fund and Share-out page tests:
// social rules with two events, a savings cycle, and helpers to hold meetings through Book.

#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"

#include <memory>
#include <vector>

namespace social_ui_test {

using namespace tontine;

struct SocialUiFixture {
    test::FundFixture fund;
    std::vector<MemberId> members;
    std::unique_ptr<ui::Session> session;

    SocialUiFixture()
    {
        for (const char* name : {"Ndiaye", "Sarr", "Diallo", "Fall"})
            members.push_back(fund.addMember(name, "Awa"));
        session = std::make_unique<ui::Session>(std::move(fund.book));
    }
    Book& book() { return session->book(); }

    // Contribution 10 000 per meeting, two approvals, loans up to 20 000; illness: up to
    // 25 000; death of a member: exactly 50 000.
    void setRules()
    {
        SocialRules rules;
        rules.contribution = 10000;
        rules.approvalsRequired = 2;
        rules.loansAllowed = true;
        rules.loanMax = 20000;
        rules.events = {SocialEventRule{SocialEvent::Illness, false, 25000},
                        SocialEventRule{SocialEvent::DeathOfMember, true, 50000}};
        book().setSocialRules(rules, session->actor());
        session->notifyChanged();
    }

    void setDay(Date day) { fund.clock.set(day, day.iso() + "T09:00:00Z"); }
    void openMeetingOn(Date day)
    {
        setDay(day);
        book().openMeeting(book().cashBalance(), "", session->actor());
        session->notifyChanged();
    }
    void closeMeeting()
    {
        book().closeMeeting(book().cashBalance(), "", session->actor());
        session->notifyChanged();
    }
    // Every member pays what they owe the social fund at the open meeting.
    void payAllContributions()
    {
        for (const Due& d : book().dues(std::nullopt, true))
            if (d.kind == "social")
                book().paySocialContribution(d.member, d.outstanding(), session->actor());
        session->notifyChanged();
    }
};

} // namespace social_ui_test
