#pragma once
// A thin table of the households insured with one partner mutual, one row per Coverage as
// Book::coverages gives them: the head (number and name), the head's insurance number or "To
// enrol", the members covered, covered until, the next period and what it still needs.
// It only presents what it is given; it computes no coverage and no price.

#include "core/members/member.h"
#include "core/money/currency.h"
#include "core/premiums/premium.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace tontine::ui {

class CoverageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Head, InsuranceNumber, MembersCovered, CoveredUntil, NextPeriod, Owed, ColumnCount };

    explicit CoverageModel(QObject* parent = nullptr);
    // `members`: the fund's members (names, insurance numbers, who belongs to which household);
    // `on`: the day the coverages were asked for (a household's members are counted on it).
    void setCoverages(std::vector<Coverage> coverages, const std::vector<Member>& members, Date on,
                      const Currency& currency);
    const Coverage* coverageAt(int row) const;
    int rowOfHead(MemberId head) const; // -1 when not shown
    // Households still to enrol (the head has no insurance number) and what all rows owe.
    int toEnrolCount() const;
    std::int64_t totalOwed() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Coverage coverage;
        QString head;            // "3 — Fatou Sarr"
        QString insuranceNumber; // empty: to enrol
        QStringList covered;     // names of the members the household counts on the day
    };
    QVariant display(const Row& row, int column) const;

    std::vector<Row> m_rows;
    Date m_on;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
