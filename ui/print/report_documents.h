#pragma once
// Turns core's report data into printable documents in the fund's language and currency:
// statements, the fund report (with its charts), the collection sheet, the meeting summary,
// the share-out report and a loan's schedule. It reads no book and decides no figure: every
// amount comes from the core struct it is given.

#include "core/book/book.h"
#include "core/report/collection_sheet.h"
#include "core/report/fund_report.h"
#include "core/report/member_statement.h"
#include "ui/print/print_document.h"

#include <vector>

namespace tontine::ui {

PrintDocument statementsDocument(const std::vector<MemberStatement>& statements, const FundSettings& settings);
PrintDocument fundReportDocument(const FundMonthlyReport& report, const FundSettings& settings);
PrintDocument collectionSheetDocument(const CollectionSheet& sheet, const FundSettings& settings);
// The members' names come from `members` (the summary names members by id).
PrintDocument meetingSummaryDocument(const MeetingSummary& summary, const std::vector<Member>& members,
                                     const FundSettings& settings, const ChainHead& head);
PrintDocument shareOutDocument(const SavingsCycle& cycle, const ShareOutPlan& plan, const std::vector<Member>& members,
                               const FundSettings& settings, const ChainHead& head);
PrintDocument loanScheduleDocument(const Loan& loan, const std::vector<Instalment>& schedule,
                                   const std::optional<LoanPosition>& position, const Member& borrower,
                                   const FundSettings& settings, Date today);

} // namespace tontine::ui
