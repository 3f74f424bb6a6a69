#pragma once
// A thin table of the group's guarantees of members' purchases (Book::guarantees): member,
// supplier, purpose, amount, issued and until, status in words ("Open", "Open, lapsed",
// "Called (now a loan) #7"). The model decides nothing.

#include "core/loans/loan.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class GuaranteesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Member, Supplier, Purpose, Amount, IssuedOn, Until, Status, ColumnCount };

    explicit GuaranteesModel(QObject* parent = nullptr);
    void setGuarantees(std::vector<GroupGuarantee> guarantees, Date today, const MemberNames& names, const Currency& currency);
    const GroupGuarantee* rowAt(int row) const;
    int rowOf(GuaranteeId id) const;
    QString statusText(const GroupGuarantee& g) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<GroupGuarantee> m_rows;
    Date m_today;
    MemberNames m_names;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
