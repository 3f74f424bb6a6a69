#include "ui/dialogs/grant_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/rotation_labels.h"
#include "ui/social_labels.h"
#include "ui/widgets/approver_list.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

GrantDialog::GrantDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Pay a grant from the social fund"));
    const Currency& c = session.currency();
    const SocialRules rules = session.book().socialRules();
    const std::vector<Member> active = session.book().members(MemberQuery{{}, false});

    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("event"));
    m_event->setAccessibleName(tr("Event"));
    // Only events the rules give a grant for: the others would only be refused.
    for (SocialEvent e : allSocialEvents()) {
        const SocialEventRule* rule = rules.ruleFor(e);
        if (rule && rule->amount > 0)
            m_event->addItem(socialEventLabel(e), int(e));
    }
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("eventRule"));

    m_beneficiary = new QComboBox(this);
    m_beneficiary->setObjectName(QStringLiteral("beneficiary"));
    m_beneficiary->setAccessibleName(tr("Beneficiary"));
    for (const Member& m : active)
        m_beneficiary->addItem(QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())), QVariant::fromValue<qlonglong>(m.id));

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(new QLabel(toQt(c.symbol), amountRow));
    amountLayout->addWidget(m_rule, 1);
    amountRow->setFocusProxy(m_amount);

    m_approvers = new ApproverList(active, this);
    m_approvers->setObjectName(QStringLiteral("approvers"));
    m_approvalsLine = new QLabel(this);
    m_approvalsLine->setObjectName(QStringLiteral("approvalsLine"));
    m_unticked = new QLabel(this);
    m_unticked->setWordWrap(true);
    m_unticked->setVisible(false);
    auto* approversBox = new QWidget(this);
    auto* approversLayout = new QVBoxLayout(approversBox);
    approversLayout->setContentsMargins(0, 0, 0, 0);
    approversLayout->addWidget(m_approvalsLine);
    approversLayout->addWidget(m_approvers);
    approversLayout->addWidget(m_unticked);
    approversBox->setFocusProxy(m_approvers);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("e.g. hospital in Thiès, funeral of her mother"));

    const SocialFundPosition fund = session.book().socialFund();
    m_fund = new QLabel(this);
    m_fund->setObjectName(QStringLiteral("fundLine"));
    m_fund->setWordWrap(true);
    QString fundText = tr("Available in the social fund: <b>%1</b> (balance %2, lent out %3).")
                           .arg(moneyText(fund.available(), c), moneyText(fund.balance, c), moneyText(fund.lentOut, c));
    if (!session.book().currentMeeting())
        fundText += QStringLiteral("<br>") + tr("No meeting is open: a grant is paid at an open meeting (Meetings page).");
    m_fund->setText(fundText);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* editor, QWidget* shown, const QString& field) {
        m_problems.addRow(form, label, editor, shown, field, this);
    };
    addRow(tr("&Event:"), m_event, nullptr, QStringLiteral("event"));
    addRow(tr("&Beneficiary:"), m_beneficiary, nullptr, QStringLiteral("beneficiary"));
    addRow(tr("&Amount:"), m_amount, amountRow, QStringLiteral("amount"));
    addRow(tr("A&pproved by:"), m_approvers, approversBox, QStringLiteral("approvers"));
    addRow(tr("&Note:"), m_note, nullptr, QStringLiteral("note"));

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("grantProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Pay the grant"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setDefault(true);
    connect(m_record, &QPushButton::clicked, this, &GrantDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fund);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 42);

    connect(m_event, &QComboBox::currentIndexChanged, this, &GrantDialog::eventChosen);
    connect(m_beneficiary, &QComboBox::currentIndexChanged, this, &GrantDialog::beneficiaryChosen);
    connect(m_approvers, &ApproverList::approversChanged, this, &GrantDialog::updateApprovals);
    if (m_event->count() == 0) {
        m_rule->setText(tr("The rules give no grant for any event: set the events with Edit rules… first."));
        m_record->setEnabled(false);
    }
    eventChosen();
    beneficiaryChosen();
}

void GrantDialog::eventChosen()
{
    if (m_event->count() == 0)
        return;
    const Currency& c = m_session.currency();
    const SocialRules rules = m_session.book().socialRules();
    const SocialEventRule* rule = rules.ruleFor(SocialEvent(m_event->currentData().toInt()));
    m_rule->setText(eventRuleText(rule, c));
    // The rule's amount is the usual grant: exact when fixed, the most it can be otherwise.
    m_amount->setText(rule ? plainMoneyText(rule->amount, c) : QString());
    m_amount->setReadOnly(rule && rule->fixed);
    m_amount->setToolTip(rule && rule->fixed ? tr("A fixed grant is always this amount.")
                                             : tr("Any amount up to the ceiling."));
}

void GrantDialog::beneficiaryChosen()
{
    const MemberId who = m_beneficiary->currentData().toLongLong();
    const std::vector<MemberId> before = m_approvers->approvers();
    m_approvers->setExcluded(who > 0 ? std::optional<MemberId>(who) : std::nullopt);
    // Say it when a tick disappears, rather than dropping an approval silently.
    const bool wasTicked = std::find(before.begin(), before.end(), who) != before.end();
    m_unticked->setText(wasTicked ? tr("%1 was unticked: nobody approves their own grant.").arg(m_beneficiary->currentText())
                                  : QString());
    m_unticked->setVisible(wasTicked);
}

void GrantDialog::updateApprovals()
{
    const int required = m_session.book().socialRules().approvalsRequired;
    const int ticked = int(m_approvers->approvers().size());
    m_approvalsLine->setText(tr("Ticked %1 of the %2 approval(s) the rules require.").arg(ticked).arg(required));
}

void GrantDialog::chooseEvent(SocialEvent event) { m_event->setCurrentIndex(m_event->findData(int(event))); }

void GrantDialog::chooseBeneficiary(MemberId member)
{
    m_beneficiary->setCurrentIndex(m_beneficiary->findData(QVariant::fromValue<qlonglong>(member)));
}

void GrantDialog::setAmountText(const QString& text) { m_amount->setText(text); }
QString GrantDialog::amountText() const { return m_amount->text(); }
void GrantDialog::setApprovers(const std::vector<MemberId>& members) { m_approvers->setApprovers(members); }
void GrantDialog::setNote(const QString& note) { m_note->setText(note); }
QString GrantDialog::ruleText() const { return m_rule->text(); }
QString GrantDialog::approvalsText() const { return m_approvalsLine->text(); }
bool GrantDialog::canRecord() const { return m_record->isEnabled(); }

QString GrantDialog::problems() const
{
    return m_problems.allText({"event", "beneficiary", "amount", "approvers", "note"}, m_general);
}

void GrantDialog::record()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<std::int64_t> amount = amountFromText(m_amount->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 25000."));
        m_amount->setFocus();
        return;
    }
    SocialGrant grant;
    grant.event = SocialEvent(m_event->currentData().toInt());
    grant.beneficiary = m_beneficiary->currentData().toLongLong();
    grant.amount = *amount;
    grant.date = m_session.actor().date;
    grant.note = toStd(m_note->text().trimmed());
    grant.approvers = m_approvers->approvers();
    const bool done = m_problems.attempt(m_general, [&] {
        grant.id = m_session.book().recordGrant(grant, m_session.actor());
    });
    if (!done)
        return;
    m_grant = grant;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
