#include "tests/ui/social_ui_fixture.h"
#include "ui/convert.h"
#include "ui/models/share_out_model.h"
#include "ui/pages/shareout_page.h"
#include "ui/social_labels.h"
#include "ui/widgets/share_out_figures.h"
#include "ui/widgets/share_out_options_form.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

using namespace tontine;
using namespace tontine::ui;
using social_ui_test::SocialUiFixture;

namespace {

// A cycle at 1 000 a share: Ndiaye buys 2 then 1, Sarr 3, Diallo 5 (11 shares, 11 000 saved),
// and Fall pays a 700 late fine: 11 700 to share over 11 shares, which does not divide evenly.
SavingsCycleId holdCycle(SocialUiFixture& f)
{
    const auto& m = f.members;
    MeetingRules rules = f.book().meetingRules();
    rules.fineLate = 700;
    f.book().setMeetingRules(rules, f.session->actor());
    SavingsCycle cycle;
    cycle.name = "Cycle 2026";
    cycle.start = Date::fromYmd(2026, 3, 1);
    cycle.end = Date::fromYmd(2026, 12, 31);
    cycle.sharePrice = 1000;
    cycle.minShares = 1;
    cycle.maxShares = 5;
    const SavingsCycleId id = f.book().createSavingsCycle(cycle, f.session->actor());

    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book().buyShares(id, m[0], 2, f.session->actor());
    f.book().buyShares(id, m[1], 3, f.session->actor());
    f.book().buyShares(id, m[2], 5, f.session->actor());
    const MeetingId meeting = f.book().currentMeeting()->id;
    f.book().recordAttendance(meeting, m[3], AttendanceStatus::Late, f.session->actor());
    for (const Due& d : f.book().dues(m[3], true))
        f.book().payDue(d.id, d.outstanding(), f.session->actor());
    f.closeMeeting();
    f.openMeetingOn(Date::fromYmd(2026, 3, 24));
    f.book().buyShares(id, m[0], 1, f.session->actor());
    f.closeMeeting();
    return id;
}

std::int64_t column(const ShareOutModel& model, int row, int col)
{
    return model.index(row, col).data(Qt::EditRole).toLongLong();
}

void answerConfirmation(QString& shown)
{
    std::function<void()> answer = [&shown, &answer] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->button(QMessageBox::Yes)->click();
        } else {
            QTimer::singleShot(30, qApp, answer);
        }
    };
    QTimer::singleShot(30, qApp, answer);
}

} // namespace

