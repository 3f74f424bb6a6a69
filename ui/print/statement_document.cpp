// Members' monthly statements: one part per member, so each starts on its own page and
// numbers its own pages.
#include "ui/print/report_documents.h"

#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/print/print_labels.h"
#include "ui/print/report_html.h"

#include <QCoreApplication>

namespace tontine::ui {

namespace {

struct StatementDocument {
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)
};

using T = StatementDocument;

// "−1 500 F CFA" / "+1 500 F CFA": a savings change reads as a change.
QString signedMoney(const ReportFormat& f, std::int64_t minor)
{
    if (minor == 0)
        return QString();
    return minor > 0 ? QStringLiteral("+") + f.money(minor) : f.money(minor);
}

// "late" in words beside an amount, so that being behind never shows by colour alone.
QString lateMark(const ReportFormat& f, std::int64_t amount, int daysLate = 0)
{
    if (amount == 0)
        return QString();
    QString text = esc(f.money(amount));
    const QString mark = daysLate > 0 ? (daysLate == 1 ? T::tr("LATE, 1 day") : T::tr("LATE, %1 days").arg(daysLate)) : T::tr("LATE");
    return QStringLiteral("<b>%1 — %2</b>").arg(text, esc(mark));
}

QString movementsSection(const MemberStatement& s, const ReportFormat& f)
{
    QString html = subheading(T::tr("Movements of the month"));
    if (s.movements.empty())
        return html + paragraph(T::tr("No money moved for this member in the month."));
    HtmlTable table({{T::tr("Date"), HtmlTable::OneLine},
                     {T::tr("Meeting")},
                     {T::tr("What")},
                     {T::tr("Paid in"), HtmlTable::Amount},
                     {T::tr("Received"), HtmlTable::Amount},
                     {T::tr("Savings change"), HtmlTable::Amount}});
    std::int64_t savingsChange = 0;
    for (const MemberMovement& m : s.movements) {
        // The memo says it best when it starts with the kind's words; else both.
        const QString label = entryKindLabel(m.kind);
        const QString memo = toQt(m.memo);
        const QString what = memo.isEmpty() ? label
                             : memo.startsWith(label, Qt::CaseInsensitive) ? memo
                                                                           : label + QStringLiteral(" — ") + memo;
        table.addRow({f.date(m.date), m.meeting ? T::tr("No. %1").arg(*m.meeting) : QString(), what,
                      f.moneyOrBlank(m.cashIn), f.moneyOrBlank(m.cashOut), signedMoney(f, m.savingsChange)});
        savingsChange += m.savingsChange;
    }
    table.addRow({T::tr("Total"), QString(), QString(), f.money(s.totalCashIn), f.money(s.totalCashOut),
                  signedMoney(f, savingsChange)},
                 true);
    return html + table.html();
}

QString turnText(const StatementRotation& r, const ReportFormat& f)
{
    if (r.receivedRound)
        return T::tr("Received: round %1 on %2, %3").arg(QString::number(*r.receivedRound), f.date(r.receivedOn),
                                                          f.money(r.receivedAmount));
    if (r.expectedRound)
        return r.expectedOn ? T::tr("Expected: round %1, about %2").arg(QString::number(*r.expectedRound), f.date(r.expectedOn))
                            : T::tr("Expected: round %1").arg(*r.expectedRound);
    return T::tr("Not yet known");
}

QString rotationsSection(const MemberStatement& s, const ReportFormat& f)
{
    if (s.rotations.empty())
        return QString();
    HtmlTable table({{T::tr("Rotation")},
                     {T::tr("Due in the month"), HtmlTable::Amount},
                     {T::tr("Paid in the month"), HtmlTable::Amount},
                     {T::tr("Arrears at month end"), HtmlTable::Amount},
                     {T::tr("Fines owed"), HtmlTable::Amount},
                     {T::tr("Your turn")}});
    for (const StatementRotation& r : s.rotations)
        table.addHtmlRow({esc(r.name), esc(f.money(r.dueInMonth)), esc(f.money(r.paidInMonth)), lateMark(f, r.arrearsAtEnd),
                          esc(f.moneyOrBlank(r.finesOwed)), esc(turnText(r, f))});
    return subheading(T::tr("Rotations")) + table.html();
}

QString loansSection(const MemberStatement& s, const ReportFormat& f)
{
    if (s.loans.empty())
        return QString();
    HtmlTable table({{T::tr("Loan"), HtmlTable::Text, 22},
                     {T::tr("Lent"), HtmlTable::Amount},
                     {T::tr("Still owed"), HtmlTable::Amount},
                     {T::tr("Due in the month"), HtmlTable::Amount},
                     {T::tr("Paid in the month"), HtmlTable::Amount},
                     {T::tr("Overdue at month end"), HtmlTable::Amount},
                     {T::tr("Next instalment")}});
    for (const StatementLoan& l : s.loans) {
        const QString name = T::tr("No. %1 %2 (%3)").arg(QString::number(l.loan), toQt(l.product), loanStatusLabel(l.status));
        const QString next = l.nextDueOn ? T::tr("%1 on %2").arg(f.money(l.nextDueAmount), f.date(l.nextDueOn)) : QString();
        table.addHtmlRow({esc(name), esc(f.money(l.principal)), esc(f.money(l.principalOutstanding)),
                          esc(f.moneyOrBlank(l.dueInMonth)), esc(f.moneyOrBlank(l.paidInMonth)),
                          lateMark(f, l.overdueAtEnd, l.daysLate), esc(next)});
    }
    return subheading(T::tr("Loans")) + table.html();
}

QString guaranteesSection(const MemberStatement& s, const ReportFormat& f)
{
    if (s.guarantees.empty())
        return QString();
    HtmlTable table({{T::tr("Loan")}, {T::tr("Borrower")}, {T::tr("You pledged"), HtmlTable::Amount},
                     {T::tr("Still held"), HtmlTable::Amount}});
    for (const StatementGuarantee& g : s.guarantees)
        table.addRow({T::tr("No. %1").arg(g.loan), T::tr("%1 (No. %2)").arg(toQt(g.borrowerName)).arg(g.borrower),
                      f.money(g.pledge), f.money(g.held)});
    return subheading(T::tr("Guarantees you give")) +
           paragraph(T::tr("Part of your savings stands behind these loans until they are repaid.")) + table.html();
}

QString grantsSection(const MemberStatement& s, const ReportFormat& f)
{
    if (s.grants.empty())
        return QString();
    HtmlTable table({{T::tr("Date"), HtmlTable::OneLine}, {T::tr("What")}, {T::tr("Amount"), HtmlTable::Amount}});
    for (const StatementGrant& g : s.grants)
        table.addRow({f.date(g.date), grantKindLabel(g.kind), f.money(g.amount)});
    return subheading(T::tr("Social fund")) + table.html();
}

QString duesSection(const MemberStatement& s, const ReportFormat& f)
{
    QString html;
    if (!s.duesOwed.empty()) {
        HtmlTable table({{T::tr("Since"), HtmlTable::OneLine}, {T::tr("What")}, {T::tr("Still owed"), HtmlTable::Amount}});
        for (const StatementDue& d : s.duesOwed)
            table.addRow({f.date(d.dueOn), dueKindLabel(d.kind), f.money(d.outstanding)});
        html += subheading(T::tr("Fines and dues owed")) + table.html();
    }
    const QString total = s.totalOwed == 0
                              ? T::tr("At the end of %1 you owe nothing to the fund.").arg(f.month(s.month))
                              : T::tr("Total you owe at the end of %1: %2").arg(f.month(s.month), f.money(s.totalOwed));
    html += QStringLiteral("<p style=\"margin-top: 10px; font-size: 11pt;\"><b>%1</b></p>").arg(esc(total));
    return html;
}

PrintPart statementPart(const MemberStatement& s, const ReportFormat& f)
{
    const QString name = toQt(s.member.fullName());
    PrintPart part;
    part.title = T::tr("Statement %1 — %2").arg(f.month(s.month), name);
    QString html = heading(T::tr("Monthly statement — %1").arg(f.month(s.month)));
    std::vector<std::pair<QString, QString>> identity = {
        {T::tr("Fund"), toQt(s.fundName)},
        {T::tr("Member"), T::tr("No. %1 — %2").arg(QString::number(s.member.id), name)},
        {T::tr("Period"), T::tr("%1 to %2").arg(f.date(s.month.first()), f.date(s.month.last()))},
    };
    html += fieldList(identity);

    std::vector<std::pair<QString, QString>> savings = {
        {T::tr("Savings on %1").arg(f.date(s.month.previous().last())), f.money(s.openingSavings)},
        {T::tr("Savings on %1").arg(f.date(s.month.last())), f.money(s.closingSavings)},
    };
    if (s.closingShares)
        savings.push_back({T::tr("Shares held in the cycle"), f.number(*s.closingShares)});
    html += subheading(T::tr("Your savings")) + fieldList(savings);

    html += movementsSection(s, f);
    html += rotationsSection(s, f);
    html += loansSection(s, f);
    html += guaranteesSection(s, f);
    html += grantsSection(s, f);
    html += duesSection(s, f);
    html += chainHeadBox(T::tr("Chain head of the books on %1:").arg(f.date(s.month.last())), toQt(s.chainHead.shortText()),
                         T::tr("Keep this page and compare this number with your next statement and with the meeting "
                               "summaries: the books only ever add records, so later heads count more records, and "
                               "if any record up to this date is changed behind the group's back, checking the fund "
                               "will no longer match this number."));
    part.html = html;
    return part;
}

} // namespace

PrintDocument statementsDocument(const std::vector<MemberStatement>& statements, const FundSettings& settings)
{
    const ReportFormat format(settings.currency(), fundLocale(settings.language));
    PrintDocument doc = fundDocument(settings, format, QString());
    const QString month = statements.empty() ? QString() : format.month(statements.front().month);
    doc.title = statements.size() == 1
                    ? T::tr("Statement %1 — %2").arg(month, toQt(statements.front().member.fullName()))
                    : T::tr("Statements %1").arg(month);
    doc.parts.reserve(statements.size());
    for (const MemberStatement& s : statements)
        doc.parts.push_back(statementPart(s, format));
    return doc;
}

} // namespace tontine::ui
