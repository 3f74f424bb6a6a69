#pragma once
// The social fund's rules (DESIGN §2.3): the contribution per member per meeting, the table
// of events with their grant (fixed amount or ceiling), how many committee approvals a grant
// needs, and whether interest-free social loans are allowed. Pure data and validation.

#include "core/error/errors.h"
#include "core/money/currency.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

enum class SocialEvent { Illness, DeathOfMember, DeathOfRelative, Birth, Wedding, Other };
std::string socialEventCode(SocialEvent event); // "illness", "death-member", "death-relative", "birth", "wedding", "other"
std::optional<SocialEvent> parseSocialEvent(std::string_view code);
const std::vector<SocialEvent>& allSocialEvents();

struct SocialEventRule {
    SocialEvent event = SocialEvent::Other;
    bool fixed = false;          // true: the grant is exactly `amount`; false: at most `amount`
    std::int64_t amount = 0;     // minor units; 0 means no grant for this event
};

struct SocialRules {
    std::int64_t contribution = 0; // per active member per meeting; 0 = no contribution
    int approvalsRequired = 2;     // committee members who must approve a grant or social loan
    bool loansAllowed = false;     // interest-free social loans
    std::int64_t loanMax = 0;      // the largest social loan (0 = only what the fund holds)
    std::vector<SocialEventRule> events; // at most one rule per event

    const SocialEventRule* ruleFor(SocialEvent event) const;
};

// Default rules for a new fund: no contribution, two approvals, no loans, no events.
SocialRules defaultSocialRules();
// Every problem: negative amounts, approvals 1..20, an event listed twice, a fixed grant of 0.
// Amounts in the texts are in `currency` when given (else plain minor units); args stay minor units.
Problems validateSocialRules(const SocialRules& rules, std::int64_t roundingUnit, const Currency* currency = nullptr);
// "social_rules/1"; events in enum order.
std::string socialRulesSnapshot(const SocialRules& rules);

} // namespace tontine
