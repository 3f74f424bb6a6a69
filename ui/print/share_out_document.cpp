// The share-out report: where the amount shared comes from, each member's part and what was
// taken off it, the rounding rule in words, and the chain head.
#include "ui/print/report_documents.h"

#include "ui/convert.h"
#include "ui/print/report_html.h"

#include <QCoreApplication>

#include <map>

namespace tontine::ui {

namespace {
struct ShareOutDocument {
    Q_DECLARE_TR_FUNCTIONS(ShareOutDocument)
};
using T = ShareOutDocument;

QString fundFigures(const ShareOutFund& fund, const ReportFormat& f)
{
    const bool counted = fund.basis == ShareOutBasis::Counted;
    QString difference = fund.cashCounted ? f.money(fund.difference) : QStringLiteral("—");
    if (fund.cashCounted && fund.difference != 0)
        difference = (fund.difference < 0 ? T::tr("%1 (short)") : T::tr("%1 (over)")).arg(difference);
    std::vector<std::pair<QString, QString>> figures = {
        {T::tr("Members' savings"), f.money(fund.savings)},
        {T::tr("+ Earnings of the cycle"), f.money(fund.earnings)},
        {T::tr("+ Kept back last time"), f.money(fund.carriedIn)},
        {T::tr("= What the books say"), f.money(fund.books)},
        {T::tr("Cash expected in the box"), f.money(fund.cashExpected)},
        {T::tr("Cash counted"), fund.cashCounted ? f.money(*fund.cashCounted) : T::tr("not counted")},
        {T::tr("Difference"), difference},
        {T::tr("Social fund (kept out)"), f.money(fund.socialFund)},
        {T::tr("− Kept back"), f.money(fund.keptBack)},
        {T::tr("= Amount shared"), f.money(fund.amountShared)},
    };
    return fieldList(figures) +
           paragraph(counted ? T::tr("The amount shared starts from the cash counted in the box.")
                             : T::tr("The amount shared starts from what the books say."));
}
} // namespace

PrintDocument shareOutDocument(const SavingsCycle& cycle, const ShareOutPlan& plan, const std::vector<Member>& members,
                               const FundSettings& settings, const ChainHead& head)
{
    const ReportFormat f(settings.currency(), fundLocale(settings.language));
    std::map<MemberId, QString> names;
    for (const Member& m : members)
        names[m.id] = toQt(m.fullName());
    PrintDocument doc = fundDocument(settings, f, T::tr("Share-out — %1").arg(toQt(cycle.name)));

    QString html = heading(doc.title);
    html += fieldList({{T::tr("Cycle"), T::tr("%1, %2 to %3").arg(toQt(cycle.name), f.date(cycle.start), f.date(cycle.end))},
                       {T::tr("Share-out meeting"), f.date(plan.date)},
                       {T::tr("Rule"), plan.result.rule == ShareOutRule::TimeWeighted
                                           ? T::tr("by amount and time held (time-weighted)")
                                           : T::tr("in proportion to savings (standard)")},
                       {T::tr("Meetings in the cycle"), f.number(plan.meetings)}});
    if (!plan.committedEntry)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(T::tr("PREVIEW — not recorded yet: the figures may still change.")));
    html += subheading(T::tr("Where the amount shared comes from")) + fundFigures(plan.fund, f);
    if (!plan.keptBackNote.empty())
        html += paragraph(T::tr("Kept back because: %1").arg(toQt(plan.keptBackNote)));

    HtmlTable table({{T::tr("No."), HtmlTable::Amount},
                     {T::tr("Member")},
                     {T::tr("Shares"), HtmlTable::Amount},
                     {T::tr("Saved"), HtmlTable::Amount},
                     {T::tr("Part"), HtmlTable::Amount},
                     {T::tr("Taken off (owed)"), HtmlTable::Amount},
                     {T::tr("Paid out"), HtmlTable::Amount},
                     {T::tr("Still owed"), HtmlTable::Amount}});
    std::int64_t saved = 0, gross = 0, deductions = 0, net = 0, stillOwed = 0;
    for (const ShareOutLine& l : plan.result.lines) {
        const auto it = names.find(l.member);
        table.addRow({QString::number(l.member), it == names.end() ? QString() : it->second, f.number(l.shares), f.money(l.saved),
                      f.money(l.gross), f.moneyOrBlank(l.deductions), f.money(l.net), f.moneyOrBlank(l.stillOwed)});
        saved += l.saved;
        gross += l.gross;
        deductions += l.deductions;
        net += l.net;
        stillOwed += l.stillOwed;
    }
    table.addRow({QString(), T::tr("Total"), f.number(plan.result.totalShares), f.money(saved), f.money(gross), f.money(deductions),
                  f.money(net), f.moneyOrBlank(stillOwed)},
                 true);
    html += subheading(T::tr("Each member's part")) + table.html();
    if (!plan.result.roundingNote.empty())
        html += paragraph(toQt(plan.result.roundingNote));
    if (plan.result.keptByRounding != 0)
        html += paragraph(T::tr("Kept by the fund from rounding: %1").arg(f.money(plan.result.keptByRounding)));
    for (const auto& [member, amount] : plan.reinvest) {
        const auto it = names.find(member);
        html += paragraph(T::tr("%1 leaves %2 as opening savings of the next cycle.")
                              .arg(it == names.end() ? T::tr("No. %1").arg(member) : it->second, f.money(amount)));
    }
    for (const std::string& note : plan.notes)
        html += paragraph(toQt(note));
    html += chainHeadBox(T::tr("Chain head of the books:"), toQt(head.shortText()),
                         T::tr("Compare it with the meeting summary and your next statement: if any record is changed "
                               "behind the group's back, checking the fund will no longer match it."));
    addPart(doc, doc.title, html);
    return doc;
}

} // namespace tontine::ui
