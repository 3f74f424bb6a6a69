// Money in and out of the cash box, bank and mobile money, by entry kind, in the order the
// meeting summary lists kinds (MeetingSummary::kindOrder), others after by name.
#include "core/report/report_parts.h"

#include "core/money/money.h"

#include <algorithm>

namespace tontine::report {

std::vector<FlowLine> flowLines(const std::vector<Entry>& entries)
{
    std::map<std::string, FlowLine> byKind;
    for (const Entry& e : entries) {
        if (std::none_of(e.postings.begin(), e.postings.end(),
                         [](const Posting& p) { return isCashAccount(p.accountCode); }))
            continue;
        FlowLine& line = byKind[e.action];
        line.kind = e.action;
        ++line.entries;
        // Each posting on its own: a transfer from the box to the bank is money out of one
        // and into the other, not nothing.
        for (const Posting& p : e.postings) {
            if (!isCashAccount(p.accountCode))
                continue;
            if (p.amount > 0)
                line.cashIn = checkedAdd(line.cashIn, p.amount);
            else
                line.cashOut = checkedSub(line.cashOut, p.amount);
        }
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
