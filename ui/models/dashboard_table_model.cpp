#include "ui/models/dashboard_table_model.h"

#include "ui/convert.h"

namespace tontine::ui {

DashboardTableModel::DashboardTableModel(DashboardChart chart, QObject* parent)
    : QAbstractTableModel(parent), m_chart(chart)
{
}

void DashboardTableModel::setDashboard(const DashboardData& data, const Currency& currency)
{
    beginResetModel();
    m_data = data;
    m_currency = &currency;
    endResetModel();
}

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_chart) {
    case DashboardChart::Cash: return int(m_data.cash.size());
    case DashboardChart::Collections: return int(m_data.collections.size());
    case DashboardChart::Portfolio: return int(m_data.portfolio.size());
    case DashboardChart::SocialFund: return int(m_data.socialFund.size());
    case DashboardChart::Rotations: return int(m_data.rotations.size());
    }
    return 0;
}

int DashboardTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_chart) {
    case DashboardChart::Cash:
    case DashboardChart::SocialFund: return 2;      // date, balance
    case DashboardChart::Collections:
    case DashboardChart::Portfolio: return 3;       // date, two amounts
    case DashboardChart::Rotations: return 5;       // name, rounds, paid out, collected, expected
    }
    return 0;
}

bool DashboardTableModel::isAmount(int column) const
{
    return column > 0;
}

QString DashboardTableModel::text(int row, int column) const
{
    const auto r = std::size_t(row);
    const Currency& c = *m_currency;
    switch (m_chart) {
    case DashboardChart::Cash:
        return column == 0 ? dateText(m_data.cash[r].date) : moneyText(m_data.cash[r].amount, c);
    case DashboardChart::SocialFund:
        return column == 0 ? dateText(m_data.socialFund[r].date) : moneyText(m_data.socialFund[r].amount, c);
    case DashboardChart::Collections: {
        const CollectionPoint& p = m_data.collections[r];
        return column == 0 ? dateText(p.date) : moneyText(column == 1 ? p.due : p.collected, c);
    }
    case DashboardChart::Portfolio: {
        const PortfolioPoint& p = m_data.portfolio[r];
        return column == 0 ? dateText(p.date) : moneyText(column == 1 ? p.outstanding : p.atRisk30, c);
    }
    case DashboardChart::Rotations: {
        const RotationProgress& p = m_data.rotations[r];
        switch (column) {
        case 0: return toQt(p.name);
        case 1: return QString::number(p.rounds);
        case 2: return QString::number(p.roundsPaidOut);
        case 3: return moneyText(p.collected, c);
        case 4: return moneyText(p.expected, c);
        }
    }
    }
    return {};
}

QVariant DashboardTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_currency || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return text(index.row(), index.column());
    if (role == Qt::TextAlignmentRole && isAmount(index.column()))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_chart) {
    case DashboardChart::Cash: {
        const QString names[] = {tr("Date"), tr("Cash, bank and mobile money")};
        return section < 2 ? names[section] : QVariant();
    }
    case DashboardChart::SocialFund: {
        const QString names[] = {tr("Date"), tr("Social fund balance")};
        return section < 2 ? names[section] : QVariant();
    }
    case DashboardChart::Collections: {
        const QString names[] = {tr("Meeting"), tr("Due"), tr("Collected")};
        return section < 3 ? names[section] : QVariant();
    }
    case DashboardChart::Portfolio: {
        const QString names[] = {tr("Date"), tr("Principal outstanding"), tr("At risk (PAR30)")};
        return section < 3 ? names[section] : QVariant();
    }
    case DashboardChart::Rotations: {
        const QString names[] = {tr("Rotation"), tr("Rounds"), tr("Rounds paid out"), tr("Collected"), tr("Expected")};
        return section < 5 ? names[section] : QVariant();
    }
    }
    return {};
}

} // namespace tontine::ui
