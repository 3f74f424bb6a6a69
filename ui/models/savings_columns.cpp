#include "ui/models/savings_columns.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/savings_labels.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tontine::ui {

namespace {
// The due kind of a social fund contribution (Book creates one per active member per meeting).
constexpr const char* SocialDueKind = "social";

template <typename Map>
auto valueIn(const Map& map, MemberId member) -> typename Map::mapped_type
{
    auto it = map.find(member);
    return it == map.end() ? typename Map::mapped_type{} : it->second;
}

QVariant suggestionFont()
{
    QFont font;
    font.setItalic(true);
    return font;
}
} // namespace

bool SavingsColumns::paysSocialFund(const Entry& entry)
{
    if (entry.action != "due-payment")
        return false;
    for (const Posting& p : entry.postings)
        if (p.accountCode == accounts::SocialFund && p.amount < 0)
            return true;
    return false;
}

QString SavingsColumns::key(int column) const
{
    return m_columns[std::size_t(column)] == Kind::Shares ? QStringLiteral("savings:shares") : QStringLiteral("social:paid");
}

QString SavingsColumns::header(int column) const
{
    // Two lines, like the rotation columns, so the sheet stays narrow.
    return m_columns[std::size_t(column)] == Kind::Shares ? tr("Shares\nbought") : tr("Social fund\npaid");
}

void SavingsColumns::load(const Book& book, const Meeting& meeting)
{
    if (meeting.id != m_meeting) {
        m_meeting = meeting.id;
        m_declined.clear();
    }
    m_date = meeting.date;
    m_currency = &book.settings().currency();
    m_columns.clear();
    m_boughtToday.clear();
    m_held.clear();
    m_socialOwed.clear();
    m_socialPaidToday.clear();

    m_cycle = book.openSavingsCycle();
    // A cycle that has not started yet (or whose end has passed, waiting for its share-out)
    // takes no shares at this meeting: no column where every purchase would be refused.
    if (m_cycle && (meeting.date < m_cycle->start || m_cycle->end < meeting.date))
        m_cycle.reset();
    if (m_cycle) {
        const std::vector<SavingsRecord> records = book.savingsRecords(m_cycle->id);
        // Core's sums, so a purchase reversed at this meeting cancels here as it does in Book.
        for (const MemberSavings& s : summarise(records)) {
            m_held[s.member] = s.shares;
            m_boughtToday[s.member] = sharesBoughtOn(records, s.member, meeting.date);
        }
        m_columns.push_back(Kind::Shares);
    }

    m_contribution = book.socialRules().contribution;
    for (const Due& due : book.dues(std::nullopt, true))
        if (due.kind == SocialDueKind)
            m_socialOwed[due.member] += due.outstanding();
    // Contributions owed from before the rule was set to 0 are still collected here.
    if (m_contribution <= 0 && m_socialOwed.empty())
        return;
    m_columns.push_back(Kind::Social);
    for (const MeetingSummary::Line& line : book.meetingSummary(meeting.id).lines)
        if (line.kind == "due-payment" && line.member)
            if (const std::optional<Entry> entry = book.entry(line.seq); entry && paysSocialFund(*entry))
                m_socialPaidToday[*line.member] += line.cashIn - line.cashOut;
}

std::int64_t SavingsColumns::recorded(Kind kind, MemberId member) const
{
    return kind == Kind::Shares ? valueIn(m_boughtToday, member) : valueIn(m_socialPaidToday, member);
}

bool SavingsColumns::declined(Kind kind, MemberId member) const
{
    return m_declined.count({kind, member}) > 0;
}

std::int64_t SavingsColumns::suggested(Kind kind, MemberId member) const
{
    if (recorded(kind, member) != 0 || declined(kind, member))
        return 0;
    if (kind == Kind::Shares)
        return m_cycle ? m_cycle->minShares : 0;
    return valueIn(m_socialOwed, member);
}

QVariant SavingsColumns::data(const Member& member, int column, int role) const
{
    if (column < 0 || column >= columnCount() || !m_currency)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const Kind kind = m_columns[std::size_t(column)];
    if (role == SuggestedRole)
        return suggested(kind, member.id) != 0;
    if (role == Qt::FontRole)
        return suggested(kind, member.id) != 0 ? suggestionFont() : QVariant();
    if (role == Qt::ForegroundRole) {
        // Greyed as a placeholder is, and italic too, so it is not told by colour alone.
        if (suggested(kind, member.id) != 0)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    }
    return kind == Kind::Shares ? sharesData(member.id, role) : socialData(member.id, role);
}

QVariant SavingsColumns::sharesData(MemberId member, int role) const
{
    const int done = int(recorded(Kind::Shares, member));
    const int suggestion = int(suggested(Kind::Shares, member));
    const bool zero = done == 0 && declined(Kind::Shares, member);
    const int shares = done != 0 ? done : suggestion;
    const bool shown = shares != 0 || zero;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return shown ? QString::number(shares) : QString();
    case Qt::AccessibleTextRole:
        return suggestion != 0 ? tr("%1 suggested, not recorded").arg(sharesText(shares))
                               : (shown ? sharesText(shares) : QString());
    case Qt::ToolTipRole: {
        const QString held = tr("%1 held in %2.").arg(sharesText(valueIn(m_held, member)), toQt(m_cycle->name));
        if (suggestion != 0)
            return tr("The cycle's minimum, %1 (%2), not recorded yet: Enter records it; type another number "
                      "(0 for none).\n%3")
                .arg(sharesText(suggestion), moneyText(suggestion * m_cycle->sharePrice, *m_currency), held);
        if (done != 0)
            return tr("%1 bought today (%2). Type the total bought today to buy more; a purchase is undone by "
                      "reversing it on the Journal page.\n%3")
                .arg(sharesText(done), moneyText(done * m_cycle->sharePrice, *m_currency), held);
        return tr("Type how many shares the member buys today (%1 to %2, %3 each).\n%4")
            .arg(m_cycle->minShares)
            .arg(m_cycle->maxShares)
            .arg(moneyText(m_cycle->sharePrice, *m_currency), held);
    }
    default: return {};
    }
}

