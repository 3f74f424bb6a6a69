#pragma once
// The settings of a rotation that decide money: order method, what happens to an auction
// discount, the organiser's commission, the late-payment fine, what a payout does when
// contributions are missing, and what happens to a leaver's money. Pure data, no behaviour.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tontine {

// How the beneficiaries of each round are chosen.
enum class OrderMethod { Fixed, Draw, Auction };

// Where an auction winner's discount goes: a reduction of what the other members pay that
// round (SharedNow), income of the fund (KeptByFund), or a reserve shared at cycle end.
enum class DiscountRule { SharedNow, KeptByFund, SharedAtEnd };

// Who bears the organiser's commission: the winner (taken from the payout) or the whole pot
// (taken first from the round's discount, then from the payout for what the discount lacks).
enum class CommissionSource { Winner, Pot };

// The organiser's commission per beneficiary: none, a fixed amount, or basis points of the
// beneficiary's share of the pot (rounded half away from zero to the rounding unit).
struct CommissionRule {
    enum class Kind { None, Fixed, Percent };
    Kind kind = Kind::None;
    std::int64_t amount = 0;      // Fixed: minor units
    std::int64_t basisPoints = 0; // Percent: 100 = 1 %
    CommissionSource source = CommissionSource::Winner;
};

// The fine for paying a round late: none, a fixed amount, or basis points of the amount paid
// late; charged once per round, or once per meeting period (or part of one) late.
struct FineRule {
    enum class Kind { None, Fixed, Percent };
    Kind kind = FineRule::Kind::None;
    std::int64_t amount = 0;      // Fixed: minor units
    std::int64_t basisPoints = 0; // Percent: of the amount paid late
    bool perPeriod = false;
};

// What a payout does while some of the round's contributions are missing: refuse (Wait), or
// let the fund advance the shortfall as a debt of each late member (Advance).
enum class ShortfallRule { Wait, Advance };

// What happens to the contributions a member paid when they leave before receiving a pot.
enum class LeaverRefund { Return, Keep };

std::string orderMethodCode(OrderMethod m);       // "fixed", "draw", "auction"
std::string discountRuleCode(DiscountRule r);     // "shared-now", "kept", "shared-at-end"
std::string commissionSourceCode(CommissionSource s); // "winner", "pot"
std::string shortfallRuleCode(ShortfallRule r);   // "wait", "advance"
std::string leaverRefundCode(LeaverRefund r);     // "return", "keep"
std::optional<OrderMethod> parseOrderMethod(std::string_view code);
std::optional<DiscountRule> parseDiscountRule(std::string_view code);
std::optional<CommissionSource> parseCommissionSource(std::string_view code);
std::optional<ShortfallRule> parseShortfallRule(std::string_view code);
std::optional<LeaverRefund> parseLeaverRefund(std::string_view code);

} // namespace tontine
