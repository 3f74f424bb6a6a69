#include "ui/dialogs/remit_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

RemitDialog::RemitDialog(Session& session, PartnerId partner, QWidget* parent)
    : QDialog(parent), m_session(session), m_partner(session.book().partner(partner).value_or(Partner{}))
{
    setWindowTitle(tr("Remit premiums to %1").arg(toQt(m_partner.name)));
    const Currency& c = session.currency();
    PremiumsHeld held;
    for (const PremiumsHeld& h : session.book().premiumsHeld())
        if (h.partner == m_partner.id)
            held = h;

    m_held = new QLabel(this);
    m_held->setObjectName(QStringLiteral("heldLine"));
    m_held->setWordWrap(true);
    QString heldText = tr("Held for %1: <b>%2</b> — collected %3, remitted %4.")
                           .arg(toQt(m_partner.name).toHtmlEscaped(), moneyText(held.held(), c),
                                moneyText(held.collected, c), moneyText(held.remitted, c));
    const std::optional<Meeting> meeting = session.book().currentMeeting();
    heldText += QStringLiteral("<br>") + (meeting && meeting->date == session.actor().date
                                              ? tr("Paid out of the cash of the open meeting of %1.").arg(dateText(meeting->date))
                                              : tr("Paid out of the cash box on %1, outside a meeting.")
                                                    .arg(dateText(session.actor().date)));
    m_held->setText(heldText);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_amount->setText(plainMoneyText(held.held(), c));
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(new QLabel(toQt(c.symbol), amountRow));
    amountLayout->addStretch(1);
    amountRow->setFocusProxy(m_amount);

    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("mutualReceipt"));
    m_receipt->setAccessibleName(tr("The mutual's receipt number"));
    m_receipt->setPlaceholderText(tr("As written on the mutual's receipt"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("e.g. paid at the mutual's office in Thiès"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& caption, QWidget* editor, QWidget* shown, const char* field) {
        m_problems.addRow(form, caption, editor, shown, QLatin1String(field), this);
    };
    addRow(tr("&Amount:"), m_amount, amountRow, "amount");
    addRow(tr("The mutual's recei&pt number:"), m_receipt, nullptr, "mutualReceipt");
    addRow(tr("&Note:"), m_note, nullptr, "note");

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("remitProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record the remittance"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setDefault(true);
    m_record->setEnabled(m_partner.id != 0);
    connect(m_record, &QPushButton::clicked, this, &RemitDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_held);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 46);
    m_receipt->setFocus();
}

void RemitDialog::setAmountText(const QString& text) { m_amount->setText(text); }
QString RemitDialog::amountText() const { return m_amount->text(); }
void RemitDialog::setReceipt(const QString& receipt) { m_receipt->setText(receipt); }
void RemitDialog::setNote(const QString& note) { m_note->setText(note); }
QString RemitDialog::heldText() const { return m_held->text(); }

QString RemitDialog::problems() const { return m_problems.allText({"amount", "mutualReceipt", "note"}, m_general); }

void RemitDialog::record()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<std::int64_t> amount = amountFromText(m_amount->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 45000."));
        m_amount->setFocus();
        return;
    }
    const bool done = m_problems.attempt(m_general, [&] {
        m_recorded = m_session.book().remitPremiums(m_partner.id, *amount, toStd(m_receipt->text().trimmed()),
                                                    toStd(m_note->text().trimmed()), m_session.actor());
    });
    if (!done)
        return;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
