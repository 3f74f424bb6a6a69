#pragma once
// A thin table over one of the dashboard's series (core's DashboardData): the same figures as
// the chart beside it, written as amounts and dates people read. It computes nothing.

#include "core/money/currency.h"
#include "core/report/dashboard_data.h"
#include "ui/charts/dashboard_charts.h"

#include <QAbstractTableModel>

namespace tontine::ui {

class DashboardTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit DashboardTableModel(DashboardChart chart, QObject* parent = nullptr);
    DashboardChart chart() const { return m_chart; }
    void setDashboard(const DashboardData& data, const Currency& currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    bool isAmount(int column) const;

    DashboardChart m_chart;
    DashboardData m_data;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
