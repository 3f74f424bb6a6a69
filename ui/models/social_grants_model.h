#pragma once
// A thin table of the social fund's grants: date, event, beneficiary, amount, approvers by
// name, note — one row per SocialGrant as Book::grants returns them. It decides nothing.

#include "core/social/social_grant.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class SocialGrantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GrantDate, Event, Beneficiary, Amount, Approvers, Note, ColumnCount };

    explicit SocialGrantsModel(QObject* parent = nullptr);
    void setGrants(std::vector<SocialGrant> grants, const MemberNames& names, const Currency& currency);
    const SocialGrant* grantAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SocialGrant> m_grants;
    MemberNames m_names;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
