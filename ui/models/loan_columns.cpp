#include "ui/models/loan_columns.h"

#include "ui/app/session.h"
#include "ui/convert.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace tontine::ui {

QString LoanColumns::key(int) const { return QStringLiteral("loan:due"); }

QString LoanColumns::header(int) const
{
    // Two lines, like the other money columns, so the sheet stays narrow.
    return tr("Loan\ndue");
}

void LoanColumns::load(const Book& book, const Meeting& meeting)
{
    if (meeting.id != m_meeting) {
        m_meeting = meeting.id;
        m_declined.clear();
    }
    m_currency = &book.settings().currency();
    m_dues.clear();
    m_repaidToday.clear();
    for (const LoanDue& due : book.loanDuesOn(meeting.date))
        m_dues[due.borrower].push_back(due);
    // The oldest loan first: the one a payment here goes to.
    for (auto& [member, dues] : m_dues)
        std::sort(dues.begin(), dues.end(), [](const LoanDue& a, const LoanDue& b) { return a.loan < b.loan; });
    for (const Loan& loan : book.loans()) {
        // Repayments (and their reversals) of loans being repaid or repaid today; a recovery
        // from guarantors on a defaulted loan is not the borrower paying.
        if (loan.status != LoanStatus::Active && loan.status != LoanStatus::Repaid)
            continue;
        for (const LoanAllocation& line : loan.allocations)
            if (line.date == meeting.date)
                m_repaidToday[loan.borrower] += line.total();
    }
    m_shown = !m_dues.empty() || !m_repaidToday.empty();
}

const std::vector<LoanDue>& LoanColumns::duesOf(MemberId member) const
{
    static const std::vector<LoanDue> none;
    auto it = m_dues.find(member);
    return it == m_dues.end() ? none : it->second;
}

std::int64_t LoanColumns::repaidToday(MemberId member) const
{
    auto it = m_repaidToday.find(member);
    return it == m_repaidToday.end() ? 0 : it->second;
}

std::int64_t LoanColumns::suggested(MemberId member) const
{
    const std::vector<LoanDue>& dues = duesOf(member);
    if (dues.empty() || repaidToday(member) != 0 || m_declined.count(member) > 0)
        return 0;
    return dues.front().dueToday;
}

bool LoanColumns::isEditableFor(const Member& member, int column) const
{
    return isEditable(column) && !duesOf(member.id).empty();
}

