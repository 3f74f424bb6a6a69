#pragma once
// A thin table of a share-out plan: one row per member (number, name, shares, saved, gross,
// deductions, net, the part reinvested in the next cycle, still owed) and a totals row. The
// reinvested part is the only editable cell, and only while the plan is a preview: an edit is
// passed on (reinvestEdited) for the page to preview again; core decides whether it is valid.

#include "core/savings/share_out_plan.h"
#include "ui/rotation_labels.h"

#include <QAbstractTableModel>

namespace tontine::ui {

class ShareOutModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, MemberName, Shares, Saved, Gross, Deductions, Net, Reinvest, StillOwed, ColumnCount };

    explicit ShareOutModel(QObject* parent = nullptr);
    // `editable`: a preview, whose reinvested parts can be typed.
    void setPlan(const ShareOutPlan& plan, const MemberNames& names, const Currency& currency, bool editable);
    void clear();
    bool isTotalsRow(int row) const;
    int rowOf(MemberId member) const;
    std::int64_t reinvestOf(MemberId member) const;
    // Σ net − Σ reinvested: what leaves the box at the commit.
    std::int64_t cashPaidOut() const;
    std::int64_t totalReinvested() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A reinvested part was typed (in minor units); nothing else changes until the page previews again.
    void reinvestEdited(MemberId member, std::int64_t amount);
    // What was typed is not an amount.
    void reinvestRejected(const QString& text);

private:
    QVariant totalsData(int column, int role) const;

    std::vector<ShareOutLine> m_lines;
    std::map<MemberId, std::int64_t> m_reinvest;
    ShareOutLine m_totals;
    MemberNames m_names;
    const Currency* m_currency = nullptr;
    bool m_editable = false;
};

} // namespace tontine::ui
