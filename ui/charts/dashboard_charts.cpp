#include "ui/charts/dashboard_charts.h"

#include "ui/convert.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <vector>

namespace tontine::ui {

namespace {

// Two inks that stay apart on a grey printer: the first series is dark and solid, the second
// lighter and dashed (lines) or hatched (bars), so colour is never the only difference.
const QColor FirstInk(0x1f, 0x4e, 0x9a);
const QColor SecondInk(0xc0, 0x50, 0x20);

QString trChart(const char* text) { return QCoreApplication::translate("DashboardCharts", text); }

// Major units for plotting only: the figures themselves stay integers in core and in the tables.
qreal major(std::int64_t minor, const Currency& currency)
{
    return static_cast<qreal>(minor) / static_cast<qreal>(minorPerMajor(currency));
}

qreal msecs(const Date& date) { return qreal(toQDate(date).startOfDay().toMSecsSinceEpoch()); }

QPen linePen(bool first)
{
    QPen pen(first ? FirstInk : SecondInk);
    pen.setWidthF(first ? 2.5 : 2.0);
    pen.setStyle(first ? Qt::SolidLine : Qt::DashLine);
    return pen;
}

void styleBars(QBarSet* set, bool first)
{
    set->setPen(QPen(first ? FirstInk : SecondInk, 1));
    set->setBrush(first ? QBrush(FirstInk) : QBrush(SecondInk, Qt::BDiagPattern));
}

QChart* newChart(DashboardChart which, const QLocale& locale)
{
    auto* chart = new QChart;
    chart->setTitle(dashboardChartTitle(which));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(2, 2, 2, 2);
    return chart;
}

// The amount axis: in major units of the currency, named by its symbol, from zero (or below
// when a balance went negative) to a round number above the largest figure.
QValueAxis* amountAxis(const Currency& currency, qreal low, qreal high)
{
    auto* axis = new QValueAxis;
    axis->setRange(std::min<qreal>(0, low), std::max<qreal>(high, 1));
    axis->setTickCount(6);
    axis->applyNiceNumbers();
    // Whole major units read best; amounts with cents keep two decimals only when the range is small.
    axis->setLabelFormat(currency.decimals > 0 && axis->max() - axis->min() < 50 ? QStringLiteral("%.2f")
                                                                                : QStringLiteral("%.0f"));
    axis->setTitleText(toQt(currency.symbol));
    return axis;
}

// The period's date axis: every dated chart spans the same [from, to], so they line up.
QDateTimeAxis* dateAxis(const DashboardData& data)
{
    auto* axis = new QDateTimeAxis;
    const Date to = data.to > data.from ? data.to : data.from.addDays(1);
    axis->setRange(toQDate(data.from).startOfDay(), toQDate(to).startOfDay());
    const int days = to.days() - data.from.days();
    // Ticks are evenly spaced in time; at two months or more apart a "month year" label never repeats.
    if (days >= 120) {
        axis->setFormat(QStringLiteral("MMM yyyy"));
        axis->setTickCount(std::clamp(days / 61 + 1, 2, 7));
    } else {
        axis->setFormat(QStringLiteral("d MMM"));
        axis->setTickCount(std::clamp(days / 7 + 1, 2, 6));
    }
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A balance known "at the end of each day it changed" holds until the next change: drawn as
// steps, carried on to the end of the period.
QLineSeries* balanceSeries(const std::vector<DatedAmount>& points, const DashboardData& data,
                           const Currency& currency, qreal& low, qreal& high)
{
    auto* series = new QLineSeries;
    series->setPen(linePen(true));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const qreal y = major(points[i].amount, currency);
        if (i > 0)
            series->append(msecs(points[i].date), major(points[i - 1].amount, currency));
        series->append(msecs(points[i].date), y);
        low = std::min(low, y);
        high = std::max(high, y);
    }
    if (!points.empty() && points.back().date < data.to)
        series->append(msecs(data.to), major(points.back().amount, currency));
    return series;
}

// Adds the axes first (attachAxis needs them in the chart), then the series.
void addWithAxes(QChart* chart, const std::vector<QAbstractSeries*>& series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : series) {
        attach(chart, s, x, y);
        // A line's legend draws a piece of the line, so its dashes show there too; bars keep
        // their filled or hatched square.
        if (s->type() == QAbstractSeries::SeriesTypeLine)
            for (QLegendMarker* marker : chart->legend()->markers(s))
                marker->setShape(QLegend::MarkerShapeFromSeries);
    }
}

// Cash and the social fund: one balance line each.
QChart* balanceChart(DashboardChart which, const std::vector<DatedAmount>& points, const QString& name,
                     const DashboardData& data, const Currency& currency, const QLocale& locale)
{
    QChart* chart = newChart(which, locale);
    qreal low = 0, high = 0;
    QLineSeries* series = balanceSeries(points, data, currency, low, high);
    series->setName(name);
    addWithAxes(chart, {series}, dateAxis(data), amountAxis(currency, low, high));
    return chart;
}

QChart* portfolioChart(const DashboardData& data, const Currency& currency, const QLocale& locale)
{
    QChart* chart = newChart(DashboardChart::Portfolio, locale);
    auto* outstanding = new QLineSeries;
    outstanding->setName(trChart("Principal outstanding"));
    outstanding->setPen(linePen(true));
    auto* atRisk = new QLineSeries;
    atRisk->setName(trChart("At risk (more than 30 days late)"));
    atRisk->setPen(linePen(false));
    qreal high = 0;
    for (const PortfolioPoint& p : data.portfolio) {
        outstanding->append(msecs(p.date), major(p.outstanding, currency));
        atRisk->append(msecs(p.date), major(p.atRisk30, currency));
        high = std::max({high, major(p.outstanding, currency), major(p.atRisk30, currency)});
    }
    // Monthly points: markers show where the figures are, the lines only join them.
    outstanding->setPointsVisible(true);
    atRisk->setPointsVisible(true);
    addWithAxes(chart, {outstanding, atRisk}, dateAxis(data), amountAxis(currency, 0, high));
    return chart;
}

// Category labels must be unique for QBarCategoryAxis: a second meeting on the same day is
// numbered.
QStringList meetingLabels(const std::vector<CollectionPoint>& points, const QLocale& locale)
{
    // The locale's short date with a two-digit year ("23/10/26", "10/23/26"): rotated under
    // narrow bars, the four-digit year would be cut off.
    QString shortDate = locale.dateFormat(QLocale::ShortFormat);
    shortDate.replace(QLatin1String("yyyy"), QLatin1String("yy"));
    QStringList labels;
    for (const CollectionPoint& p : points) {
        const QString base = locale.toString(toQDate(p.date), shortDate);
        QString label = base;
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        labels << label;
    }
    return labels;
}

QChart* collectionsChart(const DashboardData& data, const Currency& currency, const QLocale& locale)
{
    QChart* chart = newChart(DashboardChart::Collections, locale);
    auto* due = new QBarSet(trChart("Due"));
    auto* collected = new QBarSet(trChart("Collected"));
    styleBars(due, false);
    styleBars(collected, true);
    qreal high = 0;
    for (const CollectionPoint& p : data.collections) {
        due->append(major(p.due, currency));
        collected->append(major(p.collected, currency));
        high = std::max({high, major(p.due, currency), major(p.collected, currency)});
    }
    auto* series = new QBarSeries;
    series->append(due);
    series->append(collected);
    auto* meetings = new QBarCategoryAxis;
    meetings->setCategories(meetingLabels(data.collections, locale));
    // Weekly meetings over a year do not fit flat under the bars.
    if (data.collections.size() > 8)
        meetings->setLabelsAngle(-90);
    addWithAxes(chart, {series}, meetings, amountAxis(currency, 0, high));
    return chart;
}

QChart* rotationsChart(const DashboardData& data, const QLocale& locale)
{
    QChart* chart = newChart(DashboardChart::Rotations, locale);
    auto* rounds = new QBarSet(trChart("Rounds in the plan"));
    auto* paidOut = new QBarSet(trChart("Rounds paid out"));
    styleBars(rounds, false);
    styleBars(paidOut, true);
    QStringList names;
    int most = 1;
    for (const RotationProgress& r : data.rotations) {
        rounds->append(r.rounds);
        paidOut->append(r.roundsPaidOut);
        QString name = toQt(r.name);
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(toQt(r.name)).arg(n);
        names << name;
        most = std::max({most, r.rounds, r.roundsPaidOut});
    }
    auto* series = new QBarSeries;
    series->append(rounds);
    series->append(paidOut);
    auto* axis = new QBarCategoryAxis;
    axis->setCategories(names);
    // Whole rounds, at most six ticks (closer labels would be cut short): a step of 1, 2, 5, 10…
    const int step = [most] {
        for (int scale = 1;; scale *= 10)
            for (int m : {1, 2, 5})
                if (most / (m * scale) <= 5)
                    return m * scale;
    }();
    auto* count = new QValueAxis;
    count->setRange(0, ((most + step - 1) / step) * step);
    count->setTickType(QValueAxis::TicksDynamic);
    count->setTickAnchor(0);
    count->setTickInterval(step);
    count->setLabelFormat(QStringLiteral("%.0f")); // "%d" is not a format Qt Charts localizes
    count->setTitleText(trChart("Rounds"));
    addWithAxes(chart, {series}, axis, count);
    return chart;
}

QChart* makeChart(DashboardChart which, const DashboardData& data, const Currency& currency, const QLocale& locale)
{
    switch (which) {
    case DashboardChart::Cash:
        return balanceChart(which, data.cash, trChart("Cash, bank and mobile money"), data, currency, locale);
    case DashboardChart::Collections:
        return collectionsChart(data, currency, locale);
    case DashboardChart::Portfolio:
        return portfolioChart(data, currency, locale);
    case DashboardChart::SocialFund:
        return balanceChart(which, data.socialFund, trChart("Social fund balance"), data, currency, locale);
    case DashboardChart::Rotations:
        return rotationsChart(data, locale);
    }
    return newChart(which, locale);
}

} // namespace

QString dashboardChartTitle(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::Cash:
        return trChart("Cash over time");
    case DashboardChart::Collections:
        return trChart("Contributions due and collected, by meeting");
    case DashboardChart::Portfolio:
        return trChart("Loan portfolio and portfolio at risk (PAR30)");
    case DashboardChart::SocialFund:
        return trChart("Social fund balance");
    case DashboardChart::Rotations:
        return trChart("Rotation progress");
    }
    return {};
}

QWidget* makeDashboardChartView(DashboardChart chart, const DashboardData& data, const Currency& currency,
                                const QLocale& locale, QWidget* parent)
{
    auto* view = new QChartView(makeChart(chart, data, currency, locale), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(dashboardChartTitle(chart));
    view->setMinimumSize(320, 220);
    return view;
}

QImage renderDashboardChart(DashboardChart chart, const DashboardData& data, const Currency& currency,
                            const QLocale& locale, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QGraphicsScene scene;
    QChart* c = makeChart(chart, data, currency, locale);
    // A printed chart sits under its heading in the document: its own title would repeat it.
    c->setTitle(QString());
    scene.addItem(c); // the scene owns the chart
    c->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // The chart lays out its axes and series on the layout request; run it now, not in an event.
    c->layout()->activate();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace tontine::ui
