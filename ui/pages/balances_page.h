#pragma once
// The Balances page: every account and its balance, as core derives them from the postings.

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace tontine::ui {

class BalanceTableModel;
class Session;

class BalancesPage : public QWidget {
    Q_OBJECT
public:
    explicit BalancesPage(Session& session, QWidget* parent = nullptr);

public slots:
    void reload();

private:
    Session& m_session;
    BalanceTableModel* m_model;
    QTableView* m_table;
    QLabel* m_cash;
    QCheckBox* m_showEmpty;
};

} // namespace tontine::ui
