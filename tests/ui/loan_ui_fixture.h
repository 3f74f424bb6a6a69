#pragma once
// A fund with four members in a GUI Session for the loan wizard, product dialog and loan
// column tests: savings bought at a first meeting (so members have savings and the box has
// cash), an "Ordinary loan" product and loan rules set through the Book API.

#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/convert.h"

#include <memory>
#include <vector>

namespace loan_ui_test {

using namespace tontine;

struct LoanUiFixture {
    test::FundFixture fund;
    MemberId awa = 0;    // the borrower, 50 000 saved
    MemberId sarr = 0;   // 40 000 saved
    MemberId diallo = 0; // 10 000 saved
    MemberId fall = 0;   // 60 000 saved
    std::unique_ptr<ui::Session> session;

    LoanUiFixture()
    {
        awa = fund.addMember("Ndiaye", "Awa");
        sarr = fund.addMember("Sarr", "Khady");
        diallo = fund.addMember("Diallo", "Mamadou");
        fall = fund.addMember("Fall", "Ousmane");
        session = std::make_unique<ui::Session>(std::move(fund.book));
    }
    Book& book() { return session->book(); }
    QString money(std::int64_t minor) const { return ui::moneyText(minor, session->currency()); }
    void setDay(Date day) { fund.clock.set(day, day.iso() + "T09:00:00Z"); }

    // A savings cycle (1 000 a share, up to 100 a meeting) and a first meeting on the fixture
    // day where everyone saves; left open.
    void saveAtFirstMeeting()
    {
        SavingsCycle c;
        c.name = "Cycle 2026";
        c.start = test::FixtureDay;
        c.end = Date::fromYmd(2027, 2, 28);
        c.sharePrice = 1000;
        c.minShares = 0;
        c.maxShares = 100;
        const SavingsCycleId cycle = book().createSavingsCycle(c, session->actor());
        book().openMeeting(book().cashBalance(), "", session->actor());
        book().buyShares(cycle, awa, 50, session->actor());
        book().buyShares(cycle, sarr, 40, session->actor());
        book().buyShares(cycle, diallo, 10, session->actor());
        book().buyShares(cycle, fall, 60, session->actor());
        session->notifyChanged();
    }
    // 1 % a month, `method`, 1 to 12 months, 300 % of savings, one guarantor pledging 50 %.
    LoanProductId addProduct(LoanMethod method = LoanMethod::Flat, const std::string& name = "Ordinary loan",
                             int guarantors = 1)
    {
        LoanProduct p;
        p.name = name;
        p.rateBasisPoints = 100;
        p.method = method;
        p.minTermMonths = 1;
        p.maxTermMonths = 12;
        p.savingsMultiplePercent = 300;
        p.guarantorsRequired = guarantors;
        p.pledgeBasisPoints = 5000;
        const LoanProductId id = book().saveLoanProduct(p, session->actor());
        session->notifyChanged();
        return id;
    }
    // Any member approves; one approval; guarantors up to 100 % of their savings.
    void setRules()
    {
        LoanRules rules;
        rules.approvalsRequired = 1;
        rules.guarantorExposurePercent = 100;
        book().setLoanRules(rules, session->actor());
    }
    void closeMeeting()
    {
        book().closeMeeting(book().cashBalance(), "", session->actor());
        session->notifyChanged();
    }
    void openMeetingOn(Date day)
    {
        setDay(day);
        book().openMeeting(book().cashBalance(), "", session->actor());
        session->notifyChanged();
    }
};

} // namespace loan_ui_test
