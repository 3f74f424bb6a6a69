#pragma once
// "Reschedule…": a new schedule for what remains of a loan — a term or custom lines, the
// method, a top-up when the product allows one, the committee's approvals and a reason —
// with a live preview of the whole new schedule by the engine's own rescheduling rule.
// Book::rescheduleLoan decides; its refusals are shown with core's message.

#include "core/loans/loan_views.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace tontine::ui {

class ApprovalsBox;
class CustomLinesEditor;
class LoanScheduleModel;
class Session;

class RescheduleDialog : public QDialog {
    Q_OBJECT
public:
    RescheduleDialog(Session& session, const Loan& loan, QWidget* parent = nullptr);

    void setTerm(int months);
    void setMethod(LoanMethod method);
    void setCustomLines(const std::vector<CustomInstalment>& lines);
    void setTopUpText(const QString& text);
    void setApprovers(const std::vector<MemberId>& members);
    void setReason(const QString& reason);
    LoanScheduleModel* previewModel() const { return m_preview; }
    QString previewProblems() const;
    QString problems() const;

public slots:
    void reschedule();

private:
    // The request as typed; nullopt (with the problem shown) when a field is not readable.
    std::optional<RescheduleRequest> request(bool show);
    void updatePreview();

    Session& m_session;
    Loan m_loan;
    LoanPosition m_position;
    FieldProblems m_problems;
    QSpinBox* m_term;
    QComboBox* m_method;
    CustomLinesEditor* m_custom;
    QLineEdit* m_topUp;
    ApprovalsBox* m_approvals;
    QLineEdit* m_reason;
    LoanScheduleModel* m_preview;
    QTableView* m_previewView;
    QLabel* m_previewProblems;
    QLabel* m_general;
};

} // namespace tontine::ui
