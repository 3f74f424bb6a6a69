// LoanDetailDialog's actions: which fit the loan's status (and why the others do not), and
// each action's dialog or confirmation. Book decides every one; a refusal is shown with
// core's message.
#include "ui/dialogs/loan_detail_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/guarantor_repay_dialog.h"
#include "ui/dialogs/loan_decision_dialog.h"
#include "ui/dialogs/loan_repay_dialog.h"
#include "ui/dialogs/reschedule_dialog.h"
#include "ui/labels.h"
#include "ui/loan_labels.h"
#include "ui/rotation_labels.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace tontine::ui {

namespace {
std::int64_t sumOf(const std::vector<GuarantorPledge>& pledges)
{
    std::int64_t total = 0;
    for (const GuarantorPledge& p : pledges)
        total += p.pledge;
    return total;
}

bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Yes)->setText(yes);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}
} // namespace

void LoanDetailDialog::updateActions()
{
    const bool meeting = m_session.book().currentMeeting().has_value();
    // No loan (an unknown number) enables what a cancelled one does: nothing.
    const LoanStatus s = m_loan ? m_loan->status : LoanStatus::Cancelled;
    m_print->setEnabled(m_loan && !m_loan->schedule.empty());
    m_print->setToolTip(m_print->isEnabled() ? tr("Preview, print or save the schedule as PDF for the borrower.")
                                             : tr("The loan has no schedule until it is paid out."));
    const QString needMeeting = tr("Open a meeting first (Meetings page): money is recorded in the open meeting.");
    auto set = [&](QPushButton* b, bool fits, bool money, const QString& why, const QString& what) {
        b->setEnabled(fits && (!money || meeting));
        b->setToolTip(!fits ? why : (money && !meeting ? needMeeting : what));
    };
    const bool hasDebt = [&] {
        for (const GuarantorDebt& d : m_session.book().guarantorDebts())
            if (d.loan == m_id && d.left() > 0)
                return true;
        return false;
    }();
    std::int64_t held = 0;
    if (s == LoanStatus::Defaulted) {
        try {
            held = sumOf(m_session.book().pledgesHeld(m_id, m_session.actor().date));
        } catch (const Error&) {
        }
    }
    set(m_approve, s == LoanStatus::Requested, false, tr("Only a requested loan waits for approvals."),
        tr("Add the committee's approvals."));
    set(m_cancel, s == LoanStatus::Requested || s == LoanStatus::Approved, false,
        tr("Only a loan not yet paid out can be cancelled."), tr("Withdraw the request."));
    set(m_disburse, s == LoanStatus::Approved, true, tr("Only an approved loan is paid out."),
        tr("Pay the loan out from the cash box at the open meeting; its schedule starts today."));
    set(m_repay, s == LoanStatus::Active || s == LoanStatus::Defaulted, true,
        tr("Only a loan being repaid takes repayments."), tr("Record what the borrower pays at the open meeting."));
    set(m_reschedule, s == LoanStatus::Active, false, tr("Only a loan being repaid can be rescheduled."),
        tr("A new schedule for what remains, approved by the committee."));
    set(m_default, s == LoanStatus::Active, false, tr("Only a loan being repaid can be declared in default."),
        tr("The committee declares that the borrower will not repay."));
    set(m_recover, s == LoanStatus::Defaulted && held > 0, true,
        s == LoanStatus::Defaulted ? tr("The guarantors' pledges hold nothing more.")
                                   : tr("Only a loan in default is recovered from its guarantors."),
        tr("Take what the borrower owes from the guarantors' savings, in proportion to their pledges."));
    set(m_writeOff, s == LoanStatus::Defaulted, false, tr("Only a loan in default is written off."),
        tr("Record the principal left as a loss of the fund and close the loan."));
    set(m_repayGuarantor, hasDebt, true, tr("The borrower owes no guarantor anything on this loan."),
        tr("The borrower pays back a guarantor whose savings covered the loan."));
    m_meetingHint->setVisible(!meeting && loanIsOpen(s));
}

