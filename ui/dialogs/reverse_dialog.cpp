#include "ui/dialogs/reverse_dialog.h"

#include "ui/widgets/field_problems.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

ReverseDialog::ReverseDialog(const QString& entryText, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Reverse an entry"));
    auto* intro = new QLabel(tr("A reversal entry will cancel:<br><b>%1</b><br>"
                                "The original stays in the journal; both are kept for the record.")
                                 .arg(entryText.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. amount typed twice"));
    m_problem = FieldProblems::makeLabel(this);
    auto* caption = new QLabel(tr("&Reason:"), this);
    caption->setBuddy(m_reason);
    auto* form = new QFormLayout;
    form->addRow(caption, FieldProblems::wrap(m_reason, m_problem));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reverse"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReverseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString ReverseDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReverseDialog::accept()
{
    if (reason().isEmpty()) {
        m_problem->setText(QStringLiteral("⚠ ") + tr("Say why this entry is reversed."));
        m_problem->setVisible(true);
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tontine::ui
