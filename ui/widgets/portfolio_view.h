#pragma once
// The loan portfolio on a day, as core's Portfolio gives it: loans and principal outstanding,
// portfolio at risk over 30 days (amount and percentage), the group guarantees committed (not
// cash), the arrears ageing table and the loans per purpose. Shows only; sums nothing.

#include "core/loans/portfolio.h"
#include "core/money/currency.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace tontine::ui {

class PortfolioModel;

class PortfolioView : public QWidget {
    Q_OBJECT
public:
    explicit PortfolioView(QWidget* parent = nullptr);
    void setPortfolio(const Portfolio& portfolio, Date on, const Currency& currency);
    PortfolioModel* ageingModel() const { return m_ageing; }
    PortfolioModel* purposesModel() const { return m_purposes; }
    QString figuresText() const;

private:
    PortfolioModel* m_ageing;
    PortfolioModel* m_purposes;
    QLabel* m_figures;
    QTableView* m_ageingView;
    QTableView* m_purposesView;
};

// "12.5 %": PAR30 from its basis points.
QString par30Text(int basisPoints);

} // namespace tontine::ui
