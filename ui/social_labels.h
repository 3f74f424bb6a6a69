#pragma once
// Human words for the social fund and the share-out: event names, a grant rule ("fixed
// 25 000 F CFA", "up to 50 000 F CFA"), share-out rules and bases, and approvers by name.
// Pure formatting of what core says; it must not decide any rule or write to a Book.

#include "core/money/currency.h"
#include "core/savings/share_out_plan.h"
#include "core/social/social_rules.h"
#include "ui/rotation_labels.h"

#include <QString>

#include <vector>

namespace tontine::ui {

QString socialEventLabel(SocialEvent event);
// "Fixed grant of 25 000 F CFA", "Up to 50 000 F CFA", "No grant" (amount 0 or no rule).
QString eventRuleText(const SocialEventRule* rule, const Currency& currency);
QString shareOutRuleLabel(ShareOutRule rule);
QString shareOutBasisLabel(ShareOutBasis basis);
// "Awa Ndiaye, Fatou Sarr": the approvers in the order given.
QString approversText(const std::vector<MemberId>& approvers, const MemberNames& names);

} // namespace tontine::ui
