#pragma once
// "Add product…" / "Edit product…" under Settings → Loans: every field of a loan product —
// name, interest per month as a percentage (two decimals at most, kept as exact basis points),
// schedule method, shortest and longest term, largest loan as a percentage of savings and as
// an amount, guarantors and their pledge, the penalty on late instalments, top-ups, active.
// Book::saveLoanProduct decides; its problems are shown next to the fields, nothing is saved.

#include "core/loans/loan_product.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tontine::ui {

class Session;

class LoanProductDialog : public QDialog {
    Q_OBJECT
public:
    // `id` 0: a new product with core's defaults; otherwise that product, to edit.
    explicit LoanProductDialog(Session& session, LoanProductId id = 0, QWidget* parent = nullptr);

    LoanProductId savedId() const { return m_saved; }
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    QString generalProblem() const;
    // Every problem shown, one per line; empty when none.
    QString problems() const;
    // The product as typed; nullopt (with the problem shown) when a number cannot be read.
    std::optional<LoanProduct> typedProduct();
    // Testing hooks: the fields as a person types them.
    void setName(const QString& name);
    void setRateText(const QString& percent);
    void setMethod(LoanMethod method);
    void setTerms(int minMonths, int maxMonths);
    void setSavingsMultiple(int percent);
    void setMaxAmountText(const QString& amount);
    void setGuarantors(int count, const QString& pledgePercent);
    void setPenalty(PenaltyRule::Kind kind, const QString& amountOrPercent, bool perPeriod, int periodDays, int graceDays);
    void setTopUp(bool allowed, int minRepaidPercent);
    void setActive(bool active);

public slots:
    void accept() override;

private:
    void load(const LoanProduct& product);
    void updateEnabled();
    QLineEdit* numberEdit(const QString& name, int digits);
    QSpinBox* spinBox(const QString& name, int min, int max);

    Session& m_session;
    FieldProblems m_problems;
    LoanProductId m_id = 0;
    LoanProductId m_saved = 0;
    QLineEdit* m_name;
    QLineEdit* m_rate;
    QComboBox* m_method;
    QSpinBox* m_minTerm;
    QSpinBox* m_maxTerm;
    QSpinBox* m_multiple;
    QLineEdit* m_maxAmount;
    QSpinBox* m_guarantors;
    QLineEdit* m_pledge;
    QComboBox* m_penaltyKind;
    QLineEdit* m_penaltyAmount;
    QLineEdit* m_penaltyPercent;
    QComboBox* m_penaltyRepeat;
    QSpinBox* m_periodDays;
    QSpinBox* m_graceDays;
    QCheckBox* m_topUp;
    QSpinBox* m_topUpPercent;
    QCheckBox* m_active;
    QLabel* m_general;
};

} // namespace tontine::ui
