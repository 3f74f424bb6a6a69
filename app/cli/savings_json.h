#pragma once
// The --json documents of the savings, social fund and share-out verbs. Amounts are integers
// in minor units. Formatting only: core decides every number.

#include "app/cli/json_writer.h"
#include "core/book/book.h"

#include <vector>

namespace tontine::cli {

// One cycle as an object: its definition and whether it was shared out.
void cycleJson(JsonWriter& j, const SavingsCycle& cycle);
// "members": every member's shares, saved, pledged, owed and free, then "totals".
void savingsBalancesJson(JsonWriter& j, const Book& book, const std::vector<MemberSavings>& balances);
// "records": every savings record (date, member, kind, shares, amount).
void savingsRecordsJson(JsonWriter& j, const Book& book, const std::vector<SavingsRecord>& records);
// The social fund's rules (fields of the enclosing object).
void socialRulesJson(JsonWriter& j, const SocialRules& rules);
// One grant as an object, with the beneficiary's and approvers' names.
void grantJson(JsonWriter& j, const Book& book, const SocialGrant& grant);
// A share-out plan (fields of the enclosing object): where the amount comes from, every
// member's shares, saved, gross, deductions, net, reinvested part and what they still owe,
// the totals, the rounding note and the problems.
void shareOutJson(JsonWriter& j, const Book& book, const ShareOutPlan& plan);

} // namespace tontine::cli
