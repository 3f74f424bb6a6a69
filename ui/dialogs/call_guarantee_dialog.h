#pragma once
// "Call…" on a group guarantee: the supplier was not paid, so the group pays at the open
// meeting and the amount becomes a loan to the member on a product's terms (a term, or custom
// lines for a custom product). Book::callGuarantee decides; refusals show core's message.

#include "core/loans/loan.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tontine::ui {

class CustomLinesEditor;
class Session;

class CallGuaranteeDialog : public QDialog {
    Q_OBJECT
public:
    CallGuaranteeDialog(Session& session, const GroupGuarantee& guarantee, QWidget* parent = nullptr);

    void setAmountText(const QString& text);
    QString amountText() const;
    void chooseProduct(LoanProductId product);
    void setTerm(int months);
    void setCustomLines(const std::vector<CustomInstalment>& lines);
    QString problems() const;
    LoanId loan() const { return m_loan; }

public slots:
    void call();

private:
    void productChosen();

    Session& m_session;
    GroupGuarantee m_guarantee;
    std::vector<LoanProduct> m_products;
    FieldProblems m_problems;
    QLineEdit* m_amount;
    QComboBox* m_product;
    QLabel* m_productTerms;
    QSpinBox* m_term;
    CustomLinesEditor* m_custom;
    QLabel* m_general;
    LoanId m_loan = 0;
};

} // namespace tontine::ui
