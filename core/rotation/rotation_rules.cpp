#include "core/rotation/rotation_rules.h"

#include <array>
#include <utility>

namespace tontine {

namespace {
// One table per enum, so code and parse cannot drift apart.
template <typename E, std::size_t N>
std::string codeOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [e, code] : table)
        if (e == value)
            return std::string(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parseWith(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view code)
{
    for (const auto& [e, c] : table)
        if (c == code)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<OrderMethod, std::string_view>, 3> kOrder{{
    {OrderMethod::Fixed, "fixed"}, {OrderMethod::Draw, "draw"}, {OrderMethod::Auction, "auction"}}};
constexpr std::array<std::pair<DiscountRule, std::string_view>, 3> kDiscount{{
    {DiscountRule::SharedNow, "shared-now"}, {DiscountRule::KeptByFund, "kept"},
    {DiscountRule::SharedAtEnd, "shared-at-end"}}};
constexpr std::array<std::pair<CommissionSource, std::string_view>, 2> kSource{{
    {CommissionSource::Winner, "winner"}, {CommissionSource::Pot, "pot"}}};
constexpr std::array<std::pair<ShortfallRule, std::string_view>, 2> kShortfall{{
    {ShortfallRule::Wait, "wait"}, {ShortfallRule::Advance, "advance"}}};
constexpr std::array<std::pair<LeaverRefund, std::string_view>, 2> kLeaver{{
    {LeaverRefund::Return, "return"}, {LeaverRefund::Keep, "keep"}}};
} // namespace

std::string orderMethodCode(OrderMethod m) { return codeOf(kOrder, m); }
std::string discountRuleCode(DiscountRule r) { return codeOf(kDiscount, r); }
std::string commissionSourceCode(CommissionSource s) { return codeOf(kSource, s); }
std::string shortfallRuleCode(ShortfallRule r) { return codeOf(kShortfall, r); }
std::string leaverRefundCode(LeaverRefund r) { return codeOf(kLeaver, r); }
std::optional<OrderMethod> parseOrderMethod(std::string_view code) { return parseWith(kOrder, code); }
std::optional<DiscountRule> parseDiscountRule(std::string_view code) { return parseWith(kDiscount, code); }
std::optional<CommissionSource> parseCommissionSource(std::string_view code) { return parseWith(kSource, code); }
std::optional<ShortfallRule> parseShortfallRule(std::string_view code) { return parseWith(kShortfall, code); }
std::optional<LeaverRefund> parseLeaverRefund(std::string_view code) { return parseWith(kLeaver, code); }

} // namespace tontine
