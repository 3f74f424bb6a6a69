#include "ui/dialogs/social_loan_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
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

#include <algorithm>

namespace tontine::ui {

SocialLoanDialog::SocialLoanDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Lend from the social fund"));
    const Currency& c = session.currency();
    const SocialRules rules = session.book().socialRules();
    const SocialFundPosition fund = session.book().socialFund();
    const std::vector<Member> active = session.book().members(MemberQuery{{}, false});
    const Date today = session.actor().date;

    m_borrower = new QComboBox(this);
    m_borrower->setObjectName(QStringLiteral("borrower"));
    m_borrower->setAccessibleName(tr("Borrower"));
    for (const Member& m : active)
        m_borrower->addItem(QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())), QVariant::fromValue<qlonglong>(m.id));

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

    // A month is the usual term: the next monthly meeting, or a few weekly ones.
    m_dueOn = new QDateEdit(toQDate(today.addMonths(1)), this);
    m_dueOn->setObjectName(QStringLiteral("dueOn"));
    m_dueOn->setAccessibleName(tr("Due on"));
    m_dueOn->setCalendarPopup(true);
    m_dueOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueOn->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);

    m_approvers = new ApproverList(active, this);
    m_approvers->setObjectName(QStringLiteral("approvers"));
    m_unticked = new QLabel(this);
    m_unticked->setWordWrap(true);
    m_unticked->setVisible(false);
    auto* approversBox = new QWidget(this);
    auto* approversLayout = new QVBoxLayout(approversBox);
    approversLayout->setContentsMargins(0, 0, 0, 0);
    approversLayout->addWidget(new QLabel(tr("The rules require %1 approval(s).").arg(rules.approvalsRequired), approversBox));
    approversLayout->addWidget(m_approvers);
    approversLayout->addWidget(m_unticked);
    approversBox->setFocusProxy(m_approvers);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));

    m_limits = new QLabel(this);
    m_limits->setObjectName(QStringLiteral("limits"));
    m_limits->setWordWrap(true);
    QStringList limits;
    limits << tr("Available in the social fund: <b>%1</b>.").arg(moneyText(fund.available(), c));
    if (rules.loanMax > 0)
        limits << tr("The largest social loan is %1.").arg(moneyText(rules.loanMax, c));
    if (!rules.loansAllowed)
        limits << tr("The rules do not allow social loans (Edit rules… on the Social fund page).");
    if (!session.book().currentMeeting())
        limits << tr("No meeting is open: a loan is paid out at an open meeting (Meetings page).");
    m_limits->setText(limits.join(QStringLiteral("<br>")));

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* editor, QWidget* shown, const QString& field) {
        m_problems.addRow(form, label, editor, shown, field, this);
    };
    addRow(tr("&Borrower:"), m_borrower, nullptr, QStringLiteral("borrower"));
    addRow(tr("&Amount:"), m_amount, amountRow, QStringLiteral("amount"));
    addRow(tr("&Due on:"), m_dueOn, nullptr, QStringLiteral("dueOn"));
    addRow(tr("A&pproved by:"), m_approvers, approversBox, QStringLiteral("approvers"));
    addRow(tr("&Note:"), m_note, nullptr, QStringLiteral("note"));

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("loanProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_lend = buttons->addButton(tr("&Lend"), QDialogButtonBox::AcceptRole);
    m_lend->setObjectName(QStringLiteral("lend"));
    m_lend->setDefault(true);
    m_lend->setEnabled(rules.loansAllowed);
    connect(m_lend, &QPushButton::clicked, this, &SocialLoanDialog::lend);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_limits);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);

    connect(m_borrower, &QComboBox::currentIndexChanged, this, &SocialLoanDialog::borrowerChosen);
    borrowerChosen();
}

void SocialLoanDialog::borrowerChosen()
{
    const MemberId who = m_borrower->currentData().toLongLong();
    const std::vector<MemberId> before = m_approvers->approvers();
    m_approvers->setExcluded(who > 0 ? std::optional<MemberId>(who) : std::nullopt);
    const bool wasTicked = std::find(before.begin(), before.end(), who) != before.end();
    m_unticked->setText(wasTicked ? tr("%1 was unticked: nobody approves their own loan.").arg(m_borrower->currentText())
                                  : QString());
    m_unticked->setVisible(wasTicked);
}

void SocialLoanDialog::chooseBorrower(MemberId member)
{
    m_borrower->setCurrentIndex(m_borrower->findData(QVariant::fromValue<qlonglong>(member)));
}

void SocialLoanDialog::setAmountText(const QString& text) { m_amount->setText(text); }
void SocialLoanDialog::setDueOn(Date date) { m_dueOn->setDate(toQDate(date)); }
void SocialLoanDialog::setApprovers(const std::vector<MemberId>& members) { m_approvers->setApprovers(members); }
void SocialLoanDialog::setNote(const QString& note) { m_note->setText(note); }
QString SocialLoanDialog::limitsText() const { return m_limits->text(); }

QString SocialLoanDialog::problems() const
{
    return m_problems.allText({"borrower", "amount", "dueOn", "approvers", "note"}, m_general);
}

void SocialLoanDialog::lend()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<std::int64_t> amount = amountFromText(m_amount->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 10000."));
        m_amount->setFocus();
        return;
    }
    SocialLoanRequest loan;
    loan.borrower = m_borrower->currentData().toLongLong();
    loan.amount = *amount;
    loan.date = m_session.actor().date;
    loan.dueOn = toDate(m_dueOn->date());
    loan.approvers = m_approvers->approvers();
    loan.note = toStd(m_note->text().trimmed());
    const bool done = m_problems.attempt(m_general, [&] { m_due = m_session.book().lendSocial(loan, m_session.actor()); });
    if (!done)
        return;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
