#pragma once
// A rotation's money rules as a form: late fine (none, fixed or percentage; once or per
// period late), what a payout does with missing contributions, what a leaver gets back, and
// the organiser's commission (none, fixed or percentage; from the winner or the pot).
// It only collects choices; core checks them.

#include "core/rotation/rotation_spec.h"
#include "ui/widgets/field_problems.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace tontine::ui {

class MoneyRulesForm : public QWidget {
    Q_OBJECT
public:
    explicit MoneyRulesForm(const Currency& currency, QWidget* parent = nullptr);
    // Puts the rules into `spec`; false (with the problem shown) when an amount is unreadable.
    bool apply(RotationSpec& spec, FieldProblems& problems) const;
    // Registers this form's fields (lateFine, shortfall, leaverRefund, commission).
    void addProblemSlots(FieldProblems& problems);

private:
    void updateEnabled();

    const Currency& m_currency;
    QComboBox* m_fineKind;
    QLineEdit* m_fineAmount;
    QComboBox* m_finePeriod;
    QComboBox* m_shortfall;
    QComboBox* m_leaver;
    QComboBox* m_commissionKind;
    QLineEdit* m_commissionAmount;
    QComboBox* m_commissionSource;
    QLabel* m_fineProblem;
    QLabel* m_shortfallProblem;
    QLabel* m_leaverProblem;
    QLabel* m_commissionProblem;
};

} // namespace tontine::ui