QVariant LoanColumns::data(const Member& member, int column, int role) const
{
    if (column != 0 || !m_shown || !m_currency)
        return {};
    const Currency& c = *m_currency;
    const std::vector<LoanDue>& dues = duesOf(member.id);
    const std::int64_t done = repaidToday(member.id);
    const std::int64_t suggestion = suggested(member.id);
    const bool zero = done == 0 && m_declined.count(member.id) > 0;
    const std::int64_t amount = done != 0 ? done : suggestion;
    const bool shown = amount != 0 || zero;
    const int late = dues.empty() ? 0 : dues.front().daysLate;
    switch (role) {
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SuggestedRole: return suggestion != 0;
    case Qt::FontRole:
        if (suggestion != 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Greyed as a placeholder is, and italic too, so it is not told by colour alone.
        if (suggestion != 0)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::DisplayRole: {
        QString text = shown ? moneyText(amount, c) : QString();
        if (late > 0)
            text = text.isEmpty() ? tr("late %1 d").arg(late) : tr("%1 · late %2 d").arg(text).arg(late);
        return text;
    }
    case Qt::EditRole: return shown ? plainMoneyText(amount, c) : QString();
    case Qt::AccessibleTextRole: {
        QString text = suggestion != 0 ? tr("%1 due, not recorded").arg(moneyText(amount, c))
                                       : (shown ? tr("%1 repaid").arg(moneyText(amount, c)) : QString());
        if (late > 0)
            text += QLatin1Char(' ') + tr("(%1 days late)").arg(late);
        return text;
    }
    case Qt::ToolTipRole: {
        if (dues.empty())
            return done != 0 ? tr("%1 repaid today: the loan is repaid.").arg(moneyText(done, c)) : QString();
        const LoanDue& first = dues.front();
        QStringList lines;
        if (suggestion != 0)
            lines << tr("%1 due today on loan %2, not recorded yet: Enter records it; type another amount (0 for none).")
                         .arg(moneyText(first.dueToday, c))
                         .arg(first.loan);
        else if (done != 0)
            lines << tr("%1 repaid today; still due today %2. Type the total repaid today to repay more.")
                         .arg(moneyText(done, c), moneyText(first.dueToday, c));
        else
            lines << tr("Due today on loan %1: %2.").arg(first.loan).arg(moneyText(first.dueToday, c));
        if (first.daysLate > 0)
            lines << tr("Late %1 day(s).").arg(first.daysLate);
        lines << tr("Up to %1 closes loan %2.").arg(moneyText(first.payoff, c)).arg(first.loan);
        if (dues.size() > 1) {
            QStringList others;
            for (std::size_t i = 1; i < dues.size(); ++i)
                others << tr("loan %1 (due %2)").arg(dues[i].loan).arg(moneyText(dues[i].dueToday, c));
            lines << tr("Also being repaid: %1 — record those on the Loans page.").arg(others.join(QStringLiteral(", ")));
        }
        return lines.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

void LoanColumns::write(Session& session, const Meeting& meeting, const Member& member, int column, const QVariant& value)
{
    (void)meeting;
    if (!isEditableFor(member, column))
        return;
    const Currency& c = *m_currency;
    const QString text = value.toString().trimmed();
    const std::optional<std::int64_t> typed = text.isEmpty() ? std::optional<std::int64_t>(0) : amountFromText(text, c);
    if (!typed || *typed < 0)
        throw ValidationError("amount", "amount.invalid", toStd(tr("Type an amount in %1, e.g. 5000").arg(toQt(c.symbol))));
    const std::int64_t already = repaidToday(member.id);
    if (*typed < already)
        throw ValidationError("amount", "payment.lower",
                              toStd(tr("%1 was already repaid today: type the total repaid today (to take a repayment "
                                       "back, reverse its entry on the Journal page)")
                                        .arg(moneyText(already, c))));
    // The typed amount is the total for today: only the difference is repaid, so a value
    // committed twice (Enter, then Tab through the open cell) is recorded once.
    const std::int64_t extra = *typed - already;
    if (extra == 0) {
        if (already == 0 && suggested(member.id) != 0)
            m_declined.insert(member.id);
        return;
    }
    const std::vector<LoanDue>& dues = duesOf(member.id);
    const LoanDue& oldest = dues.front();
    // With several loans the sheet cannot guess how a larger payment is meant to be split.
    if (dues.size() > 1 && extra > oldest.payoff)
        throw ValidationError("amount", "loan.several_loans",
                              toStd(tr("%1 has %2 loans being repaid: here a payment goes to the oldest, loan %3, and "
                                       "at most %4 closes it. Record a larger payment on the Loans page, loan by loan")
                                        .arg(toQt(member.fullName()))
                                        .arg(dues.size())
                                        .arg(oldest.loan)
                                        .arg(moneyText(oldest.payoff, c))));
    session.book().repayLoan(oldest.loan, extra, session.actor());
    m_declined.erase(member.id);
}

QString LoanColumns::totalsText() const
{
    if (!m_shown || !m_currency)
        return {};
    std::int64_t due = 0;
    std::int64_t repaid = 0;
    for (const auto& [member, dues] : m_dues)
        for (const LoanDue& d : dues)
            due += d.dueToday;
    for (const auto& [member, amount] : m_repaidToday)
        repaid += amount;
    return tr("Loans due today %1 · repaid today %2").arg(moneyText(due, *m_currency), moneyText(repaid, *m_currency));
}

} // namespace tontine::ui
