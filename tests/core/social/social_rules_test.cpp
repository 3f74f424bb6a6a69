#include "core/social/social_rules.h"

#include <catch2/catch.hpp>

using namespace tontine;

namespace {

std::vector<std::pair<std::string, std::string>> fieldsAndCodes(const Problems& problems)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const Problem& p : problems) {
        CHECK_FALSE(p.text.empty());
        out.emplace_back(p.field, p.code);
    }
    return out;
}

using FC = std::vector<std::pair<std::string, std::string>>;

} // namespace

TEST_CASE("social: event codes round-trip", "[social]")
{
    const std::vector<std::string> expected{"illness", "death-member", "death-relative", "birth", "wedding", "other"};
    REQUIRE(allSocialEvents().size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(socialEventCode(allSocialEvents()[i]) == expected[i]);
        CHECK(parseSocialEvent(expected[i]) == allSocialEvents()[i]);
    }
    CHECK_FALSE(parseSocialEvent("Illness"));
    CHECK_FALSE(parseSocialEvent("death"));
}

TEST_CASE("social: default rules and the rule for an event", "[social]")
{
    const SocialRules d = defaultSocialRules();
    CHECK(d.contribution == 0);
    CHECK(d.approvalsRequired == 2);
    CHECK_FALSE(d.loansAllowed);
    CHECK(d.events.empty());
    CHECK(validateSocialRules(d, 1).empty());

    SocialRules r;
    r.events = {{SocialEvent::Illness, false, 25000}, {SocialEvent::Birth, true, 10000}};
    REQUIRE(r.ruleFor(SocialEvent::Birth));
    CHECK(r.ruleFor(SocialEvent::Birth)->amount == 10000);
    CHECK(r.ruleFor(SocialEvent::Wedding) == nullptr);
}

TEST_CASE("social: rules are checked field by field", "[social]")
{
    SocialRules r;
    r.contribution = 500;
    r.loanMax = 50000;
    r.events = {{SocialEvent::Illness, false, 25000}, {SocialEvent::DeathOfMember, true, 100000}};
    CHECK(validateSocialRules(r, 25).empty());

    r.contribution = -100;
    r.approvalsRequired = 0;
    r.loanMax = 50010;
    r.events.push_back({SocialEvent::Illness, false, 10000});
    r.events.push_back({SocialEvent::Birth, true, 0});
    CHECK(fieldsAndCodes(validateSocialRules(r, 25)) == FC{{"contribution", "social.negative_amount"},
                                                           {"loanMax", "social.amount_unit"},
                                                           {"approvalsRequired", "social.approvals_range"},
                                                           {"events", "social.event_twice"},
                                                           {"events", "social.fixed_zero"}});
    r = defaultSocialRules();
    r.approvalsRequired = 21;
    r.events = {{SocialEvent::Wedding, false, -5}};
    CHECK(fieldsAndCodes(validateSocialRules(r, 1)) ==
          FC{{"approvalsRequired", "social.approvals_range"}, {"events", "social.negative_amount"}});
}

TEST_CASE("social: rules snapshot lists events in enum order", "[social]")
{
    SocialRules r;
    r.contribution = 500;
    r.loansAllowed = true;
    r.loanMax = 50000;
    r.events = {{SocialEvent::Wedding, false, 15000}, {SocialEvent::DeathOfMember, true, 100000}};
    const std::string snapshot = socialRulesSnapshot(r);
    CHECK(snapshot == "format=social_rules/1\n"
                      "contribution=500\n"
                      "approvalsRequired=2\n"
                      "loansAllowed=1\n"
                      "loanMax=50000\n"
                      "events=2\n"
                      "event=death-member fixed=1 amount=100000\n"
                      "event=wedding fixed=0 amount=15000\n");
    std::swap(r.events[0], r.events[1]);
    CHECK(socialRulesSnapshot(r) == snapshot);
    r.events[0].amount = 100005;
    CHECK(socialRulesSnapshot(r) != snapshot);
}
