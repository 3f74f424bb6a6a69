#pragma once
// How a new rotation's beneficiaries are chosen: a fixed list the person orders, a draw
// from a seed (prefilled with a generated one the person may change, with the order it
// gives), or an auction with its discount rule and minimum bid. It only collects choices.

#include "core/rotation/rotation_spec.h"
#include "ui/widgets/field_problems.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace tontine::ui {

class HandOrderList;

class OrderMethodForm : public QWidget {
    Q_OBJECT
public:
    explicit OrderMethodForm(const Currency& currency, QWidget* parent = nullptr);
    // The hands as they are now: the fixed list keeps the order of hands already placed.
    void setHands(const QHash<HandNumber, QString>& labels, int handCount);
    void setMethod(OrderMethod method);
    OrderMethod method() const;
    // Puts the choices into `spec`; false (with the problem shown) when an amount is unreadable.
    bool apply(RotationSpec& spec, FieldProblems& problems) const;
    // Registers this form's fields (fixedOrder, drawSeed, discountRule, minimumBid).
    void addProblemSlots(FieldProblems& problems);
    HandOrderList* orderList() const { return m_order; }
    QLineEdit* seed() const { return m_seed; }
    static QString generatedSeed();

private:
    void showPreview();

    const Currency& m_currency;
    QButtonGroup* m_method;
    QStackedWidget* m_pages;
    HandOrderList* m_order;
    QLineEdit* m_seed;
    QLabel* m_preview;
    QComboBox* m_discountRule;
    QLineEdit* m_minimumBid;
    QLabel* m_orderProblem;
    QLabel* m_seedProblem;
    QLabel* m_ruleProblem;
    QLabel* m_minimumProblem;
    int m_handCount = 0;
};

} // namespace tontine::ui
