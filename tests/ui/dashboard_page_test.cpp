#include "core/report/dashboard_data.h"
#include "tests/ui/demo_session_fixture.h"
#include "ui/convert.h"
#include "ui/models/dashboard_table_model.h"
#include "ui/pages/dashboard_page.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QTableView>

using namespace tontine;
using namespace tontine::ui;
using demo_ui_test::DemoSession;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column) { return model.index(row, column).data().toString(); }

QChart* chartOf(const DashboardPage& page, DashboardChart chart)
{
    auto* view = qobject_cast<QChartView*>(page.chartView(chart));
    REQUIRE(view);
    return view->chart();
}

} // namespace

TEST_CASE("The dashboard shows the demo fund's last twelve months in charts and in tables of the same figures")
{
    DemoSession demo;
    DashboardPage page(*demo.session);
    const Currency& c = demo.session->currency();

    // Twelve whole months up to today, built by core independently of the page.
    const DashboardData expected = buildDashboard(demo.book(), Date::fromYmd(2025, 12, 1), demo.today());
    CHECK(page.data().from == Date::fromYmd(2025, 12, 1));
    CHECK(page.data().to == demo.today());
    REQUIRE(!expected.cash.empty());
    REQUIRE(!expected.collections.empty());
    REQUIRE(!expected.portfolio.empty());
    REQUIRE(!expected.rotations.empty());

    const DashboardTableModel& cash = *page.tableModel(DashboardChart::Cash);
    QAbstractItemModelTester tester(page.tableModel(DashboardChart::Cash), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(cash.rowCount() == int(expected.cash.size()));
    for (int r = 0; r < cash.rowCount(); ++r) {
        CHECK(cell(cash, r, 0) == dateText(expected.cash[std::size_t(r)].date));
        CHECK(cell(cash, r, 1) == moneyText(expected.cash[std::size_t(r)].amount, c));
    }
    const DashboardTableModel& collections = *page.tableModel(DashboardChart::Collections);
    REQUIRE(collections.rowCount() == int(expected.collections.size()));
    for (int r = 0; r < collections.rowCount(); ++r) {
        const CollectionPoint& p = expected.collections[std::size_t(r)];
        CHECK(cell(collections, r, 0) == dateText(p.date));
        CHECK(cell(collections, r, 1) == moneyText(p.due, c));
        CHECK(cell(collections, r, 2) == moneyText(p.collected, c));
    }
    const DashboardTableModel& portfolio = *page.tableModel(DashboardChart::Portfolio);
    REQUIRE(portfolio.rowCount() == int(expected.portfolio.size()));
    for (int r = 0; r < portfolio.rowCount(); ++r) {
        const PortfolioPoint& p = expected.portfolio[std::size_t(r)];
        CHECK(cell(portfolio, r, 1) == moneyText(p.outstanding, c));
        CHECK(cell(portfolio, r, 2) == moneyText(p.atRisk30, c));
    }
    const DashboardTableModel& social = *page.tableModel(DashboardChart::SocialFund);
    REQUIRE(social.rowCount() == int(expected.socialFund.size()));
    for (int r = 0; r < social.rowCount(); ++r)
        CHECK(cell(social, r, 1) == moneyText(expected.socialFund[std::size_t(r)].amount, c));
    const DashboardTableModel& rotations = *page.tableModel(DashboardChart::Rotations);
    REQUIRE(rotations.rowCount() == int(expected.rotations.size()));
    for (int r = 0; r < rotations.rowCount(); ++r) {
        const RotationProgress& p = expected.rotations[std::size_t(r)];
        CHECK(cell(rotations, r, 0) == toQt(p.name));
        CHECK(cell(rotations, r, 1) == QString::number(p.rounds));
        CHECK(cell(rotations, r, 2) == QString::number(p.roundsPaidOut));
        CHECK(cell(rotations, r, 3) == moneyText(p.collected, c));
        CHECK(cell(rotations, r, 4) == moneyText(p.expected, c));
    }

    // One chart per table, with its series: one balance line, due and collected bars, two
    // portfolio lines, one social fund line, rounds planned and paid out.
    CHECK(chartOf(page, DashboardChart::Cash)->series().size() == 1);
    CHECK(chartOf(page, DashboardChart::Portfolio)->series().size() == 2);
    CHECK(chartOf(page, DashboardChart::SocialFund)->series().size() == 1);
    for (DashboardChart bars : {DashboardChart::Collections, DashboardChart::Rotations}) {
        QChart* chart = chartOf(page, bars);
        REQUIRE(chart->series().size() == 1);
        auto* series = qobject_cast<QBarSeries*>(chart->series().front());
        REQUIRE(series);
        CHECK(series->count() == 2);
        CHECK(series->barSets().front()->count() ==
              (bars == DashboardChart::Collections ? int(expected.collections.size()) : int(expected.rotations.size())));
    }
    // Axes in the fund's language (the demo fund keeps its books in French).
    CHECK(chartOf(page, DashboardChart::Cash)->locale().language() == QLocale::French);
    CHECK(chartOf(page, DashboardChart::Cash)->localizeNumbers());
}

TEST_CASE("The dashboard follows the period chosen and reloads when the fund changes")
{
    DemoSession demo;
    DashboardPage page(*demo.session);
    page.show();
    auto* period = page.findChild<QComboBox*>(QStringLiteral("period"));
    REQUIRE(period);
    CHECK(period->currentData().toInt() == 12);
    const std::size_t yearOfMeetings = page.data().collections.size();

    page.setPeriodMonths(3);
    CHECK(page.data().from == Date::fromYmd(2026, 9, 1));
    const DashboardData expected = buildDashboard(demo.book(), Date::fromYmd(2026, 9, 1), demo.today());
    CHECK(page.tableModel(DashboardChart::Collections)->rowCount() == int(expected.collections.size()));
    CHECK(expected.collections.size() < yearOfMeetings);

    // A meeting opened today with a different cash count moves the cash line: the page shows it.
    const std::size_t cashPoints = page.data().cash.size();
    const std::int64_t counted = demo.book().cashBalance() + 500;
    demo.book().openMeeting(counted, "Counted again", demo.session->actor());
    demo.session->notifyChanged();
    REQUIRE(!page.data().cash.empty());
    CHECK(page.data().cash.size() >= cashPoints);
    CHECK(page.data().cash.back().date == demo.today());
    CHECK(cell(*page.tableModel(DashboardChart::Cash), int(page.data().cash.size()) - 1, 1) ==
          moneyText(page.data().cash.back().amount, demo.session->currency()));
}
