#pragma once
// The group's choices for a share-out: the rule (standard or time-weighted), the basis (the
// books, or the cash counted in the box, with the counted amount) and what is kept back, with
// why. It reads what is typed and says when an amount cannot be read; core judges the rest.

#include "core/money/currency.h"
#include "core/savings/share_out_plan.h"
#include "ui/widgets/field_problems.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace tontine::ui {

class ShareOutOptionsForm : public QGroupBox {
    Q_OBJECT
public:
    ShareOutOptionsForm(const Currency& currency, QWidget* parent = nullptr);
    // The options typed (no reinvested parts); unreadable amounts are left out: check readable().
    ShareOutOptions options() const;
    // Shows a problem beside each amount that cannot be read; true when all can.
    bool readable();
    // The choices a committed share-out was made with, for showing it.
    void showChoices(const ShareOutPlan& plan);

    void setRule(ShareOutRule rule);
    void setBasis(ShareOutBasis basis);
    void setCountedCash(const QString& text);
    void setKeptBack(const QString& amount, const QString& note);
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }

signals:
    // A choice changed (a combo chosen, or an amount typed and left).
    void changed();

private:
    void updateEnabled();

    const Currency& m_currency;
    FieldProblems m_problems;
    QComboBox* m_rule;
    QComboBox* m_basis;
    QLineEdit* m_counted;
    QLineEdit* m_keptBack;
    QLineEdit* m_keptBackNote;
};

} // namespace tontine::ui
