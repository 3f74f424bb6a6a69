#include "ui/models/attendance_columns.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"

#include <QCoreApplication>

namespace tontine::ui {

QString AttendanceColumns::key(int column) const
{
    return column == Status ? QStringLiteral("attendance") : QStringLiteral("fine");
}

QString AttendanceColumns::header(int column) const
{
    return column == Status ? tr("Attendance") : tr("Fine");
}

void AttendanceColumns::load(const Book& book, const Meeting& meeting)
{
    m_attendance.clear();
    for (const Attendance& a : book.attendance(meeting.id))
        m_attendance[a.member] = a;
    m_currency = &book.settings().currency();
}

QVariant AttendanceColumns::data(const Member& member, int column, int role) const
{
    const auto it = m_attendance.find(member.id);
    const Attendance* a = it == m_attendance.end() ? nullptr : &it->second;
    if (column == Status) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return a ? QStringLiteral("%1 — %2").arg(attendanceKey(a->status), attendanceLabel(a->status)) : QString();
        if (role == Qt::EditRole)
            return a ? toQt(attendanceCode(a->status)) : QString();
        if (role == ChoicesRole) {
            QStringList codes;
            for (AttendanceStatus s : attendanceStatuses())
                codes << toQt(attendanceCode(s));
            return codes;
        }
        if (role == Qt::ToolTipRole) {
            QStringList keys;
            for (AttendanceStatus s : attendanceStatuses())
                keys << QStringLiteral("%1 = %2").arg(attendanceKey(s), attendanceLabel(s));
            return tr("Type %1").arg(keys.join(QStringLiteral(", ")));
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return a && a->fine > 0 && m_currency ? moneyText(a->fine, *m_currency) : QString();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void AttendanceColumns::write(Session& session, const Meeting& meeting, const Member& member, int column,
                              const QVariant& value)
{
    if (column != Status)
        return;
    const std::optional<AttendanceStatus> status = parseAttendance(toStd(value.toString().trimmed()));
    if (!status)
        throw ValidationError("status", "attendance.unknown", toStd(tr("Choose present, late, absent or excused")));
    session.book().recordAttendance(meeting.id, member.id, *status, session.actor());
}

QString AttendanceColumns::totalsText() const
{
    std::map<AttendanceStatus, int> counts;
    std::int64_t fines = 0;
    for (const auto& [id, a] : m_attendance) {
        ++counts[a.status];
        fines += a.fine;
    }
    QStringList parts;
    for (AttendanceStatus s : attendanceStatuses())
        parts << QStringLiteral("%1 %2").arg(attendanceLabel(s)).arg(counts[s]);
    QString text = parts.join(QStringLiteral(", "));
    if (m_currency)
        text += QStringLiteral(" · ") + tr("Fines %1").arg(moneyText(fines, *m_currency));
    return text;
}

} // namespace tontine::ui
