#include "core/social/social_rules.h"

#include "core/money/money.h"
#include "core/text/canonical_text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace tontine {

namespace {

constexpr std::array<std::pair<SocialEvent, std::string_view>, 6> kEvents{{
    {SocialEvent::Illness, "illness"},
    {SocialEvent::DeathOfMember, "death-member"},
    {SocialEvent::DeathOfRelative, "death-relative"},
    {SocialEvent::Birth, "birth"},
    {SocialEvent::Wedding, "wedding"},
    {SocialEvent::Other, "other"},
}};

constexpr int kMaxApprovals = 20;

void add(Problems& problems, std::string field, std::string code, std::string text, std::vector<std::string> args = {})
{
    problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
}

// An amount of the rules: not negative, and a whole multiple of the fund's rounding unit
// (a grant or a contribution the cash box cannot pay in whole coins is a typing mistake).
void checkAmount(Problems& problems, const std::string& field, const std::string& what, std::int64_t amount,
                 std::int64_t unit, const Currency* currency)
{
    if (amount < 0)
        add(problems, field, "social.negative_amount",
            what + " cannot be negative (" + formatAmount(amount, currency) + ")", {std::to_string(amount)});
    else if (amount % unit != 0)
        add(problems, field, "social.amount_unit",
            what + " (" + formatAmount(amount, currency) + ") must be a whole multiple of the rounding unit " +
                formatAmount(unit, currency),
            {std::to_string(amount), std::to_string(unit)});
}

} // namespace

std::string socialEventCode(SocialEvent event)
{
    for (const auto& [e, code] : kEvents)
        if (e == event)
            return std::string(code);
    return "";
}

std::optional<SocialEvent> parseSocialEvent(std::string_view code)
{
    for (const auto& [e, c] : kEvents)
        if (c == code)
            return e;
    return std::nullopt;
}

const std::vector<SocialEvent>& allSocialEvents()
{
    static const std::vector<SocialEvent> events = [] {
        std::vector<SocialEvent> out;
        for (const auto& [e, code] : kEvents)
            out.push_back(e);
        return out;
    }();
    return events;
}

const SocialEventRule* SocialRules::ruleFor(SocialEvent event) const
{
    for (const SocialEventRule& rule : events)
        if (rule.event == event)
            return &rule;
    return nullptr;
}

SocialRules defaultSocialRules()
{
    return SocialRules{};
}

Problems validateSocialRules(const SocialRules& rules, std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    const std::int64_t unit = roundingUnit > 0 ? roundingUnit : 1;
    checkAmount(problems, "contribution", "The social fund contribution", rules.contribution, unit, currency);
    checkAmount(problems, "loanMax", "The largest social loan", rules.loanMax, unit, currency);
    if (rules.approvalsRequired < 1 || rules.approvalsRequired > kMaxApprovals)
        add(problems, "approvalsRequired", "social.approvals_range",
            "A grant needs between 1 and " + std::to_string(kMaxApprovals) + " approvals, not " +
                std::to_string(rules.approvalsRequired),
            {"1", std::to_string(kMaxApprovals), std::to_string(rules.approvalsRequired)});
    for (std::size_t i = 0; i < rules.events.size(); ++i) {
        const SocialEventRule& rule = rules.events[i];
        const std::string code = socialEventCode(rule.event);
        if (code.empty()) {
            add(problems, "events", "social.event_unknown", "A grant rule names an unknown event");
            continue;
        }
        checkAmount(problems, "events", "The grant for " + code, rule.amount, unit, currency);
        if (rule.fixed && rule.amount == 0)
            add(problems, "events", "social.fixed_zero",
                "A fixed grant for " + code + " must be more than zero (leave the event out to give nothing)", {code});
        const bool earlier = std::any_of(rules.events.begin(), rules.events.begin() + static_cast<std::ptrdiff_t>(i),
                                         [&](const SocialEventRule& r) { return r.event == rule.event; });
        if (earlier)
            add(problems, "events", "social.event_twice", "The event " + code + " has more than one grant rule", {code});
    }
    return problems;
}

std::string socialRulesSnapshot(const SocialRules& rules)
{
    // Field order and keys are fixed forever (append new keys at the end). Event codes hold
    // '-', which keys may not, so each rule is one "event" line naming its event.
    CanonicalWriter w("social_rules");
    w.integer("contribution", rules.contribution)
        .integer("approvalsRequired", rules.approvalsRequired)
        .flag("loansAllowed", rules.loansAllowed)
        .integer("loanMax", rules.loanMax);
    // Enum order, so the same table typed in another order chains the same bytes.
    std::vector<SocialEventRule> events = rules.events;
    std::stable_sort(events.begin(), events.end(), [](const SocialEventRule& a, const SocialEventRule& b) {
        return static_cast<int>(a.event) < static_cast<int>(b.event);
    });
    w.integer("events", static_cast<std::int64_t>(events.size()));
    for (const SocialEventRule& rule : events)
        w.text("event", socialEventCode(rule.event) + " fixed=" + (rule.fixed ? "1" : "0") +
                            " amount=" + std::to_string(rule.amount));
    return w.str();
}

} // namespace tontine
