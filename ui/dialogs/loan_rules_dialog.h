#pragma once
// "Loan rules…" under Settings → Loans: the loan committee (members ticked; none ticked means
// any member may approve), how many approvals a loan decision needs, how late a borrower may
// be and still borrow, and how much of a guarantor's savings may stand behind others' loans.
// Book::setLoanRules decides; its problems are shown next to the fields, nothing is saved.

#include "core/loans/loan_product.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QSpinBox;

namespace tontine::ui {

class ApproverList;
class Session;

class LoanRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoanRulesDialog(Session& session, QWidget* parent = nullptr);

    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    QString generalProblem() const;
    LoanRules typedRules() const;
    void setCommittee(const std::vector<MemberId>& members);
    void setApprovalsRequired(int count);
    void setMaxDaysLate(int days);
    void setExposurePercent(int percent);

public slots:
    void accept() override;

private:
    Session& m_session;
    FieldProblems m_problems;
    ApproverList* m_committee;
    QSpinBox* m_approvals;
    QSpinBox* m_daysLate;
    QSpinBox* m_exposure;
    QLabel* m_general;
};

} // namespace tontine::ui
