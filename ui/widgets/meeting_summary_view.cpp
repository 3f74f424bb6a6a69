#include "ui/widgets/meeting_summary_view.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <map>

namespace tontine::ui {

namespace {
QString esc(const QString& text) { return text.toHtmlEscaped(); }
QString cell(const QString& text, bool right = false)
{
    return QStringLiteral("<td%1>%2</td>").arg(right ? QStringLiteral(" align=\"right\"") : QString(), esc(text));
}
QString headCell(const QString& text, bool right = false)
{
    return QStringLiteral("<th%1>%2</th>").arg(right ? QStringLiteral(" align=\"right\"") : QStringLiteral(" align=\"left\""),
                                               esc(text));
}
const QString TableStart = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                          "style=\"border-collapse: collapse; border-color: #999;\">");
} // namespace

MeetingSummaryView::MeetingSummaryView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("meetingSummary"));
    setAccessibleName(tr("Meeting summary"));
    setOpenLinks(false);
    setReadOnly(true);
}

void MeetingSummaryView::showNothing(const QString& text)
{
    m_chainHead.clear();
    setHtml(QStringLiteral("<p>%1</p>").arg(esc(text)));
}

void MeetingSummaryView::showSummary(const MeetingSummary& s, const std::vector<Member>& members, const Currency& currency)
{
    std::map<MemberId, QString> names;
    for (const Member& m : members)
        names[m.id] = toQt(m.fullName());
    auto nameOf = [&](std::optional<MemberId> id) {
        if (!id)
            return QString();
        auto it = names.find(*id);
        return it == names.end() ? tr("No. %1").arg(*id) : QStringLiteral("%1 (%2)").arg(it->second).arg(*id);
    };
    auto money = [&](std::int64_t minor) { return moneyText(minor, currency); };
    const Meeting& m = s.meeting;
    m_chainHead = toQt(s.chainHead);

    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Meeting of %1 — %2").arg(dateText(m.date), meetingStatusLabel(m.status))));
    html += QStringLiteral("<p>") + esc(tr("Opened by %1. Cash at opening: the books expected %2, %3 was counted.")
                                            .arg(toQt(m.openedBy), money(m.openingExpected), money(m.openingCounted)));
    if (!m.openingNote.empty())
        html += QStringLiteral("<br>") + esc(tr("Note: %1").arg(toQt(m.openingNote)));
    if (m.closingExpected && m.closingCounted) {
        html += QStringLiteral("<br>") + esc(tr("Closed by %1. Cash at closing: the books expected %2, %3 was counted.")
                                                 .arg(toQt(m.closedBy), money(*m.closingExpected), money(*m.closingCounted)));
        if (!m.closingNote.empty())
            html += QStringLiteral("<br>") + esc(tr("Note: %1").arg(toQt(m.closingNote)));
    }
    html += QStringLiteral("</p>");

    // The head first: it is what members copy before they leave.
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Chain head")));
    html += QStringLiteral("<p style=\"font-size: large;\"><tt><b>%1</b></tt></p>").arg(esc(m_chainHead));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(m.isOpen() ? tr("The meeting is still open: this head will change as things are recorded.")
                                    : tr("Members: copy this chain head into your own notebook now. If anything in the "
                                         "books is changed behind your back later, checking the fund will no longer "
                                         "match it.")));

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Attendance")));
    // Those present in one paragraph; the others, with their fines, in a table.
    QStringList present;
    std::vector<const Attendance*> others;
    for (const Attendance& a : s.attendance) {
        if (a.status == AttendanceStatus::Present && a.fine == 0)
            present << nameOf(a.member);
        else
            others.push_back(&a);
    }
    if (s.attendance.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No attendance recorded.")));
    if (!present.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Present (%1):").arg(present.size())), esc(present.join(QStringLiteral(", "))));
    if (!others.empty()) {
        html += TableStart + QStringLiteral("<tr>") + headCell(tr("Member")) + headCell(tr("Attendance")) +
                headCell(tr("Fine"), true) + QStringLiteral("</tr>");
        for (const Attendance* a : others)
            html += QStringLiteral("<tr>") + cell(nameOf(a->member)) + cell(attendanceLabel(a->status)) +
                    cell(a->fine ? money(a->fine) : QString(), true) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Money in and out of the box")));
    html += TableStart + QStringLiteral("<tr>") + headCell(tr("No.")) + headCell(tr("What")) + headCell(tr("Member")) +
            headCell(tr("In"), true) + headCell(tr("Out"), true) + QStringLiteral("</tr>");
    for (const MeetingSummary::Line& l : s.lines) {
        // A line that paid several members (a half hand, a share-out) names each with their part.
        QString who = esc(nameOf(l.member));
        if (!l.recipients.empty()) {
            QStringList parts;
            for (const MeetingSummary::Recipient& r : l.recipients)
                parts << esc(tr("%1 received %2").arg(nameOf(r.member), money(r.amount)));
            who = parts.join(QStringLiteral("<br>"));
        }
        html += QStringLiteral("<tr>") + cell(QString::number(l.seq)) +
                cell(QStringLiteral("%1: %2").arg(meetingLineKindLabel(l.kind), toQt(l.memo))) +
                QStringLiteral("<td>%1</td>").arg(who) + cell(l.cashIn ? money(l.cashIn) : QString(), true) +
                cell(l.cashOut ? money(l.cashOut) : QString(), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td><td align=\"right\"><b>%2</b></td>"
                           "<td align=\"right\"><b>%3</b></td></tr></table>")
                .arg(esc(tr("Totals")), esc(money(s.totalIn)), esc(money(s.totalOut)));

    if (!s.totalsByKind.empty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Totals by kind")));
        html += TableStart + QStringLiteral("<tr>") + headCell(tr("Kind")) + headCell(tr("Lines"), true) +
                headCell(tr("In"), true) + headCell(tr("Out"), true) + QStringLiteral("</tr>");
        for (const MeetingSummary::KindTotal& t : s.totalsByKind)
            html += QStringLiteral("<tr>") + cell(meetingLineKindLabel(t.kind)) + cell(QString::number(t.lines), true) +
                    cell(t.cashIn ? money(t.cashIn) : QString(), true) +
                    cell(t.cashOut ? money(t.cashOut) : QString(), true) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Dues still owed")));
    if (s.outstandingDues.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nobody owes any due.")));
    } else {
        html += TableStart + QStringLiteral("<tr>") + headCell(tr("Member")) + headCell(tr("Due")) +
                headCell(tr("Since")) + headCell(tr("Owed"), true) + QStringLiteral("</tr>");
        for (const Due& d : s.outstandingDues)
            html += QStringLiteral("<tr>") + cell(nameOf(d.member)) + cell(dueKindLabel(d.kind)) + cell(dateText(d.dueOn)) +
                    cell(money(d.outstanding()), true) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Rotation arrears")));
    if (s.rotationArrears.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nobody is behind in a rotation on %1.").arg(dateText(m.date))));
    } else {
        html += TableStart + QStringLiteral("<tr>") + headCell(tr("Rotation")) + headCell(tr("Member")) +
                headCell(tr("Overdue"), true) + headCell(tr("Fines owed"), true) + headCell(tr("Owed to the fund"), true) +
                QStringLiteral("</tr>");
        for (const MeetingSummary::RotationArrear& a : s.rotationArrears)
            html += QStringLiteral("<tr>") + cell(toQt(a.rotationName)) + cell(nameOf(a.member)) +
                    cell(a.arrears ? money(a.arrears) : QString(), true) +
                    cell(a.finesOwed ? money(a.finesOwed) : QString(), true) +
                    cell(a.advanceDebt ? money(a.advanceDebt) : QString(), true) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }

    setHtml(html);
}

} // namespace tontine::ui
