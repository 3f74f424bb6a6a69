#pragma once
// How statements, the fund report and the collection sheet read on the command line (text
// tables, amounts in major units) and in JSON (amounts as integers in minor units). Formatting
// only: every figure comes from core/report.

#include "app/cli/json_writer.h"
#include "core/report/collection_sheet.h"
#include "core/report/fund_report.h"
#include "core/report/member_statement.h"

#include <string>

namespace tontine::cli {

void statementJson(JsonWriter& j, const MemberStatement& statement);
std::string statementText(const MemberStatement& statement, const Currency& currency);

void fundReportJson(JsonWriter& j, const FundMonthlyReport& report);
std::string fundReportText(const FundMonthlyReport& report, const Currency& currency);

void collectionSheetJson(JsonWriter& j, const CollectionSheet& sheet);
std::string collectionSheetText(const CollectionSheet& sheet, const Currency& currency);

} // namespace tontine::cli
