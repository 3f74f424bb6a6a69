#pragma once
// The Dashboard page, the first thing a treasurer sees: five charts over a chosen period (cash,
// collections, loans, social fund, rotations), each with a table of the same figures. The
// figures come from core (buildDashboard); the page only chooses the period and shows them.
// Above them, the premiums held for each partner mutual and not yet remitted (Book::premiumsHeld).

#include "core/report/dashboard_data.h"
#include "ui/charts/dashboard_charts.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace tontine::ui {

class DashboardTableModel;
class Session;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Session& session, QWidget* parent = nullptr);

    // The period shown: the last `months` months up to today (default 12).
    void setPeriodMonths(int months);
    const DashboardData& data() const { return m_data; }
    DashboardTableModel* tableModel(DashboardChart chart) const;
    // The line of premiums held for each partner mutual, not yet remitted; empty when none.
    QString premiumsHeldText() const;
    QWidget* chartView(DashboardChart chart) const;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Card {
        QTabWidget* tabs = nullptr;
        QWidget* chart = nullptr;
        DashboardTableModel* model = nullptr;
        QTableView* table = nullptr;
    };
    QWidget* makeCard(DashboardChart chart);
    void showPremiumsHeld();

    Session& m_session;
    QComboBox* m_period;
    QLabel* m_range;
    QLabel* m_premiumsHeld;
    std::array<Card, 5> m_cards;
    DashboardData m_data;
    bool m_stale = false;
};

} // namespace tontine::ui
