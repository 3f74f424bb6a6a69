#include "ui/print/meeting_summary_html.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QCoreApplication>

#include <map>

namespace tontine::ui {

namespace {
struct MeetingSummaryText {
    Q_DECLARE_TR_FUNCTIONS(MeetingSummaryText)
};
using T = MeetingSummaryText;
} // namespace

QString meetingSummaryHtml(const MeetingSummary& s, const std::vector<Member>& members, const ReportFormat& f)
{
    std::map<MemberId, QString> names;
    for (const Member& m : members)
        names[m.id] = toQt(m.fullName());
    auto nameOf = [&](std::optional<MemberId> id) {
        if (!id)
            return QString();
        auto it = names.find(*id);
        return it == names.end() ? T::tr("No. %1").arg(*id) : QStringLiteral("%1 (%2)").arg(it->second).arg(*id);
    };
    auto money = [&](std::int64_t minor) { return f.money(minor); };
    const Meeting& m = s.meeting;
    const QString head = toQt(s.chainHead);

    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(T::tr("Meeting of %1 — %2").arg(f.date(m.date), meetingStatusLabel(m.status))));
    html += QStringLiteral("<p>") + esc(T::tr("Opened by %1. Cash at opening: the books expected %2, %3 was counted.")
                                            .arg(toQt(m.openedBy), money(m.openingExpected), money(m.openingCounted)));
    if (!m.openingNote.empty())
        html += QStringLiteral("<br>") + esc(T::tr("Note: %1").arg(toQt(m.openingNote)));
    if (m.closingExpected && m.closingCounted) {
        html += QStringLiteral("<br>") + esc(T::tr("Closed by %1. Cash at closing: the books expected %2, %3 was counted.")
                                                 .arg(toQt(m.closedBy), money(*m.closingExpected), money(*m.closingCounted)));
        if (!m.closingNote.empty())
            html += QStringLiteral("<br>") + esc(T::tr("Note: %1").arg(toQt(m.closingNote)));
    }
    html += QStringLiteral("</p>");

    // The head first: it is what members copy before they leave.
    html += chainHeadBox(T::tr("Chain head:"), head,
                         m.isOpen() ? T::tr("The meeting is still open: this head will change as things are recorded.")
                                    : T::tr("Members: copy this chain head into your own notebook now. If anything in the "
                                            "books is changed behind your back later, checking the fund will no longer "
                                            "match it."));

    html += subheading(T::tr("Attendance"));
    // Those present in one paragraph; the others, with their fines, in a table.
    QStringList present;
    HtmlTable others({{T::tr("Member")}, {T::tr("Attendance")}, {T::tr("Fine"), HtmlTable::Amount}});
    for (const Attendance& a : s.attendance) {
        if (a.status == AttendanceStatus::Present && a.fine == 0)
            present << nameOf(a.member);
        else
            others.addRow({nameOf(a.member), attendanceLabel(a.status), f.moneyOrBlank(a.fine)});
    }
    if (s.attendance.empty())
        html += paragraph(T::tr("No attendance recorded."));
    if (!present.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(T::tr("Present (%1):").arg(present.size())), esc(present.join(QStringLiteral(", "))));
    if (!others.empty())
        html += others.html();

    html += subheading(T::tr("Money in and out of the box"));
    HtmlTable lines({{T::tr("No.")}, {T::tr("What")}, {T::tr("Member")}, {T::tr("In"), HtmlTable::Amount}, {T::tr("Out"), HtmlTable::Amount}});
    for (const MeetingSummary::Line& l : s.lines) {
        // A line that paid several members (a half hand, a share-out) names each with their part.
        QString who = esc(nameOf(l.member));
        if (!l.recipients.empty()) {
            QStringList parts;
            for (const MeetingSummary::Recipient& r : l.recipients)
                parts << esc(T::tr("%1 received %2").arg(nameOf(r.member), money(r.amount)));
            who = parts.join(QStringLiteral("<br>"));
        }
        lines.addHtmlRow({esc(QString::number(l.seq)), esc(QStringLiteral("%1: %2").arg(meetingLineKindLabel(l.kind), toQt(l.memo))),
                          who, esc(f.moneyOrBlank(l.cashIn)), esc(f.moneyOrBlank(l.cashOut))});
    }
    lines.addRow({QString(), T::tr("Totals"), QString(), money(s.totalIn), money(s.totalOut)}, true);
    html += lines.html();

    if (!s.totalsByKind.empty()) {
        html += subheading(T::tr("Totals by kind"));
        HtmlTable kinds({{T::tr("Kind")}, {T::tr("Lines"), HtmlTable::Amount}, {T::tr("In"), HtmlTable::Amount}, {T::tr("Out"), HtmlTable::Amount}});
        for (const MeetingSummary::KindTotal& t : s.totalsByKind)
            kinds.addRow({meetingLineKindLabel(t.kind), QString::number(t.lines), f.moneyOrBlank(t.cashIn), f.moneyOrBlank(t.cashOut)});
        html += kinds.html();
    }

    html += subheading(T::tr("Dues still owed"));
    if (s.outstandingDues.empty()) {
        html += paragraph(T::tr("Nobody owes any due."));
    } else {
        HtmlTable dues({{T::tr("Member")}, {T::tr("Due")}, {T::tr("Since"), HtmlTable::OneLine}, {T::tr("Owed"), HtmlTable::Amount}});
        for (const Due& d : s.outstandingDues)
            dues.addRow({nameOf(d.member), dueKindLabel(d.kind), f.date(d.dueOn), money(d.outstanding())});
        html += dues.html();
    }

    html += subheading(T::tr("Rotation arrears"));
    if (s.rotationArrears.empty()) {
        html += paragraph(T::tr("Nobody is behind in a rotation on %1.").arg(f.date(m.date)));
    } else {
        HtmlTable arrears({{T::tr("Rotation")}, {T::tr("Member")}, {T::tr("Overdue"), HtmlTable::Amount}, {T::tr("Fines owed"), HtmlTable::Amount},
                           {T::tr("Owed to the fund"), HtmlTable::Amount}});
        for (const MeetingSummary::RotationArrear& a : s.rotationArrears)
            arrears.addRow({toQt(a.rotationName), nameOf(a.member), f.moneyOrBlank(a.arrears), f.moneyOrBlank(a.finesOwed),
                            f.moneyOrBlank(a.advanceDebt)});
        html += arrears.html();
    }
    return html;
}

} // namespace tontine::ui
