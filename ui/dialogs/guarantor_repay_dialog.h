#pragma once
// "Borrower repays guarantor…": after a recovery took a guarantor's savings, the borrower pays
// them back through the fund at the open meeting. The guarantor is chosen among those still
// owed (with what is owed pre-filled). Book::repayGuarantor decides; refusals show core's message.

#include "core/loans/loan.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tontine::ui {

class Session;

class GuarantorRepayDialog : public QDialog {
    Q_OBJECT
public:
    GuarantorRepayDialog(Session& session, const Loan& loan, QWidget* parent = nullptr);

    void chooseGuarantor(MemberId guarantor);
    void setAmountText(const QString& text);
    QString amountText() const;
    QString problems() const;
    MemberId guarantor() const;
    std::int64_t amount() const { return m_amount; }

public slots:
    void repay();

private:
    void guarantorChosen();

    Session& m_session;
    Loan m_loan;
    std::vector<GuarantorDebt> m_debts;
    FieldProblems m_problems;
    QComboBox* m_guarantor;
    QLineEdit* m_amountEdit;
    QLabel* m_general;
    std::int64_t m_amount = 0;
};

} // namespace tontine::ui
