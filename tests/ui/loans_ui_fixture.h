#pragma once
// A fund with four members in a GUI Session for the Loans page tests: opening savings of
// 100 000 each, one loan product (1 % a month, declining, 1–12 months, one guarantor pledging
// half, 500 F once when late), a committee of three of whom two approve, and helpers to
// request loans and hold meetings through Book, and to answer the page's modal dialogs.

#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/convert.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace loans_ui_test {

using namespace tontine;

struct LoansUiFixture {
    test::FundFixture fund;
    MemberId ndiaye = 0, sarr = 0, diallo = 0, fall = 0;
    LoanProductId product = 0;
    SavingsCycleId cycle = 0;
    std::unique_ptr<ui::Session> session;

    LoansUiFixture()
    {
        ndiaye = fund.addMember("Ndiaye", "Awa");
        sarr = fund.addMember("Sarr", "Fatou");
        diallo = fund.addMember("Diallo", "Moussa");
        fall = fund.addMember("Fall", "Khady");
        session = std::make_unique<ui::Session>(std::move(fund.book));
        const Actor actor = session->actor();
        SavingsCycle c;
        c.name = "Cycle 2026";
        c.start = test::FixtureDay;
        c.end = Date::fromYmd(2027, 2, 28);
        c.sharePrice = 1000;
        cycle = book().createSavingsCycle(c, actor);
        for (MemberId m : {ndiaye, sarr, diallo, fall})
            book().recordOpeningShares(cycle, m, 100, 100000, actor);
        LoanProduct p;
        p.name = "Ordinary loan";
        p.rateBasisPoints = 100;
        p.method = LoanMethod::Declining;
        p.minTermMonths = 1;
        p.maxTermMonths = 12;
        p.guarantorsRequired = 1;
        p.pledgeBasisPoints = 5000;
        p.penalty.kind = PenaltyRule::Kind::Fixed;
        p.penalty.amount = 500;
        p.topUpAllowed = true;
        product = book().saveLoanProduct(p, actor);
        LoanRules rules = defaultLoanRules();
        rules.committee = {sarr, diallo, fall};
        rules.approvalsRequired = 2;
        book().setLoanRules(rules, actor);
        session->notifyChanged();
    }
    Book& book() { return session->book(); }
    QString money(std::int64_t minor) const { return ui::moneyText(minor, session->currency()); }

    LoanId request(MemberId borrower, std::int64_t principal, int months, const std::string& purpose,
                   std::vector<GuarantorPledge> guarantors)
    {
        LoanRequest r;
        r.borrower = borrower;
        r.product = product;
        r.principal = principal;
        r.termMonths = months;
        r.purpose = purpose;
        r.guarantors = std::move(guarantors);
        r.date = session->actor().date;
        const LoanId id = book().requestLoan(r, session->actor());
        session->notifyChanged();
        return id;
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
};

// Runs `act` on the next modal window of type T as soon as it shows (a dialog or a message
// box the page opens; gives up after two seconds); `act` must close it. No REQUIRE inside:
// Catch must not throw through Qt's event loop.
template <typename T>
void whenModal(std::function<void(T*)> act, int triesLeft = 100)
{
    QTimer::singleShot(20, qApp, [act, triesLeft] {
        if (auto* w = qobject_cast<T*>(QApplication::activeModalWidget()))
            act(w);
        else if (triesLeft > 0)
            whenModal<T>(act, triesLeft - 1);
    });
}

} // namespace loans_ui_test
