// The fund's monthly report: cash and bank, money in and out by kind, every fund's balance,
// the loan portfolio with arrears ageing and PAR30, members in arrears, rotations and the
// chain head; then the dashboard's charts, drawn by ui/charts from the same data.
#include "ui/print/report_documents.h"

#include "ui/charts/dashboard_charts.h"
#include "ui/convert.h"
#include "ui/print/print_labels.h"
#include "ui/print/report_html.h"

#include <QCoreApplication>

namespace tontine::ui {

namespace {
struct FundReportDocument {
    Q_DECLARE_TR_FUNCTIONS(FundReportDocument)
};
using T = FundReportDocument;

QString bucketLabel(AgeingBucket b)
{
    switch (b) {
    case AgeingBucket::Current: return T::tr("not late");
    case AgeingBucket::Late1To30: return T::tr("1–30 days late");
    case AgeingBucket::Late31To60: return T::tr("31–60 days late");
    case AgeingBucket::Late61To90: return T::tr("61–90 days late");
    case AgeingBucket::LateOver90: return T::tr("over 90 days late");
    }
    return {};
}

QString balanceTable(const std::vector<FundBalanceLine>& lines, const ReportFormat& f, const FundMonthlyReport& r)
{
    HtmlTable table({{T::tr("Account")},
                     {T::tr("On %1").arg(f.date(r.month.previous().last())), HtmlTable::Amount},
                     {T::tr("On %1").arg(f.date(r.month.last())), HtmlTable::Amount},
                     {T::tr("Change"), HtmlTable::Amount}});
    for (const FundBalanceLine& l : lines) {
        const std::int64_t change = l.closing - l.opening;
        table.addRow({fundLineLabel(l.key, l.name), f.money(l.opening), f.money(l.closing),
                      change == 0 ? QString() : (change > 0 ? QStringLiteral("+") : QString()) + f.money(change)});
    }
    return table.html();
}

QString flowsSection(const FundMonthlyReport& r, const ReportFormat& f)
{
    QString html = subheading(T::tr("Money in and out by kind"));
    if (r.flows.empty())
        return html + paragraph(T::tr("No money came in or went out this month."));
    HtmlTable table({{T::tr("Kind")}, {T::tr("Entries"), HtmlTable::Amount}, {T::tr("In"), HtmlTable::Amount}, {T::tr("Out"), HtmlTable::Amount}});
    for (const FlowLine& l : r.flows)
        table.addRow({entryKindLabel(l.kind), f.number(l.entries), f.moneyOrBlank(l.cashIn), f.moneyOrBlank(l.cashOut)});
    table.addRow({T::tr("Total"), QString(), f.money(r.totalIn), f.money(r.totalOut)}, true);
    return html + table.html();
}

QString portfolioSection(const FundMonthlyReport& r, const ReportFormat& f)
{
    const Portfolio& p = r.portfolio;
    QString html = subheading(T::tr("Loan portfolio on %1").arg(f.date(r.month.last())));
    html += fieldList({{T::tr("Loans outstanding"), f.number(p.loans)},
                       {T::tr("Principal outstanding"), f.money(p.outstanding)},
                       {T::tr("At risk over 30 days"), f.money(p.atRisk30)},
                       {T::tr("PAR30 (share of principal more than 30 days late)"),
                        QStringLiteral("%1 %").arg(percentText(p.par30BasisPoints))},
                       {T::tr("Group guarantees committed (not cash)"), f.money(p.guaranteesCommitted)}});
    HtmlTable ageing({{T::tr("Arrears")}, {T::tr("Loans"), HtmlTable::Amount}, {T::tr("Principal"), HtmlTable::Amount}});
    for (int b = 0; b < AgeingBucketCount; ++b)
        ageing.addRow({bucketLabel(static_cast<AgeingBucket>(b)), f.number(p.loansByBucket[static_cast<std::size_t>(b)]),
                       f.money(p.outstandingByBucket[static_cast<std::size_t>(b)])});
    ageing.addRow({T::tr("Total"), f.number(p.loans), f.money(p.outstanding)}, true);
    return html + ageing.html();
}

QString arrearsSection(const FundMonthlyReport& r, const ReportFormat& f)
{
    QString html = subheading(T::tr("Members in arrears on %1").arg(f.date(r.month.last())));
    if (r.arrears.empty())
        return html + paragraph(T::tr("Nobody is behind."));
    HtmlTable table({{T::tr("No."), HtmlTable::Amount}, {T::tr("Member")}, {T::tr("Behind on")}, {T::tr("Amount"), HtmlTable::Amount}, {T::tr("Days late"), HtmlTable::Amount}});
    std::int64_t total = 0;
    for (const ArrearsLine& a : r.arrears) {
        table.addRow({QString::number(a.member), toQt(a.memberName), arrearsLabel(a.what, a.whatName), f.money(a.amount),
                      a.daysLate > 0 ? f.number(a.daysLate) : QString()});
        total += a.amount;
    }
    table.addRow({QString(), T::tr("Total"), QString(), f.money(total), QString()}, true);
    return html + table.html();
}

QString rotationsSection(const FundMonthlyReport& r, const ReportFormat& f)
{
    if (r.rotations.empty())
        return QString();
    HtmlTable table({{T::tr("Rotation")}, {T::tr("Status")}, {T::tr("Rounds paid out"), HtmlTable::Amount}, {T::tr("Arrears"), HtmlTable::Amount},
                     {T::tr("Next round")}});
    for (const RotationStatusLine& l : r.rotations) {
        QString next;
        if (l.nextRound) {
            next = l.nextDate ? T::tr("round %1 on %2").arg(QString::number(*l.nextRound), f.date(l.nextDate))
                              : T::tr("round %1").arg(*l.nextRound);
            if (!l.nextBeneficiaries.empty())
                next += QStringLiteral(" — ") + toQt(l.nextBeneficiaries);
        }
        table.addRow({toQt(l.name), rotationStatusLabel(l.status), T::tr("%1 of %2").arg(l.roundsPaidOut).arg(l.rounds), f.moneyOrBlank(l.arrears),
                      next});
    }
    return subheading(T::tr("Rotations")) + table.html();
}

QString premiumsSection(const FundMonthlyReport& r, const ReportFormat& f)
{
    if (r.premiums.empty())
        return QString();
    HtmlTable table({{T::tr("Partner mutual")}, {T::tr("Held at the start"), HtmlTable::Amount},
                     {T::tr("Collected"), HtmlTable::Amount}, {T::tr("Remitted"), HtmlTable::Amount},
                     {T::tr("Held, not yet remitted"), HtmlTable::Amount}});
    for (const PremiumsLine& l : r.premiums)
        table.addRow({toQt(l.name), f.money(l.heldOpening), f.moneyOrBlank(l.collected), f.moneyOrBlank(l.remitted),
                      f.money(l.heldClosing)});
    return subheading(T::tr("Health insurance premiums")) + table.html();
}

// The charts, drawn at twice the size they are printed so lines stay sharp on paper.
PrintPart chartsPart(const FundMonthlyReport& r, const FundSettings& settings, const ReportFormat& f)
{
    PrintPart part;
    part.title = T::tr("Monthly report %1 — charts").arg(f.month(r.month));
    QString html = heading(T::tr("Charts, %1 to %2").arg(f.date(r.charts.from), f.date(r.charts.to)));
    html += paragraph(T::tr("The same figures as the tables of the dashboard."));
    const DashboardChart charts[] = {DashboardChart::Cash, DashboardChart::Collections, DashboardChart::Portfolio,
                                     DashboardChart::SocialFund, DashboardChart::Rotations};
    int n = 0;
    for (DashboardChart chart : charts) {
        const QString name = QStringLiteral("chart-%1.png").arg(static_cast<int>(chart));
        // Drawn at 1.5 times the printed size: sharp lines, and the chart's own labels stay readable.
        part.images.insert(name, renderDashboardChart(chart, r.charts, settings.currency(), f.locale(), QSize(990, 450)));
        // Two charts a page, each under its title: QTextDocument cannot keep a title with the
        // image after it, so the page breaks are set here (both A4 and Letter hold two).
        const QString pageBreak = n > 0 && n % 2 == 0 ? QStringLiteral(" page-break-before: always;") : QString();
        html += QStringLiteral("<p style=\"margin-top: 10px;%1\"><b>%2</b></p><p><img src=\"%3\" width=\"660\" height=\"300\"></p>")
                    .arg(pageBreak, esc(dashboardChartTitle(chart)), name);
        ++n;
    }
    part.html = html;
    return part;
}
} // namespace

PrintDocument fundReportDocument(const FundMonthlyReport& r, const FundSettings& settings)
{
    const ReportFormat f(settings.currency(), fundLocale(settings.language));
    PrintDocument doc = fundDocument(settings, f, T::tr("Monthly report — %1").arg(f.month(r.month)));

    QString html = heading(doc.title);
    html += fieldList({{T::tr("Fund"), toQt(r.fundName)},
                       {T::tr("Period"), T::tr("%1 to %2").arg(f.date(r.month.first()), f.date(r.month.last()))},
                       {T::tr("Meetings held"), f.number(r.meetingsHeld)}});
    html += subheading(T::tr("Cash and bank"));
    html += r.cashAndBank.empty() ? paragraph(T::tr("No cash was ever recorded.")) : balanceTable(r.cashAndBank, f, r);
    html += flowsSection(r, f);
    html += subheading(T::tr("Balances of every fund")) + balanceTable(r.funds, f, r);
    html += portfolioSection(r, f);
    html += arrearsSection(r, f);
    html += rotationsSection(r, f);
    html += premiumsSection(r, f);
    html += chainHeadBox(T::tr("Chain head of the books on %1:").arg(f.date(r.month.last())), toQt(r.chainHead.shortText()),
                         T::tr("Compare it with the members' statements of the same month and with the meeting summaries: "
                               "if any record up to this date is changed behind the group's back, checking the fund will "
                               "no longer match it."));
    addPart(doc, doc.title, html);
    doc.parts.push_back(chartsPart(r, settings, f));
    return doc;
}

} // namespace tontine::ui