TEST_CASE("The Share-out page previews a cycle: the parts add up to the amount shared")
{
    SocialUiFixture f;
    const SavingsCycleId id = holdCycle(f);
    ShareOutPage page(*f.session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Currency& c = f.session->currency();

    REQUIRE(page.currentCycle() == id);
    REQUIRE(page.plan());
    CHECK_FALSE(page.showsCommitted());
    const ShareOutPlan& plan = *page.plan();
    CHECK(plan.fund.savings == 11000);
    CHECK(plan.fund.earnings == 700);
    CHECK(plan.fund.amountShared == 11700);
    CHECK(page.figures()->figure(QStringLiteral("amountShared")) == moneyText(11700, c));
    CHECK(page.figures()->figure(QStringLiteral("books")) == moneyText(11700, c));

    // One row per member in the plan and a totals row; the totals are the amount shared.
    const ShareOutModel& model = *page.model();
    const int members = int(plan.result.lines.size());
    REQUIRE(model.rowCount() == members + 1);
    const int total = members;
    CHECK(model.isTotalsRow(total));
    std::int64_t gross = 0, net = 0, deductions = 0;
    for (int row = 0; row < members; ++row) {
        gross += column(model, row, ShareOutModel::Gross);
        net += column(model, row, ShareOutModel::Net);
        deductions += column(model, row, ShareOutModel::Deductions);
    }
    CHECK(column(model, total, ShareOutModel::Gross) == gross);
    CHECK(gross + plan.result.keptByRounding == 11700);
    CHECK(net + deductions == gross);
    CHECK(column(model, total, ShareOutModel::Shares) == 11);
    CHECK(column(model, total, ShareOutModel::Saved) == 11000);
    // The rounding rule and the tie order are stated.
    CHECK_FALSE(toQt(plan.result.roundingNote).isEmpty());
    CHECK(page.roundingNote().contains(toQt(plan.result.roundingNote)));
    CHECK(page.problemsText().isEmpty());

    // Time-weighted: another split, the same whole.
    page.optionsForm()->setRule(ShareOutRule::TimeWeighted);
    REQUIRE(page.plan());
    CHECK(page.plan()->result.rule == ShareOutRule::TimeWeighted);
    CHECK(page.roundingNote().contains(shareOutRuleLabel(ShareOutRule::TimeWeighted)));
    CHECK(column(*page.model(), total, ShareOutModel::Gross) + page.plan()->result.keptByRounding == 11700);

    // Counted cash 200 short: the amount shared follows the count when that basis is chosen.
    page.optionsForm()->setRule(ShareOutRule::Standard);
    page.optionsForm()->setBasis(ShareOutBasis::Counted);
    page.optionsForm()->setCountedCash(plainMoneyText(f.book().cashBalance() - 200, c));
    REQUIRE(page.plan());
    CHECK(page.plan()->fund.difference == -200);
    CHECK(page.plan()->fund.amountShared == 11500);
    CHECK(page.figures()->figure(QStringLiteral("amountShared")) == moneyText(11500, c));
    CHECK(column(*page.model(), total, ShareOutModel::Gross) + page.plan()->result.keptByRounding == 11500);

    // An amount that cannot be read is said beside it.
    page.optionsForm()->setCountedCash(QStringLiteral("beaucoup"));
    CHECK_FALSE(page.optionsForm()->problemFor(QStringLiteral("countedCash")).isEmpty());
    CHECK_FALSE(page.canCommit());
}

TEST_CASE("Committing the share-out from the page pays the net parts and closes the cycle")
{
    SocialUiFixture f;
    const auto& m = f.members;
    const SavingsCycleId id = holdCycle(f);
    ShareOutPage page(*f.session);
    auto* commit = page.findChild<QPushButton*>(QStringLiteral("commit"));
    REQUIRE(commit);
    // No meeting open: previewed, but not committed.
    REQUIRE(page.plan());
    CHECK_FALSE(commit->isEnabled());
    CHECK(commit->toolTip().contains(QStringLiteral("meeting")));

    f.openMeetingOn(Date::fromYmd(2026, 4, 7));
    REQUIRE(page.plan());
    REQUIRE(page.canCommit());

    // Ndiaye leaves 1 000 of her payout as savings for the next cycle.
    const int row = page.model()->rowOf(m[0]);
    REQUIRE(row >= 0);
    const QModelIndex reinvest = page.model()->index(row, ShareOutModel::Reinvest);
    REQUIRE(page.model()->flags(reinvest) & Qt::ItemIsEditable);
    REQUIRE(page.model()->setData(reinvest, QStringLiteral("1000")));
    QCoreApplication::processEvents(); // the page previews again after the edit
    REQUIRE(page.plan());
    CHECK(page.plan()->reinvest.at(m[0]) == 1000);

    const std::int64_t cashBefore = f.book().cashBalance();
    std::int64_t net = 0;
    for (const ShareOutLine& l : page.plan()->result.lines)
        net += l.net;
    const Currency& c = f.session->currency();

    QString shown;
    answerConfirmation(shown);
    page.commit();
    CHECK(shown.contains(moneyText(page.plan()->fund.amountShared, c)));
    CHECK(shown.contains(moneyText(net - 1000, c)));
    CHECK(shown.contains(QStringLiteral("cycle closes")));

    // The cycle is closed, the cash went down by what was paid, the reinvested part waits.
    const auto cycle = f.book().savingsCycle(id);
    REQUIRE(cycle);
    CHECK(cycle->isClosed());
    CHECK(f.book().cashBalance() == cashBefore - (net - 1000));
    CHECK(f.book().pendingReinvestment().at(m[0]) == 1000);
    CHECK(page.statusText().contains(moneyText(net - 1000, c)));

    // The page now shows the committed plan, read-only.
    CHECK(page.showsCommitted());
    REQUIRE(page.plan());
    CHECK(page.plan()->committedEntry.has_value());
    CHECK_FALSE(page.canCommit());
    CHECK(commit->isHidden());
    CHECK_FALSE(page.model()->flags(page.model()->index(row, ShareOutModel::Reinvest)) & Qt::ItemIsEditable);
    CHECK_FALSE(page.optionsForm()->isEnabled());
}
