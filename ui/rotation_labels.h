#pragma once
// Human words for a rotation's settings and facts: order method, discount rule, fines,
// hands with their holders, round status, the definition summary. Pure formatting of what
// core says; it must not decide any rule or write to a Book.

#include "core/members/member.h"
#include "core/rotation/rotation_plan.h"
#include "core/rotation/rotation_spec.h"

#include <QHash>
#include <QString>

#include <vector>

namespace tontine::ui {

// Full names of members by number, for showing hands and bidders.
using MemberNames = QHash<MemberId, QString>;
MemberNames memberNames(const std::vector<Member>& members);
QString memberName(const MemberNames& names, MemberId id);

QString orderMethodLabel(OrderMethod method);
QString discountRuleLabel(DiscountRule rule);
QString shortfallRuleLabel(ShortfallRule rule);
QString leaverRefundLabel(LeaverRefund refund);
QString roundStatusLabel(RoundStatus status);
// "none", "500 F CFA from the winner", "2 % of the pot share, from the pot".
QString commissionText(const CommissionRule& rule, const Currency& currency);
// "none", "500 F CFA once per round paid late", "5 % of the amount paid late, per period late".
QString lateFineText(const FineRule& rule, const Currency& currency);

// "Hand 3: Aminata Fall", or "Hand 3: Aminata Fall + Khady Ba (half each)".
QString handText(const RotationSpec& spec, HandNumber hand, const MemberNames& names);
// Only the holders: "Aminata Fall" or "Aminata Fall + Khady Ba".
QString holdersText(const RotationSpec& spec, HandNumber hand, const MemberNames& names);
// Beneficiary hands of a round joined by "; ", or "to decide" when none is known yet.
QString beneficiariesText(const RotationSpec& spec, const std::vector<HandNumber>& hands, const MemberNames& names);

// Every problem's message, one per line (for refusals that name no field shown here).
QString problemLines(const Problems& problems);

// The rotation's definition as a few lines of rich text (contribution, calendar, hands,
// order method and money rules).
QString rotationSummaryHtml(const RotationSpec& spec);

} // namespace tontine::ui
