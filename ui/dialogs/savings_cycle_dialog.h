#pragma once
// "New savings cycle": the cycle's name, start (the open meeting's date, or today) and end
// (a year later by default), the share price fixed for the cycle, the shares a member may buy
// per meeting, whether voluntary savings and withdrawals are allowed, and what a loan does at
// share-out. Core's validateSavingsCycle and Book::createSavingsCycle decide; their problems
// are shown next to the fields and nothing is created.

#include "core/savings/savings_cycle.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tontine::ui {

class Session;

class SavingsCycleDialog : public QDialog {
    Q_OBJECT
public:
    explicit SavingsCycleDialog(Session& session, QWidget* parent = nullptr);
    // The cycle created (0 until accepted).
    SavingsCycleId createdId() const { return m_created; }
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    QString generalProblem() const;

public slots:
    void accept() override;

private:
    void growToFit();
    // The cycle as typed; false (with the problem shown) when the share price is unreadable.
    bool buildCycle(SavingsCycle& cycle);

    Session& m_session;
    FieldProblems m_problems;
    SavingsCycleId m_created = 0;
    bool m_endEdited = false; // once the end is chosen by hand, a new start no longer moves it
    QLineEdit* m_name;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLineEdit* m_price;
    QSpinBox* m_minShares;
    QSpinBox* m_maxShares;
    QCheckBox* m_voluntary;
    QCheckBox* m_withdrawals;
    QComboBox* m_loanRule;
    QLabel* m_general;
};

} // namespace tontine::ui
