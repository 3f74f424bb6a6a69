#pragma once
// Adds an operator (a named person who records things) with a role, through Book::addOperator,
// showing core's problems next to the fields.

#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace tontine::ui {

class Session;

class OperatorDialog : public QDialog {
    Q_OBJECT
public:
    explicit OperatorDialog(Session& session, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_general;
    FieldProblems m_problems;
};

} // namespace tontine::ui
