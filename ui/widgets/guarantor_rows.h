#pragma once
// The guarantors of a loan request as typed: one row per guarantor — the member (the borrower
// is listed but cannot be picked), the pledge (pre-filled with the product's minimum until it
// is typed by hand), and, from core's preview, their savings, what they already pledge for
// others and what they may still pledge. "Add a guarantor" and a remove button per row.
// It reads and shows; core decides every limit.

#include "core/loans/loan_request.h"
#include "core/loans/loan_views.h"
#include "core/members/member.h"
#include "core/money/currency.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class GuarantorRows : public QWidget {
    Q_OBJECT
public:
    GuarantorRows(const Currency& currency, const std::vector<Member>& activeMembers, QWidget* parent = nullptr);

    // The borrower: shown in every list but not selectable; a row that had them is emptied.
    // Returns true when a row was emptied that way.
    bool setExcluded(std::optional<MemberId> borrower);
    // The pledge every row starts with, until its pledge is typed by hand.
    void setMinimumPledge(std::int64_t minimum);
    // At least `count` rows (the product's guarantors required).
    void ensureRows(int count);
    void addRow();
    void removeRow(int row);
    int rowCount() const { return int(m_rows.size()); }
    // For tests and the keyboard: the member and pledge of one row (empty text: the minimum).
    void setGuarantor(int row, MemberId member, const QString& pledge = {});
    // Rows with a member chosen, in order; false when a pledge cannot be read
    // (`firstUnreadable`: its 1-based row).
    bool read(std::vector<GuarantorPledge>& out, int* firstUnreadable = nullptr) const;
    // Savings, pledges already held and room left from the preview, on each row's member.
    void showStandings(const LoanPreview& preview);
    QString standingText(int row) const;

signals:
    void changed();

private:
    struct Row {
        QComboBox* member = nullptr;
        QLineEdit* pledge = nullptr;
        QLabel* savings = nullptr;
        QLabel* held = nullptr;
        QLabel* room = nullptr;
        QPushButton* remove = nullptr;
        bool pledgeTyped = false;
    };
    void relayout();
    void applyExclusion(QComboBox* combo) const;

    const Currency& m_currency;
    std::vector<Member> m_members;
    std::optional<MemberId> m_excluded;
    std::int64_t m_minimum = 0;
    std::vector<Row> m_rows;
    QGridLayout* m_grid;
    QPushButton* m_add;
    QLabel* m_none;
};

} // namespace tontine::ui
