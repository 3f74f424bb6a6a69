#pragma once
// The committee's decisions on a loan, one dialog for each: "Approve…" (approvals added to
// those given before), "Cancel…" (a reason), "Declare default…" (approvals and a reason) and
// "Write off…" (approvals). Book decides (approveLoan, cancelLoan, declareDefault,
// writeOffLoan); its refusals are shown with core's message next to the field they name.

#include "core/loans/loan.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class ApprovalsBox;
class Session;

class LoanDecisionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Approve, Cancel, Default, WriteOff };

    LoanDecisionDialog(Session& session, const Loan& loan, Kind kind, QWidget* parent = nullptr);

    void setApprovers(const std::vector<MemberId>& members);
    void setReason(const QString& reason);
    ApprovalsBox* approvalsBox() const { return m_approvals; }
    QString explanationText() const;
    // Every problem shown (next to fields and below), one per line; empty when none.
    QString problems() const;

public slots:
    void decide();

private:
    Session& m_session;
    Loan m_loan;
    Kind m_kind;
    FieldProblems m_problems;
    QLabel* m_explanation;
    ApprovalsBox* m_approvals = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_general;
    QPushButton* m_ok;
};

} // namespace tontine::ui
