#pragma once
// "Repay…": a repayment of a loan at the open meeting. The amount is pre-filled with what is
// due today; the payoff (the most that may be paid) is shown with a button to pay it all, and
// where the amount would go (penalties, interest, principal) is shown as it is typed, by the
// engine's own allocation. Book::repayLoan decides; refusals show core's message.

#include "core/loans/loan.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class Session;

class LoanRepayDialog : public QDialog {
    Q_OBJECT
public:
    LoanRepayDialog(Session& session, const Loan& loan, QWidget* parent = nullptr);

    void setAmountText(const QString& text);
    QString amountText() const;
    QString positionText() const;
    // Where the typed amount would go, as shown (empty when it cannot be allocated).
    QString allocationText() const;
    QString problems() const;
    // What core allocated, once accepted.
    const std::vector<LoanAllocation>& allocations() const { return m_allocations; }
    std::int64_t amount() const { return m_amount; }

public slots:
    void repay();
    void payOff();

private:
    void updateAllocation();

    Session& m_session;
    Loan m_loan;
    LoanPosition m_position;
    FieldProblems m_problems;
    QLabel* m_positionLine;
    QLineEdit* m_amountEdit;
    QLabel* m_allocation;
    QLabel* m_general;
    std::vector<LoanAllocation> m_allocations;
    std::int64_t m_amount = 0;
};

// "penalties 500 F CFA, interest 1 000 F CFA, principal 9 000 F CFA (instalments 2–3)".
QString allocationSummary(const std::vector<LoanAllocation>& lines, const Currency& currency);

} // namespace tontine::ui
