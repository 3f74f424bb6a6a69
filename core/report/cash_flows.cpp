// Money in and out of the cash box, bank and mobile money, by entry kind, in the order the
// meeting summary lists kinds (MeetingSummary::kindOrder), others after by name.
#include "core/report/report_parts.h"

#include "core/ledger/cash_moves.h"

#include "core/money/money.h"


namespace tontine::report {

std::vector<FlowLine> flowLines(const std::vector<Entry>& entries)
{
    std::map<std::string, FlowLine> byKind;
    for (const Entry& e : entries) {
        const CashMoves cash = cashMoves(e.postings);
        if (!cash.any())
            continue;
        FlowLine& line = byKind[e.action];
        line.kind = e.action;
        ++line.entries;
        line.cashIn = checkedAdd(line.cashIn, cash.in);
        line.cashOut = checkedAdd(line.cashOut, cash.out);
    }
    std::vector<FlowLine> out;
    for (const std::string& kind : MeetingSummary::kindOrder())
        if (auto it = byKind.find(kind); it != byKind.end()) {
            out.push_back(std::move(it->second));
            byKind.erase(it);
        }
    for (auto& [kind, line] : byKind)
        out.push_back(std::move(line));
    return out;
}

} // namespace tontine::report