QVariant SavingsColumns::socialData(MemberId member, int role) const
{
    const std::int64_t done = recorded(Kind::Social, member);
    const std::int64_t suggestion = suggested(Kind::Social, member);
    const bool zero = done == 0 && declined(Kind::Social, member);
    const std::int64_t amount = done != 0 ? done : suggestion;
    const bool shown = amount != 0 || zero;
    switch (role) {
    case Qt::DisplayRole: return shown ? moneyText(amount, *m_currency) : QString();
    case Qt::EditRole: return shown ? plainMoneyText(amount, *m_currency) : QString();
    case Qt::AccessibleTextRole:
        return suggestion != 0 ? tr("%1 suggested, not recorded").arg(moneyText(amount, *m_currency))
                               : (shown ? moneyText(amount, *m_currency) : QString());
    case Qt::ToolTipRole: {
        const std::int64_t owed = valueIn(m_socialOwed, member);
        if (suggestion != 0)
            return tr("%1 owed to the social fund (%2 per meeting), not recorded yet: Enter records it; type "
                      "another amount (0 for none).")
                .arg(moneyText(suggestion, *m_currency), moneyText(m_contribution, *m_currency));
        if (done != 0)
            return tr("%1 paid into the social fund today; still owed %2. Type the total paid today to pay more.")
                .arg(moneyText(done, *m_currency), moneyText(owed, *m_currency));
        return owed != 0 ? tr("%1 owed to the social fund.").arg(moneyText(owed, *m_currency))
                         : tr("Nothing is owed to the social fund.");
    }
    default: return {};
    }
}

void SavingsColumns::write(Session& session, const Meeting& meeting, const Member& member, int column,
                           const QVariant& value)
{
    (void)meeting;
    if (!isEditable(column))
        return;
    const QString text = value.toString().trimmed();
    if (m_columns[std::size_t(column)] == Kind::Shares)
        writeShares(session, member, text);
    else
        writeSocial(session, member, text);
}

void SavingsColumns::writeShares(Session& session, const Member& member, const QString& text)
{
    bool ok = true;
    const int typed = text.isEmpty() ? 0 : text.toInt(&ok);
    if (!ok || typed < 0)
        throw ValidationError("shares", "shares.invalid", toStd(tr("Type a whole number of shares, e.g. 2")));
    const int already = int(recorded(Kind::Shares, member.id));
    if (typed < already)
        throw ValidationError("shares", "shares.lower",
                              toStd(tr("%1 already bought today: type the total bought today (to take a purchase "
                                       "back, reverse its entry on the Journal page)")
                                        .arg(sharesText(already))));
    // The typed number is the total for today: only the difference is bought, so a value
    // committed twice (Enter, then Tab through the open cell) is recorded once.
    const int extra = typed - already;
    const std::pair<Kind, MemberId> cell{Kind::Shares, member.id};
    if (extra == 0) {
        if (already == 0 && suggested(Kind::Shares, member.id) != 0)
            m_declined.insert(cell);
        return;
    }
    session.book().buyShares(m_cycle->id, member.id, extra, session.actor());
    m_declined.erase(cell);
}

void SavingsColumns::writeSocial(Session& session, const Member& member, const QString& text)
{
    const std::optional<std::int64_t> typed = text.isEmpty() ? std::optional<std::int64_t>(0)
                                                             : amountFromText(text, *m_currency);
    if (!typed || *typed < 0)
        throw ValidationError("amount", "amount.invalid",
                              toStd(tr("Type an amount in %1, e.g. 500").arg(toQt(m_currency->symbol))));
    const std::int64_t already = recorded(Kind::Social, member.id);
    if (*typed < already)
        throw ValidationError("amount", "payment.lower",
                              toStd(tr("%1 was already paid today: type the total paid today (to take a payment "
                                       "back, reverse its entry on the Journal page)")
                                        .arg(moneyText(already, *m_currency))));
    const std::int64_t extra = *typed - already;
    const std::pair<Kind, MemberId> cell{Kind::Social, member.id};
    if (extra == 0) {
        if (already == 0 && suggested(Kind::Social, member.id) != 0)
            m_declined.insert(cell);
        return;
    }
    session.book().paySocialContribution(member.id, extra, session.actor());
    m_declined.erase(cell);
}

QString SavingsColumns::totalsText() const
{
    if (!m_currency)
        return {};
    QStringList parts;
    if (m_cycle) {
        int shares = 0;
        for (const auto& [member, n] : m_boughtToday)
            shares += n;
        parts << tr("Shares bought today: %1 (%2)")
                     .arg(shares)
                     .arg(moneyText(std::int64_t(shares) * m_cycle->sharePrice, *m_currency));
    }
    if (!m_columns.empty() && m_columns.back() == Kind::Social) {
        std::int64_t paid = 0;
        std::int64_t owed = 0;
        for (const auto& [member, amount] : m_socialPaidToday)
            paid += amount;
        for (const auto& [member, amount] : m_socialOwed)
            owed += amount;
        parts << tr("Social fund paid today %1 · still owed %2").arg(moneyText(paid, *m_currency), moneyText(owed, *m_currency));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace tontine::ui
