#pragma once
// "New rotation": basics (name, contribution per hand, start, every k-th meeting,
// beneficiaries per round), hands, order method, money rules. Each page's Next shows core's
// problems for that page's fields; Finish runs Book::createRotation and, when Book refuses,
// shows each problem beside its field, goes back to the first page concerned and stays open.

#include "core/rotation/rotation_spec.h"
#include "ui/widgets/field_problems.h"

#include <QWizard>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace tontine::ui {

class HandsEditor;
class MoneyRulesForm;
class OrderMethodForm;
class Session;

class RotationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { BasicsPage, HandsPage, OrderPage, RulesPage };

    explicit RotationWizard(Session& session, QWidget* parent = nullptr);

    RotationId createdId() const { return m_created; }
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    QString generalProblem() const;
    HandsEditor* hands() const { return m_hands; }
    OrderMethodForm* order() const { return m_order; }
    // The definition as typed so far; false (problems shown) when an amount is unreadable.
    bool buildSpec(RotationSpec& spec);

private:
    QWizardPage* makeBasicsPage();
    QWizardPage* makeHandsPage();
    QWizardPage* makeOrderPage();
    QWizardPage* makeRulesPage();
    // Shows core's problems with the fields of `page`; true when there are none.
    bool checkPage(PageId page);
    bool create();
    static PageId pageOf(const std::string& field);

    Session& m_session;
    FieldProblems m_problems;
    RotationId m_created = 0;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_contribution = nullptr;
    QDateEdit* m_start = nullptr;
    QSpinBox* m_everyKth = nullptr;
    QSpinBox* m_beneficiaries = nullptr;
    HandsEditor* m_hands = nullptr;
    QLabel* m_handsProblem = nullptr;
    OrderMethodForm* m_order = nullptr;
    MoneyRulesForm* m_rules = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace tontine::ui
