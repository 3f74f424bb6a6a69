#pragma once
// The Loans page: the fund's joint-guarantee loans (open ones or all: number, borrower,
// product, purpose, principal, outstanding, due today, lateness in words, status), "New
// loan…" (NewLoanWizard), a loan opened in full with Enter or "Open…" (LoanDetailDialog,
// where every action is); the portfolio
// (outstanding, arrears ageing, PAR30, per purpose, guarantees committed); and the group
// guarantees with Create…/Release/Call…. No loan rule lives here: every figure is core's.

#include "core/loans/loan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tontine::ui {

class GuaranteesPanel;
class LoansTableModel;
class PortfolioView;
class Session;

class LoansPage : public QWidget {
    Q_OBJECT
public:
    explicit LoansPage(Session& session, QWidget* parent = nullptr);
    LoansTableModel* loansModel() const { return m_loans; }
    PortfolioView* portfolioView() const { return m_portfolio; }
    GuaranteesPanel* guaranteesPanel() const { return m_guarantees; }
    QTabWidget* tabs() const { return m_tabs; }
    QString summaryText() const;
    QString statusText() const;
    void setShowAll(bool all);
    void selectLoan(LoanId id);
    LoanId currentLoan() const;

public slots:
    void reload();
    // Opens the chosen loan in full (modal).
    void openLoan();
    // "New loan…": the new-loan wizard; the loan requested is then chosen in the list.
    void newLoan();

private:
    void updateActions();
    void setStatus(const QString& text, bool problem = false);

    Session& m_session;
    LoansTableModel* m_loans;
    QLabel* m_summary;
    QLabel* m_status;
    QLabel* m_meetingHint;
    QPushButton* m_new;
    QPushButton* m_open;
    QComboBox* m_filter;
    QTableView* m_loansView;
    PortfolioView* m_portfolio;
    GuaranteesPanel* m_guarantees;
    QTabWidget* m_tabs;
};

} // namespace tontine::ui
