#pragma once
// The pieces the dashboard, the fund report and the collection sheet are built from, shared
// between them so each figure is computed in one place. Reads the book only; decides nothing
// and formats nothing. Only core/report/*.cpp include this.

#include "core/book/book.h"
#include "core/report/dashboard_data.h"
#include "core/report/fund_report.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tontine::report {

// The fund's name, currency and language at the head of a report or a sheet.
template <typename Report>
void setFundHeader(Report& report, const FundSettings& settings)
{
    report.fundName = settings.name;
    report.currencyCode = settings.currencyCode;
    report.language = settings.language;
}

// "rotation:<id>", the key reports name a rotation by.
std::string rotationKey(RotationId id);
// Whole days from `from` to `to` (negative when `to` is earlier).
int daysBetween(Date from, Date to);
// Every member's full name by number (members who left included: old figures name them).
std::map<MemberId, std::string> memberNames(const Book& book);

// Every rotation as its records stood at the end of `on` (stateAsOf), by id; rotations that
// start after `on` are included (they have no records yet).
std::vector<RotationState> rotationsAsOf(const Book& book, Date on);
// What a member owes one rotation at the end of `on`: rounds dated on or before it still
// unpaid, plus late fines not paid; and the days since the oldest such round fell due.
struct RotationOwed {
    MemberId member = 0;
    std::int64_t amount = 0;
    int daysLate = 0;
};
std::vector<RotationOwed> rotationOwed(const RotationState& asOf, Date on);
std::vector<RotationProgress> rotationProgress(const std::vector<RotationState>& asOf);
std::vector<RotationStatusLine> rotationStatus(const std::vector<RotationState>& asOf, Date on,
                                               const std::map<MemberId, std::string>& names);

// Due and collected at each meeting dated in [from, to] (see CollectionPoint).
std::vector<CollectionPoint> collectionPoints(const Book& book, Date from, Date to);

// The fund report's parts for `month` (see FundMonthlyReport).
// Balance lines from every account's balance at the start and the end (Book::balancesOn).
std::vector<FundBalanceLine> cashAndBankLines(const std::vector<AccountBalance>& opening,
                                              const std::vector<AccountBalance>& closing);
std::vector<FundBalanceLine> fundBalanceLines(const Book& book, const std::vector<AccountBalance>& opening,
                                              const std::vector<AccountBalance>& closing);
std::vector<FlowLine> flowLines(const std::vector<Entry>& entries);
std::vector<ArrearsLine> arrearsLines(const Book& book, const std::vector<RotationState>& rotationsAtEnd, Date on,
                                      const std::map<MemberId, std::string>& names);

} // namespace tontine::report