void LoanDetailDialog::approve()
{
    if (!m_loan)
        return;
    LoanDecisionDialog dialog(m_session, *m_loan, LoanDecisionDialog::Kind::Approve, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Loan> now = m_session.book().loan(m_id);
    setStatus(now && now->status == LoanStatus::Approved
                  ? tr("The loan is approved: Disburse pays it out at a meeting.")
                  : tr("Approvals recorded; the loan still needs more before it can be paid out."));
}

void LoanDetailDialog::cancelLoan()
{
    if (!m_loan)
        return;
    LoanDecisionDialog dialog(m_session, *m_loan, LoanDecisionDialog::Kind::Cancel, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("The loan was cancelled."));
}

void LoanDetailDialog::disburse()
{
    if (!m_loan)
        return;
    const Currency& c = m_session.currency();
    const MemberNames names = memberNames(m_session.book().members());
    if (!ask(this, tr("Disburse the loan"),
             tr("Pay <b>%1</b> to %2 from the cash box now? The schedule starts today, %3.")
                 .arg(moneyText(m_loan->principal, c), memberName(names, m_loan->borrower).toHtmlEscaped(),
                      dateText(m_session.actor().date)),
             tr("&Pay it out")))
        return;
    try {
        m_session.book().disburseLoan(m_id, m_session.actor());
    } catch (const ValidationError& e) {
        setStatus(problemLines(e.problems()), true);
        return;
    } catch (const Error& e) {
        setStatus(toQt(std::string(e.what())), true);
        return;
    }
    m_session.notifyChanged();
    setStatus(tr("%1 paid out to %2.").arg(moneyText(m_loan->principal, c), memberName(names, m_loan->borrower)));
}

void LoanDetailDialog::repay()
{
    if (!m_loan)
        return;
    LoanRepayDialog dialog(m_session, *m_loan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Currency& c = m_session.currency();
    QString text = tr("%1 received: %2.").arg(moneyText(dialog.amount(), c), allocationSummary(dialog.allocations(), c));
    if (m_loan && m_loan->status == LoanStatus::Repaid)
        text += QLatin1Char(' ') + tr("The loan is fully repaid; the guarantors' pledges are released.");
    setStatus(text);
}

void LoanDetailDialog::reschedule()
{
    if (!m_loan)
        return;
    RescheduleDialog dialog(m_session, *m_loan, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("The loan was rescheduled: schedule version %1.").arg(m_loan ? m_loan->scheduleVersion : 0));
}

void LoanDetailDialog::declareDefault()
{
    if (!m_loan)
        return;
    LoanDecisionDialog dialog(m_session, *m_loan, LoanDecisionDialog::Kind::Default, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("The loan is declared in default: recover from the guarantors, then write off what is left."));
}

QString LoanDetailDialog::recoveryConfirmationText() const
{
    if (!m_loan || !m_position)
        return {};
    const Book& book = m_session.book();
    const Currency& c = m_session.currency();
    const MemberNames names = memberNames(book.members());
    std::vector<GuarantorPledge> held;
    for (const GuarantorPledge& p : book.pledgesHeld(m_id, m_session.actor().date))
        if (p.pledge > 0)
            held.push_back(p);
    const std::int64_t unit = book.settings().roundingUnit;
    const std::int64_t owed = m_position->payoff();
    // What Book takes: what is owed, at most what the pledges hold, in whole rounding units.
    std::int64_t amount = std::min(owed, sumOf(held));
    amount -= amount % unit;
    QString text = tr("<p>%1 owes <b>%2</b>; the guarantors' pledges still hold %3.</p>")
                       .arg(memberName(names, m_loan->borrower).toHtmlEscaped(), moneyText(owed, c), moneyText(sumOf(held), c));
    try {
        // The engine's own split, pro rata to the pledges held, as Book will take it.
        const auto split = recoveryFromGuarantors(held, amount, unit);
        text += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        for (const GuarantorPledge& p : split)
            text += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(tr("From the savings of %1").arg(memberName(names, p.guarantor).toHtmlEscaped()),
                             moneyText(p.pledge, c));
        text += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr></table>")
                    .arg(tr("Recovered"), moneyText(amount, c));
    } catch (const ValidationError& e) {
        text += QStringLiteral("<p>⚠ %1</p>").arg(problemLines(e.problems()).toHtmlEscaped());
    }
    text += tr("<p>The borrower then owes each guarantor their part, repaid through the fund.</p>");
    return text;
}

void LoanDetailDialog::recover()
{
    if (!m_loan)
        return;
    if (!ask(this, tr("Recover from the guarantors"), recoveryConfirmationText(), tr("&Take it from their savings")))
        return;
    std::vector<GuarantorPledge> taken;
    try {
        taken = m_session.book().recoverFromGuarantors(m_id, m_session.actor());
    } catch (const ValidationError& e) {
        setStatus(problemLines(e.problems()), true);
        return;
    } catch (const Error& e) {
        setStatus(toQt(std::string(e.what())), true);
        return;
    }
    m_session.notifyChanged();
    const MemberNames names = memberNames(m_session.book().members());
    QStringList parts;
    for (const GuarantorPledge& p : taken)
        parts << tr("%1 from %2").arg(moneyText(p.pledge, m_session.currency()), memberName(names, p.guarantor));
    setStatus(tr("Recovered from the guarantors: %1.").arg(parts.join(QStringLiteral(", "))));
}

void LoanDetailDialog::writeOff()
{
    if (!m_loan)
        return;
    const std::int64_t left = m_position ? m_position->principalOutstanding : 0;
    LoanDecisionDialog dialog(m_session, *m_loan, LoanDecisionDialog::Kind::WriteOff, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("%1 written off; the loan is closed.").arg(moneyText(left, m_session.currency())));
}

void LoanDetailDialog::repayGuarantor()
{
    if (!m_loan)
        return;
    GuarantorRepayDialog dialog(m_session, *m_loan, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("%1 paid back to %2.")
                      .arg(moneyText(dialog.amount(), m_session.currency()),
                           memberName(memberNames(m_session.book().members()), dialog.guarantor())));
}

} // namespace tontine::ui
