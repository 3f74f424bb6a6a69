#include "ui/dialogs/loan_repay_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/loan_dialog_parts.h"
#include "ui/labels.h"
#include "ui/loan_labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

QString allocationSummary(const std::vector<LoanAllocation>& lines, const Currency& c)
{
    std::int64_t penalty = 0, interest = 0, principal = 0;
    int first = 0, last = 0;
    for (const LoanAllocation& a : lines) {
        penalty += a.penalty;
        interest += a.interest;
        principal += a.principal;
        first = first ? std::min(first, a.instalment) : a.instalment;
        last = std::max(last, a.instalment);
    }
    QStringList parts;
    if (penalty)
        parts << LoanRepayDialog::tr("penalties %1").arg(moneyText(penalty, c));
    if (interest)
        parts << LoanRepayDialog::tr("interest %1").arg(moneyText(interest, c));
    if (principal)
        parts << LoanRepayDialog::tr("principal %1").arg(moneyText(principal, c));
    QString text = parts.join(QStringLiteral(", "));
    if (first)
        text += first == last ? LoanRepayDialog::tr(" (instalment %1)").arg(first)
                              : LoanRepayDialog::tr(" (instalments %1–%2)").arg(first).arg(last);
    return text;
}

LoanRepayDialog::LoanRepayDialog(Session& session, const Loan& loan, QWidget* parent)
    : QDialog(parent), m_session(session), m_loan(loan)
{
    setWindowTitle(tr("Repay a loan"));
    const Book& book = session.book();
    const Currency& c = session.currency();
    m_position = book.loanPosition(loan.id, session.actor().date);

    auto* headline = new QLabel(QStringLiteral("<b>%1</b>").arg(loanHeadline(book, loan, c).toHtmlEscaped()), this);
    headline->setWordWrap(true);
    m_positionLine = new QLabel(this);
    m_positionLine->setObjectName(QStringLiteral("position"));
    m_positionLine->setWordWrap(true);
    m_positionLine->setText(tr("Due today: <b>%1</b> (penalties %2, interest %3, principal %4). %5.<br>"
                               "To pay everything off today: <b>%6</b>.")
                                .arg(moneyText(m_position.dueToday(), c), moneyText(m_position.penaltiesDue, c),
                                     moneyText(m_position.interestDue, c), moneyText(m_position.principalDue, c),
                                     daysLateText(m_position.daysLate), moneyText(m_position.payoff(), c)));

    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amount"));
    m_amountEdit->setAccessibleName(tr("Amount"));
    m_amountEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    auto* payOffButton = new QPushButton(tr("Pay &everything off"), this);
    payOffButton->setObjectName(QStringLiteral("payOff"));
    connect(payOffButton, &QPushButton::clicked, this, &LoanRepayDialog::payOff);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amountEdit);
    amountLayout->addWidget(new QLabel(toQt(c.symbol), amountRow));
    amountLayout->addWidget(payOffButton);
    amountLayout->addStretch();
    amountRow->setFocusProxy(m_amountEdit);

    m_allocation = new QLabel(this);
    m_allocation->setObjectName(QStringLiteral("allocation"));
    m_allocation->setWordWrap(true);

    auto* form = new QFormLayout;
    m_problems.addRow(form, tr("&Amount paid:"), m_amountEdit, amountRow, QStringLiteral("amount"), this);
    form->addRow(tr("Goes to:"), m_allocation);

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("repayProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Record the repayment"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("repay"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &LoanRepayDialog::repay);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(m_positionLine);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);

    connect(m_amountEdit, &QLineEdit::textChanged, this, &LoanRepayDialog::updateAllocation);
    // What the member should pay to be up to date; nothing typed when nothing is due yet.
    if (m_position.dueToday() > 0)
        m_amountEdit->setText(plainMoneyText(m_position.dueToday(), c));
    updateAllocation();
}

void LoanRepayDialog::setAmountText(const QString& text) { m_amountEdit->setText(text); }
QString LoanRepayDialog::amountText() const { return m_amountEdit->text(); }
QString LoanRepayDialog::positionText() const { return m_positionLine->text(); }
QString LoanRepayDialog::allocationText() const { return m_allocation->text(); }
QString LoanRepayDialog::problems() const { return m_problems.allText({"amount"}, m_general); }

void LoanRepayDialog::payOff() { m_amountEdit->setText(plainMoneyText(m_position.payoff(), m_session.currency())); }

void LoanRepayDialog::updateAllocation()
{
    const Currency& c = m_session.currency();
    const std::optional<std::int64_t> amount = amountFromText(m_amountEdit->text(), c);
    if (!amount) {
        m_allocation->setText(tr("Type the amount the member pays."));
        return;
    }
    // The engine's own allocation: the same rule Book applies when it is recorded.
    try {
        const auto lines = allocateRepayment(m_position, *amount, m_session.book().settings().roundingUnit, &c);
        QString text = allocationSummary(lines, c);
        if (*amount == m_position.payoff())
            text += QStringLiteral("<br>") + tr("The loan is then fully repaid.");
        m_allocation->setText(text);
    } catch (const ValidationError& e) {
        QStringList texts;
        for (const Problem& p : e.problems())
            texts << QStringLiteral("⚠ ") + problemText(p);
        m_allocation->setText(texts.join(QStringLiteral("<br>")));
    }
}

void LoanRepayDialog::repay()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<std::int64_t> amount = amountFromText(m_amountEdit->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 10000."));
        m_amountEdit->setFocus();
        return;
    }
    const bool done = m_problems.attempt(
        m_general, [&] { m_allocations = m_session.book().repayLoan(m_loan.id, *amount, m_session.actor()); });
    if (!done)
        return;
    m_amount = *amount;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
