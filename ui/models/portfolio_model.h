#pragma once
// A thin table over core's Portfolio: either the arrears ageing (on time, 1–30, 31–60,
// 61–90, over 90 days late: loans and principal outstanding) or the loans per purpose. Every
// figure is core's (summarisePortfolio); the model only shows them.

#include "core/loans/portfolio.h"
#include "core/money/currency.h"

#include <QAbstractTableModel>

namespace tontine::ui {

class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class View { Ageing, Purposes };
    enum Column { Label, Loans, Outstanding, ColumnCount };

    explicit PortfolioModel(View view, QObject* parent = nullptr);
    void setPortfolio(const Portfolio& portfolio, const Currency& currency);
    View view() const { return m_view; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    View m_view;
    Portfolio m_portfolio;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
