#include "ui/models/portfolio_model.h"

#include "ui/convert.h"
#include "ui/loan_labels.h"

namespace tontine::ui {

PortfolioModel::PortfolioModel(View view, QObject* parent) : QAbstractTableModel(parent), m_view(view) {}

void PortfolioModel::setPortfolio(const Portfolio& portfolio, const Currency& currency)
{
    beginResetModel();
    m_portfolio = portfolio;
    m_currency = &currency;
    endResetModel();
}

int PortfolioModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_currency)
        return 0;
    return m_view == View::Ageing ? AgeingBucketCount : int(m_portfolio.byPurpose.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PortfolioModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_currency || index.row() >= rowCount())
        return {};
    const std::size_t row = std::size_t(index.row());
    QString label;
    int loans = 0;
    std::int64_t outstanding = 0;
    if (m_view == View::Ageing) {
        label = ageingBucketLabel(AgeingBucket(index.row()));
        loans = m_portfolio.loansByBucket[row];
        outstanding = m_portfolio.outstandingByBucket[row];
    } else {
        const Portfolio::Purpose& p = m_portfolio.byPurpose[row];
        label = toQt(p.purpose);
        loans = p.loans;
        outstanding = p.outstanding;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Label: return label;
        case Loans: return loans;
        case Outstanding: return moneyText(outstanding, *m_currency);
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Label: return label;
        case Loans: return loans;
        case Outstanding: return qlonglong(outstanding);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return m_view == View::Ageing ? tr("Days late") : tr("Purpose");
    case Loans: return tr("Loans");
    case Outstanding: return tr("Principal outstanding");
    }
    return {};
}

} // namespace tontine::ui
