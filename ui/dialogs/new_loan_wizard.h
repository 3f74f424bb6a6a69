#pragma once
// "New loan…": the borrower, product, amount, term (or the custom dates and principal of a
// harvest loan) and purpose; the guarantors and their pledges; a review. Beside every page, a
// live preview from Book::previewLoan: the schedule (no., date, principal, interest, total,
// totals) and the limits checked (the borrower's savings and loan limit, each guarantor's
// savings, pledges held and room left), with core's problems listed and, once a page has been
// checked, shown next to their fields. Finish runs Book::requestLoan; a refusal is shown, the
// wizard goes back to the first page concerned and nothing typed is lost. It decides nothing.

#include "core/loans/loan.h"
#include "core/loans/loan_views.h"
#include "ui/widgets/field_problems.h"

#include <QWizard>

#include <map>
#include <set>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QFormLayout;
class QVBoxLayout;

namespace tontine::ui {

class CustomLinesEditor;
class GuarantorRows;
class SchedulePreviewModel;
class Session;

class NewLoanWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { LoanPage, GuarantorsPage, ReviewPage };

    NewLoanWizard(Session& session, QWidget* parent = nullptr);

    // The loan requested (0 until accepted).
    LoanId requestedLoan() const { return m_requested; }

    // Testing and keyboard hooks: what a person would choose or type.
    void chooseBorrower(MemberId member);
    void chooseProduct(LoanProductId product);
    void setAmountText(const QString& text);
    void setTermMonths(int months);
    void setPurpose(const QString& purpose);
    void setGuarantor(int row, MemberId member, const QString& pledge = {});
    CustomLinesEditor* customLines() const { return m_custom; }
    GuarantorRows* guarantorRows() const { return m_guarantors; }
    int termMonths() const;
    bool termShown() const;
    // The live preview: schedule, limits, every problem core lists (one per line).
    SchedulePreviewModel* scheduleModel() const { return m_schedule; }
    const LoanPreview& preview() const { return m_preview; }
    QString limitsText() const;
    QString problems() const;
    // The problem shown next to a field ("principal", "guarantors", …), empty when none.
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    QString reviewText() const;
    // The request as typed (what Finish sends); false when an amount cannot be read.
    bool buildRequest(LoanRequest& request) const;

public slots:
    // Checks everything again and shows the preview (called as fields change).
    void refreshPreview();
    // What Finish does: Book::requestLoan; true (and accepted) when core took it.
    bool request();

private:
    QWizardPage* makeLoanPage();
    QWizardPage* makeGuarantorsPage();
    QWizardPage* makeReviewPage();
    QWidget* makePreviewPanel();
    QVBoxLayout* splitPage(QWizardPage* page, PageId id);
    void showPanelOn(int id);
    void productChosen();
    void borrowerChosen();
    // Shows the problems of pages checked so far next to their fields; true when `page` has none.
    bool showInline(int page);
    bool checkPage(int page);
    static int pageOf(const std::string& field);
    void updateReview();
    std::optional<LoanProduct> currentProduct() const;

    Session& m_session;
    FieldProblems m_problems;
    std::vector<LoanProduct> m_products;
    LoanPreview m_preview;
    Problems m_typing;            // the form's own: amounts that cannot be read
    std::set<int> m_checked;      // pages whose Next (or Finish) was pressed
    bool m_refreshing = false;
    LoanId m_requested = 0;

    QComboBox* m_borrower = nullptr;
    QComboBox* m_product = nullptr;
    QLabel* m_productTerms = nullptr;
    QLineEdit* m_amount = nullptr;
    QSpinBox* m_term = nullptr;
    QLabel* m_termRange = nullptr;
    CustomLinesEditor* m_custom = nullptr;
    QFormLayout* m_loanForm = nullptr;
    QWidget* m_termRow = nullptr;
    QWidget* m_customRow = nullptr;
    QComboBox* m_purpose = nullptr;
    GuarantorRows* m_guarantors = nullptr;
    QLabel* m_guarantorsHint = nullptr;
    QLabel* m_unticked = nullptr;
    QLabel* m_review = nullptr;
    QLabel* m_general = nullptr;

    QWidget* m_panel = nullptr;
    std::map<int, QVBoxLayout*> m_holders;
    SchedulePreviewModel* m_schedule = nullptr;
    QTableView* m_scheduleView = nullptr;
    QLabel* m_scheduleNote = nullptr;
    QLabel* m_limits = nullptr;
    QLabel* m_list = nullptr;
};

} // namespace tontine::ui
