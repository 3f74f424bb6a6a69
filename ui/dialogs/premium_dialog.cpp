#include "ui/dialogs/premium_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/rotation_labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

PremiumDialog::PremiumDialog(Session& session, PartnerId partner, QWidget* parent)
    : QDialog(parent), m_session(session), m_partner(session.book().partner(partner).value_or(Partner{}))
{
    setWindowTitle(tr("Record a premium for %1").arg(toQt(m_partner.name)));
    const Currency& c = session.currency();

    m_meeting = new QLabel(this);
    m_meeting->setObjectName(QStringLiteral("meetingLine"));
    m_meeting->setWordWrap(true);

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setAccessibleName(tr("Member"));
    for (const Member& m : session.book().members(MemberQuery{{}, false}))
        m_member->addItem(QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())), QVariant::fromValue<qlonglong>(m.id));
    m_household = new QLabel(this);
    m_household->setObjectName(QStringLiteral("householdLine"));
    m_household->setWordWrap(true);
    m_household->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* memberBox = new QWidget(this);
    auto* memberLayout = new QVBoxLayout(memberBox);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    memberLayout->addWidget(m_member);
    memberLayout->addWidget(m_household);
    memberBox->setFocusProxy(m_member);

    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("periodLine"));
    m_period->setWordWrap(true);
    m_period->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(new QLabel(toQt(c.symbol), amountRow));
    amountLayout->addStretch(1);
    amountRow->setFocusProxy(m_amount);
    if (!m_partner.partialPayments)
        m_amount->setToolTip(tr("This mutual takes a whole period at once: the amount is the period's price."));

    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("receiptNumber"));
    m_receipt->setAccessibleName(tr("Receipt number"));
    m_receipt->setPlaceholderText(tr("The number on the receipt given to the member"));

    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productCode"));
    m_product->setAccessibleName(tr("Product"));
    for (const std::string& code : m_partner.productCodes)
        m_product->addItem(toQt(code), toQt(code));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& caption, QWidget* editor, QWidget* shown, const char* field) {
        m_problems.addRow(form, caption, editor, shown, QLatin1String(field), this);
    };
    addRow(tr("&Member:"), m_member, memberBox, "member");
    form->addRow(tr("Towards:"), m_period);
    addRow(tr("&Amount:"), m_amount, amountRow, "amount");
    addRow(tr("Receipt &number:"), m_receipt, nullptr, "receiptNumber");
    addRow(tr("Pr&oduct:"), m_product, nullptr, "productCode");

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("premiumProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record the premium"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setDefault(true);
    connect(m_record, &QPushButton::clicked, this, &PremiumDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_meeting);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);

    const std::optional<Meeting> meeting = session.book().currentMeeting();
    if (m_partner.id == 0) {
        m_meeting->setText(tr("No partner mutual is chosen: add one with Partner… first."));
        m_record->setEnabled(false);
    } else if (!meeting) {
        // Said before anything is typed: a premium is cash received at a meeting.
        m_meeting->setText(tr("No meeting is open. Premiums are recorded in the open meeting: open one on the "
                              "Meetings page first."));
        m_record->setEnabled(false);
    } else {
        m_meeting->setText(tr("Recorded in the meeting of %1, paid in cash to the treasurer.").arg(dateText(meeting->date)));
    }
    connect(m_member, &QComboBox::currentIndexChanged, this, &PremiumDialog::memberChosen);
    memberChosen();
    m_member->setFocus();
}

void PremiumDialog::memberChosen()
{
    m_household->clear();
    m_period->clear();
    m_amount->clear();
    const MemberId member = m_member->currentData().toLongLong();
    if (member <= 0 || m_partner.id == 0)
        return;
    const Book& book = m_session.book();
    const Currency& c = m_session.currency();
    const Date on = m_session.actor().date;
    const std::vector<Member> members = book.members();
    const MemberNames names = memberNames(members);
    const MemberId head = book.householdHead(member);
    QStringList covered;
    for (MemberId id : householdOf(head, members, on))
        covered.append(memberName(names, id));
    const std::optional<Member> headMember = book.member(head);
    const QString number = headMember && !headMember->insuranceNumber.empty()
                               ? tr("insurance no. %1").arg(toQt(headMember->insuranceNumber))
                               : tr("to enrol: no insurance number yet");
    m_household->setText(tr("Household of %1 (%2): %n member(s) covered — %3", nullptr, int(covered.size()))
                             .arg(memberName(names, head), number, covered.join(QStringLiteral(", "))));

    const Coverage coverage = book.coverage(m_partner.id, member, on);
    QString period = tr("The period from %1 to %2, price %3.")
                         .arg(dateText(coverage.nextStart), dateText(coverage.nextEnd), moneyText(coverage.nextPrice, c));
    if (coverage.paidTowardsNext > 0)
        period += QLatin1Char(' ') + tr("Already paid towards it: %1; still owed: %2.")
                                         .arg(moneyText(coverage.paidTowardsNext, c), moneyText(coverage.owedForNext(), c));
    if (coverage.coveredUntil)
        period += QLatin1Char(' ') + tr("Covered until %1.").arg(dateText(*coverage.coveredUntil));
    m_period->setText(period);
    m_amount->setText(plainMoneyText(coverage.owedForNext(), c));
}

void PremiumDialog::chooseMember(MemberId member)
{
    m_member->setCurrentIndex(m_member->findData(QVariant::fromValue<qlonglong>(member)));
}

void PremiumDialog::setAmountText(const QString& text) { m_amount->setText(text); }
QString PremiumDialog::amountText() const { return m_amount->text(); }
void PremiumDialog::setReceipt(const QString& receipt) { m_receipt->setText(receipt); }
void PremiumDialog::chooseProduct(const QString& code) { m_product->setCurrentIndex(m_product->findData(code)); }
QString PremiumDialog::householdText() const { return m_household->text(); }
QString PremiumDialog::periodText() const { return m_period->text(); }
bool PremiumDialog::canRecord() const { return m_record->isEnabled(); }

QString PremiumDialog::problems() const
{
    return m_problems.allText({"member", "amount", "receiptNumber", "productCode"}, m_general);
}

void PremiumDialog::record()
{
    m_problems.clear();
    m_general->setVisible(false);
    if (!m_record->isEnabled())
        return;
    const std::optional<std::int64_t> amount = amountFromText(m_amount->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 3500."));
        m_amount->setFocus();
        return;
    }
    const MemberId member = m_member->currentData().toLongLong();
    const bool done = m_problems.attempt(m_general, [&] {
        m_recorded = m_session.book().payPremium(m_partner.id, member, *amount, toStd(m_receipt->text().trimmed()),
                                                 toStd(m_product->currentData().toString()), m_session.actor());
    });
    if (!done)
        return;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
