#include "core/money/currency.h"
#include "ui/charts/dashboard_charts.h"

#include <catch2/catch.hpp>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <memory>

using namespace tontine;
using namespace tontine::ui;

namespace {

Date day(int y, int m, int d) { return Date::fromYmd(y, m, d); }

// A year of a small fund, written by hand: three cash changes, three meetings, three month-ends
// of loans (one crossing 30 days late in the last), a social fund and two rotations.
DashboardData handMadeData()
{
    DashboardData data;
    data.from = day(2025, 12, 1);
    data.to = day(2026, 11, 30);
    data.cash = {{day(2026, 1, 10), 150000}, {day(2026, 2, 14), 210050}, {day(2026, 3, 14), 98000}};
    data.collections = {{1, day(2026, 1, 10), 60000, 55000}, {2, day(2026, 2, 14), 60000, 60000},
                        {3, day(2026, 3, 14), 65000, 40000}};
    data.portfolio = {{day(2026, 1, 31), 300000, 0}, {day(2026, 2, 28), 250000, 0}, {day(2026, 3, 31), 200000, 50000}};
    data.socialFund = {{day(2026, 1, 10), 10000}, {day(2026, 2, 14), 4000}};
    data.rotations = {{1, "Tontine des mamans", 10, 3, 150000, 500000}, {2, "Petite tontine", 6, 6, 60000, 60000}};
    return data;
}

QChart* chartOf(QWidget* view)
{
    auto* chartView = qobject_cast<QChartView*>(view);
    REQUIRE(chartView);
    return chartView->chart();
}

int nonWhitePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                ++count;
    return count;
}

} // namespace

TEST_CASE("Each dashboard chart draws the data's series in major units, in the fund's locale")
{
    const DashboardData data = handMadeData();
    const Currency& pen = currencyByCode("PEN"); // two decimals: 210050 céntimos are S/ 2100.50
    const QLocale locale(QLocale::Spanish, QLocale::Peru);

    std::unique_ptr<QWidget> cash(makeDashboardChartView(DashboardChart::Cash, data, pen, locale));
    QChart* chart = chartOf(cash.get());
    CHECK(chart->title() == dashboardChartTitle(DashboardChart::Cash));
    CHECK(chart->localizeNumbers());
    CHECK(chart->locale() == locale);
    REQUIRE(chart->series().size() == 1);
    auto* line = qobject_cast<QLineSeries*>(chart->series().front());
    REQUIRE(line);
    // A balance holds until it changes: each change is a step, and the last value runs to the end.
    const QList<QPointF> points = line->points();
    REQUIRE(points.size() == 6);
    CHECK(points[1].y() == Approx(1500.0));
    CHECK(points[2].y() == Approx(2100.50));
    CHECK(points[1].x() == points[2].x());
    CHECK(points.back().y() == Approx(980.0));
    CHECK(QDateTime::fromMSecsSinceEpoch(qint64(points.back().x())).date() == QDate(2026, 11, 30));
    auto* dates = qobject_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).front());
    REQUIRE(dates);
    CHECK(dates->min().date() == QDate(2025, 12, 1));
    CHECK(dates->max().date() == QDate(2026, 11, 30));
    auto* amounts = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).front());
    REQUIRE(amounts);
    CHECK(amounts->titleText() == QStringLiteral("S/"));
    CHECK(amounts->max() >= 2100.50);

    std::unique_ptr<QWidget> collections(makeDashboardChartView(DashboardChart::Collections, data, pen, locale));
    chart = chartOf(collections.get());
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QBarSeries*>(chart->series().front());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2); // due, collected
    CHECK(bars->barSets()[0]->at(2) == Approx(650.0));
    CHECK(bars->barSets()[1]->at(2) == Approx(400.0));
    // Told apart without colour: one set is solid, the other hatched.
    CHECK(bars->barSets()[0]->brush().style() != bars->barSets()[1]->brush().style());
    auto* meetings = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).front());
    REQUIRE(meetings);
    CHECK(meetings->count() == 3);
    // The meeting's date in the locale's short form, with a two-digit year so it fits under a bar.
    CHECK(meetings->at(0).startsWith(QStringLiteral("10/")));
    CHECK(meetings->at(0).endsWith(QStringLiteral("/26")));

    std::unique_ptr<QWidget> portfolio(makeDashboardChartView(DashboardChart::Portfolio, data, pen, locale));
    chart = chartOf(portfolio.get());
    REQUIRE(chart->series().size() == 2); // outstanding, at risk
    auto* outstanding = qobject_cast<QLineSeries*>(chart->series()[0]);
    auto* atRisk = qobject_cast<QLineSeries*>(chart->series()[1]);
    REQUIRE(outstanding);
    REQUIRE(atRisk);
    CHECK(outstanding->count() == 3);
    CHECK(atRisk->at(2).y() == Approx(500.0));
    CHECK(outstanding->pen().style() != atRisk->pen().style());

    std::unique_ptr<QWidget> social(makeDashboardChartView(DashboardChart::SocialFund, data, pen, locale));
    chart = chartOf(social.get());
    REQUIRE(chart->series().size() == 1);
    CHECK(qobject_cast<QLineSeries*>(chart->series().front())->points().back().y() == Approx(40.0));

    std::unique_ptr<QWidget> rotations(makeDashboardChartView(DashboardChart::Rotations, data, pen, locale));
    chart = chartOf(rotations.get());
    REQUIRE(chart->series().size() == 1);
    bars = qobject_cast<QBarSeries*>(chart->series().front());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2); // rounds in the plan, rounds paid out
    CHECK(bars->barSets()[0]->at(0) == 10);
    CHECK(bars->barSets()[1]->at(0) == 3);
    auto* names = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).front());
    REQUIRE(names);
    CHECK(names->categories() == QStringList{QStringLiteral("Tontine des mamans"), QStringLiteral("Petite tontine")});
}

TEST_CASE("A dashboard chart renders on a white image, with or without data")
{
    const DashboardData data = handMadeData();
    const Currency& xof = currencyByCode("XOF");
    const QLocale locale(QLocale::French, QLocale::Senegal);
    for (DashboardChart which : {DashboardChart::Cash, DashboardChart::Collections, DashboardChart::Portfolio,
                                 DashboardChart::SocialFund, DashboardChart::Rotations}) {
        INFO(dashboardChartTitle(which).toStdString());
        const QImage image = renderDashboardChart(which, data, xof, locale, QSize(600, 300));
        REQUIRE(image.size() == QSize(600, 300));
        CHECK(image.pixelColor(0, 0) == QColor(Qt::white));
        // Title, axes, labels and the series draw something, but most of the page stays white.
        const int inked = nonWhitePixels(image);
        CHECK(inked > 600 * 300 / 100);
        CHECK(inked < 600 * 300 / 2);

        DashboardData nothing;
        nothing.from = data.from;
        nothing.to = data.to;
        const QImage empty = renderDashboardChart(which, nothing, xof, locale, QSize(600, 300));
        CHECK(nonWhitePixels(empty) > 0);
        CHECK(empty != image);
    }
}
