#pragma once
// The fixed order of a rotation's hands as a list the person reorders with "Up"/"Down"
// (Ctrl+Up/Down). Hands marked as locked (they have received) keep their place; the list
// never decides whether an order is allowed — Book does.

#include "core/rotation/rotation_spec.h"

#include <QHash>
#include <QWidget>

#include <set>
#include <vector>

class QListWidget;
class QPushButton;

namespace tontine::ui {

class HandOrderList : public QWidget {
    Q_OBJECT
public:
    explicit HandOrderList(QWidget* parent = nullptr);
    // Shows `order`; each hand's text comes from `labels` (by hand number).
    void setOrder(const std::vector<HandNumber>& order, const QHash<HandNumber, QString>& labels,
                  const std::set<HandNumber>& locked = {});
    std::vector<HandNumber> order() const;
    // Moves the hand at `row` one place up (-1) or down (+1); false when it cannot move.
    bool move(int row, int step);
    QListWidget* list() const { return m_list; }

signals:
    void orderChanged();

private:
    bool isLocked(int row) const;
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace tontine::ui
