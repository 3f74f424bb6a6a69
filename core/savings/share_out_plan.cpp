#include "core/savings/share_out_plan.h"

#include "core/text/canonical_text.h"

namespace tontine {

std::string shareOutBasisCode(ShareOutBasis basis) { return basis == ShareOutBasis::Books ? "books" : "counted"; }

std::optional<ShareOutBasis> parseShareOutBasis(std::string_view code)
{
    if (code == "books")
        return ShareOutBasis::Books;
    if (code == "counted")
        return ShareOutBasis::Counted;
    return std::nullopt;
}

std::string shareOutSnapshot(const ShareOutPlan& plan)
{
    CanonicalWriter w("shareout");
    const auto& f = plan.fund;
    const auto& r = plan.result;
    w.integer("cycle", plan.cycle.id).text("date", plan.date.iso()).text("rule", shareOutRuleCode(r.rule));
    w.text("basis", shareOutBasisCode(f.basis)).integer("meetings", plan.meetings);
    w.integer("savings", f.savings).integer("earnings", f.earnings).integer("cashExpected", f.cashExpected);
    w.text("cashCounted", f.cashCounted ? std::to_string(*f.cashCounted) : "");
    w.integer("socialFund", f.socialFund).integer("keptBack", f.keptBack).text("keptBackNote", plan.keptBackNote);
    w.integer("amountShared", f.amountShared).integer("keptByRounding", r.keptByRounding);
    w.integer("unitsByRemainder", r.unitsByRemainder).text("roundingNote", r.roundingNote);
    w.integer("lines", static_cast<std::int64_t>(r.lines.size()));
    for (const auto& l : r.lines) {
        const auto reinvested = plan.reinvest.find(l.member);
        const std::string k = "line." + std::to_string(l.member) + ".";
        w.integer(k + "shares", l.shares).integer(k + "saved", l.saved).integer(k + "weight", l.weight);
        w.integer(k + "gross", l.gross).integer(k + "deductions", l.deductions).integer(k + "net", l.net);
        w.integer(k + "stillOwed", l.stillOwed);
        w.integer(k + "reinvested", reinvested == plan.reinvest.end() ? 0 : reinvested->second);
        w.flag(k + "roundedUp", l.roundedUp);
    }
    return w.str();
}

} // namespace tontine
