#pragma once
// The dashboard's charts, built from core's DashboardData: the same figures as the tables
// beside them and the charts printed in the fund report. The only place (with the rest of
// ui/charts/) that includes Qt Charts; it computes no figure of its own.

#include "core/money/currency.h"
#include "core/report/dashboard_data.h"

#include <QImage>
#include <QLocale>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace tontine::ui {

enum class DashboardChart { Cash, Collections, Portfolio, SocialFund, Rotations };

// The chart's title in the UI language ("Cash over time", …).
QString dashboardChartTitle(DashboardChart chart);
// A chart view (a QChartView) showing one chart; axes in `locale`, amounts in major units of
// `currency`; lines and bars told apart by style as well as colour (readable in black and white).
QWidget* makeDashboardChartView(DashboardChart chart, const DashboardData& data, const Currency& currency,
                                const QLocale& locale, QWidget* parent = nullptr);
// The same chart drawn on a white image of `size` pixels, for printing (needs a QApplication).
QImage renderDashboardChart(DashboardChart chart, const DashboardData& data, const Currency& currency,
                            const QLocale& locale, QSize size);

} // namespace tontine::ui
