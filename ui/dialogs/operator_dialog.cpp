#include "ui/dialogs/operator_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

OperatorDialog::OperatorDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Add an operator"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Operator name"));
    m_name->setPlaceholderText(tr("e.g. Awa Diop"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setAccessibleName(tr("Role"));
    for (const QString& code : roleCodes())
        m_role->addItem(roleLabel(toStd(code)), code);

    auto* nameProblem = FieldProblems::makeLabel(this);
    auto* roleProblem = FieldProblems::makeLabel(this);
    m_problems.add(QStringLiteral("name"), m_name, nameProblem);
    m_problems.add(QStringLiteral("role"), m_role, roleProblem);
    m_general = FieldProblems::makeLabel(this);

    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto* roleLabelW = new QLabel(tr("&Role:"), this);
    roleLabelW->setBuddy(m_role);
    auto* form = new QFormLayout;
    form->addRow(nameLabel, FieldProblems::wrap(m_name, nameProblem));
    form->addRow(roleLabelW, FieldProblems::wrap(m_role, roleProblem));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add operator"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void OperatorDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    if (m_name->text().trimmed().isEmpty()) {
        m_problems.showOne(QStringLiteral("name"), tr("Give the operator's name."));
        m_name->setFocus();
        return;
    }
    const bool done = m_problems.attempt(m_general, [&] {
        m_session.book().addOperator(toStd(m_name->text().trimmed()),
                                     toStd(m_role->currentData().toString()), m_session.actor());
    });
    if (!done)
        return;
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
