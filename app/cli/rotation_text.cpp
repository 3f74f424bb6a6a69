// Rotation formatting shared by the rotation verbs. The plan's payout column is worked out by
// the engine's own arithmetic (beneficiaryMoney) so that what is shown is what a payout pays.
#include "app/cli/rotation_text.h"

#include "app/cli/cli_context.h"
#include "app/cli/meeting_text.h"
#include "app/cli/text_table.h"
#include "core/error/errors.h"
#include "core/rotation/round_money.h"

#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

// The money of each beneficiary of a planned round (empty while the beneficiaries are unknown).
std::vector<BeneficiaryMoney> roundMoney(const RotationState& state, const RoundPlan& row)
{
    if (row.beneficiaries.empty())
        return {};
    return beneficiaryMoney(state, row.round, row.beneficiaries, row.discounts);
}

std::string joinAmounts(const std::vector<std::int64_t>& amounts, const Currency& currency)
{
    std::string text;
    for (auto a : amounts)
        text += (text.empty() ? "" : "; ") + amountText(a, currency);
    return text;
}

} // namespace

std::vector<std::string> splitOn(const std::string& text, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    for (char c : text) {
        if (c == sep) {
            parts.push_back(part);
            part.clear();
        } else if (c != ' ') {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

RotationState requireRotationArg(const Book& book, const std::string& text)
{
    const RotationId id = CliContext::parseCount(text, "ROTATION", 1, std::numeric_limits<std::int64_t>::max());
    auto state = book.rotation(id);
    if (!state)
        throw ValidationError("ROTATION", "rotation.unknown", "There is no rotation " + text, {text});
    return *state;
}

int roundArg(const std::string& text, const std::string& name)
{
    return static_cast<int>(CliContext::parseCount(text, name, 1, std::numeric_limits<int>::max()));
}

std::string memberLine(const Book& book, MemberId member)
{
    // memberName already says "member N" for a number with no member: not "9 member 9".
    if (!book.member(member))
        return memberName(book, member);
    return std::to_string(member) + " " + memberName(book, member);
}

void memberAmountsLine(std::ostream& out, const Book& book, const std::string& label,
                       const std::vector<MemberAmount>& amounts, const Currency& currency)
{
    if (amounts.empty())
        return;
    out << "  " << label << ":";
    for (std::size_t i = 0; i < amounts.size(); ++i)
        out << (i ? "," : "") << " " << memberLine(book, amounts[i].member) << " "
            << amountText(amounts[i].amount, currency);
    out << "\n";
}

std::string handText(const Book& book, const RotationSpec& spec, HandNumber hand)
{
    std::string text = std::to_string(hand);
    const Hand* h = spec.findHand(hand);
    if (!h)
        return text;
    std::string names;
    for (const auto& holder : h->holders)
        names += (names.empty() ? "" : " + ") + memberName(book, holder.member);
    return text + " (" + names + ")";
}

std::string handsText(const Book& book, const RotationSpec& spec, const std::vector<HandNumber>& hands)
{
    if (hands.empty())
        return "to decide";
    std::string text;
    for (auto h : hands)
        text += (text.empty() ? "" : "; ") + handText(book, spec, h);
    return text;
}

std::string planTable(const Book& book, const RotationState& state)
{
    const Currency& currency = state.spec.currency();
    TextTable t({{"Round", TextTable::Align::Right},
                 {"Date"},
                 {"Beneficiary"},
                 {"Pot", TextTable::Align::Right},
                 {"Discount", TextTable::Align::Right},
                 {"Payout", TextTable::Align::Right},
                 {"Status"}});
    for (const auto& row : planCycle(state)) {
        std::vector<std::int64_t> payouts;
        for (const auto& m : roundMoney(state, row))
            payouts.push_back(m.payout);
        t.addRow({std::to_string(row.round), row.date.iso(), handsText(book, state.spec, row.beneficiaries),
                  amountText(row.grossPot, currency), joinAmounts(row.discounts, currency),
                  joinAmounts(payouts, currency), roundStatusCode(row.status)});
    }
    return t.render();
}

} // namespace tontine::cli
