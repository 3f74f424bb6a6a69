#include "ui/models/dues_columns.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/models/savings_columns.h"

#include <QCoreApplication>

#include <algorithm>

namespace tontine::ui {

QString DuesColumns::key(int column) const
{
    return column == Owed ? QStringLiteral("owed") : QStringLiteral("paidToday");
}

QString DuesColumns::header(int column) const
{
    return column == Owed ? tr("Dues owed") : tr("Dues paid today");
}

void DuesColumns::load(const Book& book, const Meeting& meeting)
{
    m_currency = &book.settings().currency();
    m_outstanding.clear();
    for (Due& due : book.dues(std::nullopt, true))
        // Social fund contributions have their own column (SavingsColumns), paid into the fund.
        if (due.kind != "social")
            m_outstanding[due.member].push_back(std::move(due));
    // Payments go to the oldest due first, the order members expect to clear them in.
    for (auto& [member, dues] : m_outstanding)
        std::stable_sort(dues.begin(), dues.end(), [](const Due& a, const Due& b) {
            return a.dueOn < b.dueOn || (a.dueOn == b.dueOn && a.id < b.id);
        });
    m_paidToday.clear();
    for (const MeetingSummary::Line& line : book.meetingSummary(meeting.id).lines)
        if (line.kind == "due-payment" && line.member) {
            // A social fund contribution is paid through a due too; its column counts it.
            if (const std::optional<Entry> entry = book.entry(line.seq); entry && SavingsColumns::paysSocialFund(*entry))
                continue;
            m_paidToday[*line.member] += line.cashIn - line.cashOut;
        }
}

std::int64_t DuesColumns::owed(MemberId id) const
{
    std::int64_t sum = 0;
    if (auto it = m_outstanding.find(id); it != m_outstanding.end())
        for (const Due& d : it->second)
            sum += d.outstanding();
    return sum;
}

std::int64_t DuesColumns::paidToday(MemberId id) const
{
    auto it = m_paidToday.find(id);
    return it == m_paidToday.end() ? 0 : it->second;
}

QVariant DuesColumns::data(const Member& member, int column, int role) const
{
    if (!m_currency)
        return {};
    const std::int64_t amount = column == Owed ? owed(member.id) : paidToday(member.id);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return amount != 0 ? moneyText(amount, *m_currency) : QString();
    if (role == Qt::EditRole)
        return amount != 0 ? plainMoneyText(amount, *m_currency) : QString();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == PaidToday)
        return tr("Type the total paid towards dues today; the difference is recorded as a payment.");
    return {};
}

void DuesColumns::write(Session& session, const Meeting& meeting, const Member& member, int column,
                        const QVariant& value)
{
    (void)meeting;
    if (column != PaidToday || !m_currency)
        return;
    const QString text = value.toString().trimmed();
    const std::optional<std::int64_t> typed = text.isEmpty() ? std::optional<std::int64_t>(0)
                                                             : amountFromText(text, *m_currency);
    if (!typed || *typed < 0)
        throw ValidationError("amount", "amount.invalid",
                              toStd(tr("Type an amount in %1, e.g. 500").arg(toQt(m_currency->symbol))));
    const std::int64_t already = paidToday(member.id);
    if (*typed < already)
        throw ValidationError("amount", "payment.lower",
                              toStd(tr("%1 was already paid today; a payment is undone by reversing it in the Journal")
                                        .arg(moneyText(already, *m_currency))));
    std::int64_t extra = *typed - already;
    if (extra == 0)
        return;
    if (extra > owed(member.id))
        throw ValidationError("amount", "due.overpaid",
                              toStd(tr("Only %1 is owed").arg(moneyText(owed(member.id), *m_currency))));
    // Each payment is its own use case in Book; the dues are paid oldest first.
    for (const Due& due : m_outstanding[member.id]) {
        const std::int64_t part = std::min(extra, due.outstanding());
        if (part <= 0)
            continue;
        session.book().payDue(due.id, part, session.actor());
        extra -= part;
        if (extra == 0)
            break;
    }
}

QString DuesColumns::totalsText() const
{
    if (!m_currency)
        return {};
    std::int64_t owedTotal = 0;
    std::int64_t paidTotal = 0;
    for (const auto& [member, dues] : m_outstanding)
        for (const Due& d : dues)
            owedTotal += d.outstanding();
    for (const auto& [member, paid] : m_paidToday)
        paidTotal += paid;
    return tr("Dues owed %1 · paid today %2").arg(moneyText(owedTotal, *m_currency), moneyText(paidTotal, *m_currency));
}

} // namespace tontine::ui
