#pragma once
// A fund with four members in a GUI Session, and helpers to define rotations and hold
// meetings through the Book API, for the Rotations page tests.

#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"

#include <memory>
#include <vector>

namespace rotation_ui_test {

using namespace tontine;

struct RotationUiFixture {
    test::FundFixture fund;
    std::vector<MemberId> members;
    std::unique_ptr<ui::Session> session;

    RotationUiFixture()
    {
        for (const char* name : {"Ndiaye", "Sarr", "Diallo", "Fall"})
            members.push_back(fund.addMember(name, "Awa"));
        // Cash in the box before the rotation, so the fund can advance money.
        fund.book->recordOpeningSavings(members[0], 50000, fund.actor());
        session = std::make_unique<ui::Session>(std::move(fund.book));
    }
    Book& book() { return session->book(); }

    // `hands` whole hands held by the first members in turn, 1000 per hand, from 2026-03-10.
    RotationSpec spec(int hands, OrderMethod order = OrderMethod::Fixed) const
    {
        RotationSpec s;
        s.name = "Tour des mamans";
        s.contributionPerHand = 1000;
        s.start = Date::fromYmd(2026, 3, 10);
        s.order = order;
        for (int i = 1; i <= hands; ++i) {
            s.hands.push_back(Hand{i, {HandShare{members[std::size_t(i - 1) % members.size()], 2}}});
            s.fixedOrder.push_back(i);
        }
        s.drawSeed = "billet 4F2201873";
        return s;
    }

    void setDay(Date day) { fund.clock.set(day, day.iso() + "T09:00:00Z"); }
    // Moves the clock to `day` and opens the meeting there with the cash the books hold.
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
};

} // namespace rotation_ui_test
