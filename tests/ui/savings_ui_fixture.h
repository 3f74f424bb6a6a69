#pragma once
// A fund with three members in a GUI Session and a savings cycle defined through the Book
// API (500 F a share, 1 to 5 shares per meeting, from the fixture day), for the savings tests.

#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/convert.h"

#include <memory>

namespace savings_ui_test {

using namespace tontine;

struct SavingsUiFixture {
    test::FundFixture fund;
    MemberId awa = 0;
    MemberId moussa = 0;
    MemberId fatou = 0;
    std::unique_ptr<ui::Session> session;

    SavingsUiFixture()
    {
        awa = fund.addMember("Diop", "Awa");
        moussa = fund.addMember("Ndiaye", "Moussa");
        fatou = fund.addMember("Faye", "Fatou");
        session = std::make_unique<ui::Session>(std::move(fund.book));
    }
    Book& book() { return session->book(); }

    SavingsCycle cycle(bool voluntary = false, bool withdrawals = false) const
    {
        SavingsCycle c;
        c.name = "Cycle 2026";
        c.start = test::FixtureDay;
        c.end = Date::fromYmd(2027, 2, 28);
        c.sharePrice = 500;
        c.minShares = 1;
        c.maxShares = 5;
        c.voluntaryAllowed = voluntary;
        c.withdrawalsAllowed = withdrawals;
        return c;
    }
    SavingsCycleId createCycle(bool voluntary = false, bool withdrawals = false)
    {
        const SavingsCycleId id = book().createSavingsCycle(cycle(voluntary, withdrawals), session->actor());
        session->notifyChanged();
        return id;
    }
    void openMeeting()
    {
        book().openMeeting(book().cashBalance(), "", session->actor());
        session->notifyChanged();
    }
    QString money(std::int64_t minor) const { return ui::moneyText(minor, session->currency()); }
    // The member's position in the cycle (zeros when Book lists nothing for them).
    MemberSavings savingsOf(SavingsCycleId cycle, MemberId member)
    {
        for (const MemberSavings& s : book().savingsBalances(cycle))
            if (s.member == member)
                return s;
        return MemberSavings{member};
    }
};

} // namespace savings_ui_test
