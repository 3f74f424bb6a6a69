#include "core/savings/savings_record.h"

#include "core/money/money.h"
#include "core/text/canonical_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <utility>

namespace tontine {

namespace {

constexpr std::array<std::pair<SavingsKind, std::string_view>, 5> kKinds{{
    {SavingsKind::Opening, "opening"},
    {SavingsKind::Shares, "shares"},
    {SavingsKind::Voluntary, "voluntary"},
    {SavingsKind::Withdrawal, "withdrawal"},
    {SavingsKind::ShareOut, "shareout"},
}};

void add(Problems& problems, std::string field, std::string code, std::string text, std::vector<std::string> args = {})
{
    problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
}

// Every movement of savings needs an open cycle and a meeting date inside it: after the
// share-out the cycle's accounts are closed, and a date outside it would count in no cycle.
void checkOpenOn(Problems& problems, const SavingsCycle& cycle, Date date)
{
    if (cycle.isClosed())
        add(problems, "cycle", "savings.cycle_closed",
            "The cycle \"" + cycle.name + "\" was shared out on " + cycle.sharedOn->iso() + ": it takes no more savings",
            {cycle.name, cycle.sharedOn->iso()});
    if (date < cycle.start || date > cycle.end)
        add(problems, "date", "savings.outside_cycle",
            "The date " + date.iso() + " is outside the cycle (" + cycle.start.iso() + " to " + cycle.end.iso() + ")",
            {date.iso(), cycle.start.iso(), cycle.end.iso()});
}

template <typename T>
std::optional<T> number(std::string_view text)
{
    T value{};
    if (text.empty())
        return std::nullopt;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "key=value" → value, when the word has exactly that key.
std::optional<std::string_view> valueOf(std::string_view word, std::string_view key)
{
    if (word.size() <= key.size() || word.substr(0, key.size()) != key || word[key.size()] != '=')
        return std::nullopt;
    return word.substr(key.size() + 1);
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    while (true) {
        const std::size_t at = text.find(separator, from);
        if (at == std::string_view::npos) {
            parts.push_back(text.substr(from));
            return parts;
        }
        parts.push_back(text.substr(from, at - from));
        from = at + 1;
    }
}

std::optional<SavingsRecord> parseRecord(std::string_view line)
{
    const std::vector<std::string_view> words = split(line, ' ');
    if (words.size() != 6)
        return std::nullopt;
    const auto cycle = valueOf(words[0], "cycle");
    const auto member = valueOf(words[1], "member");
    const auto kind = valueOf(words[2], "kind");
    const auto date = valueOf(words[3], "date");
    const auto shares = valueOf(words[4], "shares");
    const auto amount = valueOf(words[5], "amount");
    if (!cycle || !member || !kind || !date || !shares || !amount)
        return std::nullopt;
    const auto cycleId = number<std::int64_t>(*cycle);
    const auto memberId = number<std::int64_t>(*member);
    const auto kindValue = parseSavingsKind(*kind);
    const auto dateValue = Date::parseIso(*date);
    const auto sharesValue = number<int>(*shares);
    const auto amountValue = number<std::int64_t>(*amount);
    if (!cycleId || !memberId || !kindValue || !dateValue || !sharesValue || !amountValue)
        return std::nullopt;
    return SavingsRecord{*cycleId, *memberId, *kindValue, *dateValue, *sharesValue, *amountValue};
}

} // namespace

std::string savingsKindCode(SavingsKind kind)
{
    for (const auto& [k, code] : kKinds)
        if (k == kind)
            return std::string(code);
    return "";
}

std::optional<SavingsKind> parseSavingsKind(std::string_view code)
{
    for (const auto& [k, c] : kKinds)
        if (c == code)
            return k;
    return std::nullopt;
}

std::string savingsRecordsPayload(const std::vector<SavingsRecord>& records)
{
    // One line per record so that any change to a record, their order or their number
    // changes the chained bytes.
    CanonicalWriter w("savings_records");
    w.integer("records", static_cast<std::int64_t>(records.size()));
    for (const SavingsRecord& r : records)
        w.text("record", "cycle=" + std::to_string(r.cycle) + " member=" + std::to_string(r.member) +
                             " kind=" + savingsKindCode(r.kind) + " date=" + r.date.iso() +
                             " shares=" + std::to_string(r.shares) + " amount=" + std::to_string(r.amount));
    return w.str();
}

std::optional<std::vector<SavingsRecord>> parseSavingsRecordsPayload(std::string_view payload)
{
    std::vector<std::string_view> lines = split(payload, '\n');
    // The writer ends every line with '\n', so the last piece is empty.
    if (lines.size() < 3 || !lines.back().empty())
        return std::nullopt;
    lines.pop_back();
    if (lines[0] != "format=savings_records/1")
        return std::nullopt;
    const auto countText = valueOf(lines[1], "records");
    const auto count = countText ? number<std::int64_t>(*countText) : std::nullopt;
    if (!count || *count != static_cast<std::int64_t>(lines.size()) - 2)
        return std::nullopt;
    std::vector<SavingsRecord> records;
    for (std::size_t i = 2; i < lines.size(); ++i) {
        const auto text = valueOf(lines[i], "record");
        const auto record = text ? parseRecord(*text) : std::nullopt;
        if (!record)
            return std::nullopt;
        records.push_back(*record);
    }
    // Only the canonical spelling is accepted ("shares=+1", "amount=007" are not), so a
    // payload that parses is exactly the one the records would write.
    if (savingsRecordsPayload(records) != payload)
        return std::nullopt;
    return records;
}

std::int64_t MemberSavings::free() const
{
    const std::int64_t left = checkedSub(checkedSub(saved, pledged), owed);
    return std::max<std::int64_t>(left, 0);
}

int sharesBoughtOn(const std::vector<SavingsRecord>& records, MemberId member, Date date)
{
    int shares = 0;
    for (const SavingsRecord& r : records)
        if (r.member == member && r.date == date && r.kind == SavingsKind::Shares)
            shares += r.shares; // a reversed purchase carries the negation and cancels out
    return shares;
}

Problems checkSharePurchase(const SavingsCycle& cycle, const std::vector<SavingsRecord>& records, MemberId member,
                            int shares, Date date)
{
    Problems problems;
    checkOpenOn(problems, cycle, date);
    if (shares < 1) {
        add(problems, "shares", "savings.shares_positive",
            "A purchase is at least one whole share, not " + std::to_string(shares), {std::to_string(shares)});
        return problems;
    }
    const int before = sharesBoughtOn(records, member, date);
    const long long total = static_cast<long long>(before) + shares;
    const std::string member_ = std::to_string(member);
    if (total > cycle.maxShares) {
        std::string text = "Member " + member_ + " may buy at most " + std::to_string(cycle.maxShares) +
                           " shares at a meeting";
        if (before > 0)
            text += "; they already bought " + std::to_string(before) + " on " + date.iso() + " and can buy " +
                    std::to_string(std::max(cycle.maxShares - before, 0)) + " more";
        else
            text += ", not " + std::to_string(shares);
        add(problems, "shares", "savings.above_max", text,
            {member_, std::to_string(cycle.maxShares), std::to_string(before), std::to_string(shares)});
    } else if (total < cycle.minShares) {
        add(problems, "shares", "savings.below_min",
            "Member " + member_ + " must buy at least " + std::to_string(cycle.minShares) +
                " shares at a meeting when they buy, not " + std::to_string(total),
            {member_, std::to_string(cycle.minShares), std::to_string(before), std::to_string(shares)});
    }
    return problems;
}

Problems checkVoluntarySaving(const SavingsCycle& cycle, std::int64_t amount, std::int64_t roundingUnit, Date date,
                              const Currency* currency)
{
    Problems problems;
    if (!cycle.voluntaryAllowed)
        add(problems, "amount", "savings.voluntary_not_allowed",
            "The cycle \"" + cycle.name + "\" takes savings in shares only, not free amounts", {cycle.name});
    checkOpenOn(problems, cycle, date);
    const std::int64_t unit = roundingUnit > 0 ? roundingUnit : 1;
    if (amount <= 0)
        add(problems, "amount", "savings.amount_positive",
            "A saving must be more than zero, not " + formatAmount(amount, currency), {std::to_string(amount)});
    else if (amount % unit != 0)
        add(problems, "amount", "savings.amount_unit",
            "The amount " + formatAmount(amount, currency) + " must be a whole multiple of the rounding unit " +
                formatAmount(unit, currency),
            {std::to_string(amount), std::to_string(unit)});
    return problems;
}

Problems checkWithdrawal(const SavingsCycle& cycle, const MemberSavings& savings, std::int64_t amount, Date date,
                         const Currency* currency)
{
    Problems problems;
    if (!cycle.withdrawalsAllowed)
        add(problems, "amount", "savings.withdrawal_not_allowed",
            "The cycle \"" + cycle.name + "\" allows no withdrawals before the share-out", {cycle.name});
    checkOpenOn(problems, cycle, date);
    if (amount <= 0) {
        add(problems, "amount", "savings.amount_positive",
            "A withdrawal must be more than zero, not " + formatAmount(amount, currency), {std::to_string(amount)});
    } else if (const std::int64_t free = savings.free(); amount > free) {
        // Savings pledged for others' loans and what the member owes stay in the fund.
        add(problems, "amount", "savings.above_free",
            "Member " + std::to_string(savings.member) + " can take out at most " + formatAmount(free, currency) +
                " (saved " + formatAmount(savings.saved, currency) + ", pledged " +
                formatAmount(savings.pledged, currency) + ", owed " + formatAmount(savings.owed, currency) +
                "), not " + formatAmount(amount, currency),
            {std::to_string(savings.member), std::to_string(free), std::to_string(amount)});
    }
    return problems;
}

std::vector<MemberSavings> summarise(const std::vector<SavingsRecord>& records)
{
    std::map<MemberId, MemberSavings> byMember; // ordered: the result comes in member-number order
    for (const SavingsRecord& r : records) {
        MemberSavings& s = byMember[r.member];
        s.member = r.member;
        s.shares += r.shares;
        s.saved = checkedAdd(s.saved, r.amount);
    }
    std::vector<MemberSavings> out;
    out.reserve(byMember.size());
    for (const auto& [member, s] : byMember)
        out.push_back(s);
    return out;
}

} // namespace tontine
