#include "ui/models/rotation_columns.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/models/rotation_cell_text.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tontine::ui {

namespace {
QString kindCode(RotationColumns::Kind kind)
{
    switch (kind) {
    case RotationColumns::Kind::Due: return QStringLiteral("due");
    case RotationColumns::Kind::Paid: return QStringLiteral("paid");
    case RotationColumns::Kind::Fine: return QStringLiteral("fine");
    }
    return {};
}
} // namespace

QString RotationColumns::key(int column) const
{
    const Column& c = m_columns[std::size_t(column)];
    return QStringLiteral("rotation:%1:%2").arg(m_rotations[c.rotation].spec().id).arg(kindCode(c.kind));
}

QString RotationColumns::header(int column) const
{
    const Column& c = m_columns[std::size_t(column)];
    const QString name = toQt(m_rotations[c.rotation].spec().name);
    // Two lines: the rotation's name over what the column holds, so money columns stay narrow.
    switch (c.kind) {
    case Kind::Due: return tr("%1\ndue today").arg(name);
    case Kind::Paid: return tr("%1\npaid").arg(name);
    case Kind::Fine: return tr("%1\nlate fine paid").arg(name);
    }
    return name;
}

void RotationColumns::load(const Book& book, const Meeting& meeting)
{
    if (meeting.id != m_meeting) {
        m_meeting = meeting.id;
        m_declined.clear();
    }
    m_rotations.clear();
    m_columns.clear();
    for (const RotationSpec& spec : book.rotations()) {
        RotationAtMeeting r = RotationAtMeeting::load(book, spec.id, meeting.date);
        if (!r.collecting)
            continue;
        const std::size_t at = m_rotations.size();
        m_columns.push_back(Column{at, Kind::Due});
        m_columns.push_back(Column{at, Kind::Paid});
        if (r.showFines)
            m_columns.push_back(Column{at, Kind::Fine});
        m_rotations.push_back(std::move(r));
    }
}

bool RotationColumns::isEditable(int column) const
{
    return column >= 0 && column < columnCount() && m_columns[std::size_t(column)].kind != Kind::Due;
}

bool RotationColumns::isEditableFor(const Member& member, int column) const
{
    return isEditable(column) && m_rotations[m_columns[std::size_t(column)].rotation].holds(member.id);
}

std::int64_t RotationColumns::recorded(const RotationAtMeeting& r, Kind kind, MemberId member) const
{
    return kind == Kind::Fine ? r.finesToday(member) : r.contributedToday(member);
}

bool RotationColumns::declined(const RotationAtMeeting& r, Kind kind, MemberId member) const
{
    return m_declined.count(CellKey{r.spec().id, kind, member}) > 0;
}

std::int64_t RotationColumns::suggested(const RotationAtMeeting& r, Kind kind, MemberId member) const
{
    const MemberDue* d = r.due(member);
    if (!d || recorded(r, kind, member) != 0 || declined(r, kind, member))
        return 0;
    return kind == Kind::Fine ? d->finesOwed : d->dueNow;
}

QVariant RotationColumns::data(const Member& member, int column, int role) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const Column& c = m_columns[std::size_t(column)];
    const RotationAtMeeting& r = m_rotations[c.rotation];
    if (!r.holds(member.id))
        return role == Qt::ToolTipRole ? QVariant(tr("Not in this rotation")) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return c.kind == Kind::Due ? dueData(r, member.id, role) : moneyData(r, c.kind, member.id, role);
}

QVariant RotationColumns::dueData(const RotationAtMeeting& r, MemberId member, int role) const
{
    const std::int64_t amount = r.due(member)->dueNow;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return amount != 0 ? moneyText(amount, r.currency()) : QString();
    case Qt::EditRole: return amount != 0 ? plainMoneyText(amount, r.currency()) : QString();
    case Qt::ToolTipRole: return RotationCellText::dueBreakdown(r, member);
    default: return {};
    }
}

QVariant RotationColumns::moneyData(const RotationAtMeeting& r, Kind kind, MemberId member, int role) const
{
    const std::int64_t done = recorded(r, kind, member);
    const std::int64_t suggestion = suggested(r, kind, member);
    const bool zero = done == 0 && declined(r, kind, member);
    // What the cell holds: the amount recorded, else the suggestion, else 0 typed over one.
    const std::int64_t amount = done != 0 ? done : suggestion;
    const bool shown = amount != 0 || zero;
    switch (role) {
    case Qt::DisplayRole: return shown ? moneyText(amount, r.currency()) : QString();
    case Qt::AccessibleTextRole:
        return suggestion != 0 ? tr("%1 suggested, not recorded").arg(moneyText(amount, r.currency()))
                               : (shown ? moneyText(amount, r.currency()) : QString());
    case Qt::EditRole: return shown ? plainMoneyText(amount, r.currency()) : QString();
    case SuggestedRole: return suggestion != 0;
    case Qt::ToolTipRole:
        return kind == Kind::Fine ? RotationCellText::fineTip(r, member, suggestion != 0, zero)
                                  : RotationCellText::paidTip(r, member, suggestion != 0, zero);
    case Qt::FontRole:
        if (suggestion != 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Greyed as a placeholder is, and italic too, so it is not told by colour alone.
        if (suggestion != 0)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    default: return {};
    }
}

void RotationColumns::write(Session& session, const Meeting& meeting, const Member& member, int column,
                            const QVariant& value)
{
    (void)meeting;
    if (!isEditableFor(member, column))
        return;
    const Column& c = m_columns[std::size_t(column)];
    const RotationAtMeeting& r = m_rotations[c.rotation];
    const Currency& currency = r.currency();
    const QString text = value.toString().trimmed();
    const std::optional<std::int64_t> typed = text.isEmpty() ? std::optional<std::int64_t>(0)
                                                             : amountFromText(text, currency);
    if (!typed || *typed < 0)
        throw ValidationError("amount", "amount.invalid",
                              toStd(tr("Type an amount in %1, e.g. 500").arg(toQt(currency.symbol))));
    const std::int64_t already = recorded(r, c.kind, member.id);
    if (*typed < already)
        throw ValidationError("amount", "payment.lower",
                              toStd(tr("%1 was already recorded today: type the total paid today (to take a "
                                           "payment back, reverse its entry on the Journal page)")
                                        .arg(moneyText(already, currency))));
    const CellKey cell{r.spec().id, c.kind, member.id};
    // The typed amount is the total for today: only the difference goes to Book, so a value
    // committed twice (Enter, then Tab through the open cell) is recorded once.
    const std::int64_t extra = *typed - already;
    if (extra == 0) {
        if (already == 0 && suggested(r, c.kind, member.id) != 0)
            m_declined.insert(cell);
        return;
    }
    if (c.kind == Kind::Fine)
        session.book().payRotationFine(r.spec().id, member.id, extra, session.actor());
    else
        session.book().contribute(r.spec().id, member.id, extra, session.actor());
    m_declined.erase(cell);
}

QString RotationColumns::totalsText() const
{
    QStringList lines;
    for (const RotationAtMeeting& r : m_rotations)
        lines << RotationCellText::totals(r);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tontine::ui
