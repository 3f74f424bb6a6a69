#pragma once
// One loan in full, opened from the Loans page: its terms, status and position today
// (outstanding, due today, payoff, days late), the schedule with what was paid and is left,
// the payments, the guarantors with their pledges and what is still held, the approvals, the
// debts to guarantors after a recovery, and every schedule version. The actions that fit the
// loan's status are enabled; the others say why not. Every decision is Book's.

#include "core/loans/loan.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tontine::ui {

class LoanHistoryModel;
class LoanScheduleModel;
class Session;

class LoanDetailDialog : public QDialog {
    Q_OBJECT
public:
    LoanDetailDialog(Session& session, LoanId id, QWidget* parent = nullptr);

    LoanId loanId() const { return m_id; }
    const std::optional<Loan>& loan() const { return m_loan; }
    LoanScheduleModel* scheduleModel() const { return m_schedule; }
    LoanHistoryModel* historyModel() const { return m_history; }
    LoanScheduleModel* versionModel() const { return m_version; }
    QString termsText() const;
    QString positionText() const;
    QString guarantorsText() const;
    QString statusText() const;
    // What "Recover from guarantors" asks before it takes anything.
    QString recoveryConfirmationText() const;
    QPushButton* button(const QString& name) const;

public slots:
    void reload();
    void approve();
    void cancelLoan();
    void disburse();
    void repay();
    void reschedule();
    void declareDefault();
    void recover();
    void writeOff();
    void repayGuarantor();
    // Preview, print or save the current schedule with what was paid (once paid out).
    void printSchedule();

private:
    QPushButton* addButton(QWidget* row, const QString& name, const QString& text, void (LoanDetailDialog::*slot)());
    void updateActions();
    void showVersion();
    void setStatus(const QString& text, bool problem = false);
    QString guarantorsHtml() const;

    Session& m_session;
    LoanId m_id;
    std::optional<Loan> m_loan;
    std::optional<LoanPosition> m_position;
    LoanScheduleModel* m_schedule;
    LoanHistoryModel* m_history;
    LoanScheduleModel* m_version;
    QLabel* m_terms;
    QLabel* m_positionLine;
    QLabel* m_guarantors;
    QLabel* m_meetingHint;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QTableView* m_scheduleView;
    QTableView* m_historyView;
    QTableView* m_versionView;
    QComboBox* m_versions;
    QPushButton* m_print;
    QPushButton* m_approve;
    QPushButton* m_cancel;
    QPushButton* m_disburse;
    QPushButton* m_repay;
    QPushButton* m_reschedule;
    QPushButton* m_default;
    QPushButton* m_recover;
    QPushButton* m_writeOff;
    QPushButton* m_repayGuarantor;
};

} // namespace tontine::ui
