#include "ui/dialogs/guarantee_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/loan_dialog_parts.h"
#include "ui/widgets/approver_list.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

GuaranteeDialog::GuaranteeDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Guarantee a member's purchase"));
    const Currency& c = session.currency();
    const Date today = session.actor().date;
    auto* explanation = new QLabel(tr("The group promises an outside supplier to pay for a member's purchase if the "
                                      "member does not. Nothing is paid now; if the guarantee is called, the amount "
                                      "becomes a loan to the member."),
                                   this);
    explanation->setWordWrap(true);

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setAccessibleName(tr("Member"));
    for (const Member& m : session.book().members(MemberQuery{{}, false}))
        m_member->addItem(QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())), QVariant::fromValue<qlonglong>(m.id));
    m_supplier = new QLineEdit(this);
    m_supplier->setObjectName(QStringLiteral("supplier"));
    m_supplier->setAccessibleName(tr("Supplier"));
    m_supplier->setPlaceholderText(tr("e.g. Coopérative agricole de Kaolack"));
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setPlaceholderText(tr("e.g. fertiliser for the rainy season"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(new QLabel(toQt(c.symbol), amountRow));
    amountLayout->addStretch();
    amountRow->setFocusProxy(m_amount);
    m_until = new QDateEdit(toQDate(today.addMonths(3)), this);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setAccessibleName(tr("Until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_approvalsHolder = new QWidget(this);
    new QVBoxLayout(m_approvalsHolder);
    m_approvalsHolder->layout()->setContentsMargins(0, 0, 0, 0);

    auto* form = new QFormLayout;
    m_problems.addRow(form, tr("&Member:"), m_member, nullptr, QStringLiteral("member"), this);
    m_problems.addRow(form, tr("&Supplier:"), m_supplier, nullptr, QStringLiteral("supplier"), this);
    m_problems.addRow(form, tr("P&urpose:"), m_purpose, nullptr, QStringLiteral("purpose"), this);
    m_problems.addRow(form, tr("&Amount:"), m_amount, amountRow, QStringLiteral("amount"), this);
    m_problems.addRow(form, tr("&Until:"), m_until, nullptr, QStringLiteral("until"), this);
    m_problems.addRow(form, tr("A&pproved by:"), m_approvalsHolder, nullptr, QStringLiteral("approvers"), this);

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("guaranteeProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Create the guarantee"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("create"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &GuaranteeDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 42);
    connect(m_member, &QComboBox::currentIndexChanged, this, &GuaranteeDialog::memberChosen);
    memberChosen();
}

void GuaranteeDialog::memberChosen()
{
    // The member cannot approve the guarantee of their own purchase: a fresh list without them.
    const std::vector<MemberId> before = m_approvals ? m_approvals->approvers() : std::vector<MemberId>{};
    delete m_approvals;
    const MemberId who = m_member->currentData().toLongLong();
    m_approvals = new ApprovalsBox(m_session.book(), who > 0 ? std::optional<MemberId>(who) : std::nullopt, {},
                                   m_approvalsHolder);
    m_approvalsHolder->layout()->addWidget(m_approvals);
    m_approvalsHolder->setFocusProxy(m_approvals);
    m_approvals->setApprovers(before);
}

void GuaranteeDialog::chooseMember(MemberId member)
{
    m_member->setCurrentIndex(m_member->findData(QVariant::fromValue<qlonglong>(member)));
}

void GuaranteeDialog::setSupplier(const QString& text) { m_supplier->setText(text); }
void GuaranteeDialog::setPurpose(const QString& text) { m_purpose->setText(text); }
void GuaranteeDialog::setAmountText(const QString& text) { m_amount->setText(text); }
void GuaranteeDialog::setUntil(Date date) { m_until->setDate(toQDate(date)); }
void GuaranteeDialog::setApprovers(const std::vector<MemberId>& members) { m_approvals->setApprovers(members); }

QString GuaranteeDialog::problems() const
{
    return m_problems.allText({"member", "supplier", "purpose", "amount", "until", "approvers"}, m_general);
}

void GuaranteeDialog::create()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<std::int64_t> amount = amountFromText(m_amount->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 150000."));
        m_amount->setFocus();
        return;
    }
    GroupGuarantee g;
    g.member = m_member->currentData().toLongLong();
    g.supplier = toStd(m_supplier->text().trimmed());
    g.purpose = toStd(m_purpose->text().trimmed());
    g.amount = *amount;
    g.issuedOn = m_session.actor().date;
    g.until = toDate(m_until->date());
    g.approvers = m_approvals->approvers();
    if (!m_problems.attempt(m_general, [&] { m_created = m_session.book().createGuarantee(g, m_session.actor()); }))
        return;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
