#pragma once
// The ledger account codes the rotation engine posts to. The book layer must create the
// per-rotation and per-member accounts before posting what the engine returns.

#include "core/members/member.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tontine {

using RotationId = std::int64_t;

namespace rotation_accounts {
inline constexpr std::string_view CommissionIncome = "income:commission"; // income
inline constexpr std::string_view DiscountIncome = "income:discounts";    // income
inline constexpr std::string_view ForfeitIncome = "income:forfeits";      // income: a leaver's kept contributions
// Also used: accounts::Cash, accounts::FineIncome (fines), accounts::GroupExpense (contributions
// returned to a leaver that were already paid out to earlier beneficiaries).

std::string pot(RotationId id);        // "pot:ID", liability: contributions of the round being collected
std::string prepaid(RotationId id);    // "prepaid:ID", liability: contributions paid early for later rounds
std::string reserve(RotationId id);    // "pot-reserve:ID", liability: discounts to share at cycle end
std::string advance(MemberId member);  // "advance:ID", asset: what the fund advanced for a member
} // namespace rotation_accounts

} // namespace tontine
