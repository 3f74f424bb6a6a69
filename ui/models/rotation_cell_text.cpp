#include "ui/models/rotation_cell_text.h"

#include "ui/convert.h"

#include <QStringList>

namespace tontine::ui {

namespace {
QString money(const RotationAtMeeting& r, std::int64_t minor) { return moneyText(minor, r.currency()); }
} // namespace

QString RotationCellText::dueBreakdown(const RotationAtMeeting& r, MemberId member)
{
    const MemberDue* d = r.due(member);
    if (!d)
        return {};
    QStringList lines;
    for (const MemberRoundStatus& s : memberRounds(r.state, member, r.date)) {
        if (s.dueOn > r.date || s.outstanding <= 0)
            continue;
        QString line = tr("Round %1 (%2): %3").arg(s.round).arg(dateText(s.dueOn), money(r, s.outstanding));
        if (s.overdue)
            line += tr(", late");
        if (s.fundCovered > 0)
            line += tr(", of which %1 advanced by the fund").arg(money(r, s.fundCovered));
        lines << line;
    }
    if (lines.isEmpty())
        lines << tr("Nothing due at this meeting.");
    if (d->fineIfPaidNow > 0)
        lines << tr("Paying it now brings a late fine of %1.").arg(money(r, d->fineIfPaidNow));
    return lines.join(QLatin1Char('\n'));
}

QString RotationCellText::paidTip(const RotationAtMeeting& r, MemberId member, bool suggested, bool declined)
{
    const MemberDue* d = r.due(member);
    if (!d)
        return {};
    if (suggested)
        return tr("Not recorded yet. Enter records %1 (this round and arrears); type another amount for a "
                  "partial payment, or 0 if nothing is paid.")
            .arg(money(r, d->dueNow));
    QStringList lines;
    const std::vector<RoundLine> today = r.linesToday(member);
    if (today.empty()) {
        lines << (declined ? tr("Nothing paid at this meeting.") : tr("Nothing recorded at this meeting."));
    } else {
        lines << tr("Recorded at this meeting: %1").arg(money(r, r.contributedToday(member)));
        for (const RoundLine& line : today) {
            const Date dueOn = roundDate(r.spec(), line.round);
            QString when = dueOn < r.date ? tr("late") : dueOn == r.date ? tr("on time") : tr("in advance");
            // Booked to prepaid while an earlier round is still collected: core calls it early.
            if (line.booking == Booking::Prepaid && dueOn <= r.date)
                when = tr("on time, kept aside until the earlier round is paid out");
            if (line.booking == Booking::Advance)
                when = tr("repays the fund's advance");
            lines << tr("  round %1 (%2): %3, %4").arg(line.round).arg(dateText(dueOn), money(r, line.amount), when);
        }
        for (const FineCharge& f : r.finesAssessedToday(member))
            lines << tr("  late fine for round %1: %2").arg(f.round).arg(money(r, f.amount));
    }
    lines << tr("Type the total paid into this rotation today; the difference is recorded.");
    return lines.join(QLatin1Char('\n'));
}

QString RotationCellText::fineTip(const RotationAtMeeting& r, MemberId member, bool suggested, bool declined)
{
    const MemberDue* d = r.due(member);
    if (!d)
        return {};
    if (suggested)
        return tr("Late fines owed, not paid yet. Enter records %1; type another amount for part of it, or 0.")
            .arg(money(r, d->finesOwed));
    QStringList lines;
    if (const std::int64_t paid = r.finesToday(member); paid > 0)
        lines << tr("Fines paid at this meeting: %1").arg(money(r, paid));
    else if (declined)
        lines << tr("No fine paid at this meeting.");
    if (d->finesOwed > 0)
        lines << tr("Still owed: %1").arg(money(r, d->finesOwed));
    if (lines.isEmpty())
        lines << tr("No late fine owed.");
    return lines.join(QLatin1Char('\n'));
}

QString RotationCellText::totals(const RotationAtMeeting& r)
{
    QString text = tr("%1: collected today %2 / expected today %3")
                       .arg(toQt(r.spec().name), money(r, r.collectedToday()), money(r, r.expectedToday));
    if (const std::int64_t left = r.stillDue(); left > 0)
        text += tr(" · still due %1").arg(money(r, left));
    if (r.showFines)
        text += tr(" · fines paid %1, owed %2").arg(money(r, r.finesCollectedToday()), money(r, r.finesStillOwed()));
    return text;
}

} // namespace tontine::ui
