#pragma once
// A thin table over a rotation's cycle plan (Book::plan): round, date, beneficiaries, pot,
// discount and status. It only presents what it is given; it computes no rule.

#include "core/rotation/rotation_plan.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

#include <vector>

namespace tontine::ui {

class RotationPlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Round, RoundDate, Beneficiaries, Pot, Discount, Status, ColumnCount };

    explicit RotationPlanModel(QObject* parent = nullptr);
    void setPlan(std::vector<RoundPlan> plan, RotationSpec spec, MemberNames names);
    void clear();
    const RoundPlan* roundAt(int row) const;
    // The row of the round being collected, or -1.
    int collectingRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RoundPlan> m_plan;
    RotationSpec m_spec;
    MemberNames m_names;
};

} // namespace tontine::ui
