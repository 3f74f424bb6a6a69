#pragma once
// "Edit order" of a fixed-order rotation: the hands in order, reordered with Up/Down; hands
// that have received are marked and keep their place. "Save" runs Book::editFixedOrder and
// shows its refusal, if any, without closing.

#include "core/rotation/rotation_spec.h"

#include <QDialog>

class QLabel;

namespace tontine::ui {

class HandOrderList;
class Session;

class EditOrderDialog : public QDialog {
    Q_OBJECT
public:
    EditOrderDialog(Session& session, RotationId rotation, QWidget* parent = nullptr);
    HandOrderList* orderList() const { return m_order; }
    QString problem() const;

public slots:
    void save();

private:
    Session& m_session;
    RotationId m_rotation;
    HandOrderList* m_order;
    QLabel* m_problem;
};

} // namespace tontine::ui
