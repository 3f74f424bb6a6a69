#include "ui/models/meeting_sheet_model.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/models/attendance_columns.h"
#include "ui/models/dues_columns.h"

#include <QBrush>
#include <QColor>

namespace tontine::ui {

MeetingSheetModel::MeetingSheetModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_providers.push_back(std::make_unique<AttendanceColumns>());
    m_providers.push_back(std::make_unique<DuesColumns>());
    reload();
}

MeetingSheetModel::~MeetingSheetModel() = default;

void MeetingSheetModel::addProvider(std::unique_ptr<MeetingColumnProvider> provider)
{
    m_providers.push_back(std::move(provider));
    loadProviders();
}

std::vector<MeetingSheetModel::Place> MeetingSheetModel::currentPlaces() const
{
    std::vector<Place> places;
    for (const auto& p : m_providers)
        for (int c = 0; c < p->columnCount(); ++c)
            places.push_back(Place{p.get(), c});
    return places;
}

void MeetingSheetModel::adoptLayout()
{
    m_places = currentPlaces();
    m_keys.clear();
    for (const Place& p : m_places)
        m_keys.push_back(p.provider->key(p.column));
}

bool MeetingSheetModel::loadProviders()
{
    if (m_meeting)
        for (auto& p : m_providers)
            p->load(m_session.book(), *m_meeting);
    std::vector<QString> keys;
    for (const Place& p : currentPlaces())
        keys.push_back(p.provider->key(p.column));
    if (keys == m_keys)
        return false;
    // The views keep reading through m_places (the old layout) until the reset begins; a
    // refused cell is keyed by column number, which no longer means the same column.
    beginResetModel();
    adoptLayout();
    m_refused.clear();
    endResetModel();
    return true;
}

void MeetingSheetModel::reload()
{
    std::optional<Meeting> meeting = m_session.book().currentMeeting();
    std::vector<Member> members;
    if (meeting)
        members = m_session.book().members(MemberQuery{"", false});
    bool sameRows = meeting.has_value() == m_meeting.has_value() && (!meeting || meeting->id == m_meeting->id) &&
                    members.size() == m_members.size();
    for (std::size_t i = 0; sameRows && i < members.size(); ++i)
        sameRows = members[i].id == m_members[i].id;
    if (sameRows) {
        // Same rows: refresh the cells in place so the view keeps its current cell and editor.
        m_meeting = std::move(meeting);
        m_members = std::move(members);
        if (!loadProviders() && rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_meeting = std::move(meeting);
    m_members = std::move(members);
    m_refused.clear();
    if (m_meeting)
        for (auto& p : m_providers)
            p->load(m_session.book(), *m_meeting);
    adoptLayout();
    endResetModel();
}

const Member* MeetingSheetModel::memberAt(int row) const
{
    return row >= 0 && row < int(m_members.size()) ? &m_members[std::size_t(row)] : nullptr;
}

int MeetingSheetModel::rowOf(MemberId id) const
{
    for (std::size_t i = 0; i < m_members.size(); ++i)
        if (m_members[i].id == id)
            return int(i);
    return -1;
}

int MeetingSheetModel::columnOf(const QString& key) const
{
    for (int c = FixedColumnCount; c < columnCount(); ++c) {
        const Place p = placeOf(c);
        if (p.provider->key(p.column) == key)
            return c;
    }
    return -1;
}

QString MeetingSheetModel::totalsText() const
{
    QStringList lines;
    for (const auto& p : m_providers)
        if (const QString t = p->totalsText(); !t.isEmpty())
            lines << t;
    return lines.join(QLatin1Char('\n'));
}

MeetingSheetModel::Place MeetingSheetModel::placeOf(int column) const
{
    const int c = column - FixedColumnCount;
    return c >= 0 && c < int(m_places.size()) ? m_places[std::size_t(c)] : Place{};
}

int MeetingSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MeetingSheetModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return FixedColumnCount + int(m_places.size());
}

QVariant MeetingSheetModel::data(const QModelIndex& index, int role) const
{
    const Member* m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m || index.column() < 0 || index.column() >= columnCount())
        return {};
    if (index.column() == Number) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return QString::number(m->id);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (index.column() == Name)
        // The tooltip too: with many rotation columns the name may be cut short.
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole
                   ? QVariant(QStringLiteral("%1, %2").arg(toQt(m->lastName), toQt(m->otherNames)))
                   : QVariant();

    // A refused value stays as typed, said in words (⚠ and the tooltip) and not by colour alone.
    if (auto it = m_refused.find({m->id, index.column()}); it != m_refused.end()) {
        switch (role) {
        case Qt::DisplayRole: return QStringLiteral("⚠ ") + it->second.typed;
        case Qt::EditRole: return it->second.typed;
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole: return it->second.problem;
        case Qt::BackgroundRole: return QBrush(QColor(0xfd, 0xe0, 0xe0));
        case Qt::ForegroundRole: return QBrush(QColor(0x80, 0x00, 0x14));
        case RefusedRole: return true;
        case SuggestedRole: return false;
        case Qt::FontRole: return QVariant(); // what was typed, not a suggestion's italics
        default: break;
        }
    }
    if (role == RefusedRole)
        return false;
    const Place p = placeOf(index.column());
    return p.provider->data(*m, p.column, role);
}

bool MeetingSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Member* m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m || role != Qt::EditRole || !m_meeting || index.column() < FixedColumnCount)
        return false;
    const Place p = placeOf(index.column());
    if (!p.provider || !p.provider->isEditableFor(*m, p.column))
        return false;
    const Member member = *m;
    const auto key = std::make_pair(member.id, index.column());
    // The same value again goes to Book too: Book ignores what changes nothing, and applies a
    // fine rule changed since the status was first recorded.
    QString problem;
    try {
        p.provider->write(m_session, *m_meeting, member, p.column, value);
    } catch (const ValidationError& e) {
        QStringList texts;
        for (const Problem& pr : e.problems())
            texts << problemText(pr);
        problem = texts.join(QLatin1Char('\n'));
    } catch (const Error& e) {
        problem = toQt(std::string(e.what()));
    }
    if (!problem.isEmpty()) {
        m_refused[key] = Refused{value.toString(), problem};
        emit dataChanged(index, index);
        emit problemRaised(tr("%1 (no. %2), %3: %4")
                               .arg(toQt(member.fullName()))
                               .arg(member.id)
                               .arg(p.provider->header(p.column).simplified(), problem));
        return false;
    }
    m_refused.erase(key);
    // A write changes other cells too (the fine, what is owed, the totals): re-read them all.
    if (!loadProviders())
        emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    emit written();
    return true;
}

Qt::ItemFlags MeetingSheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() < FixedColumnCount || !m_meeting)
        return f;
    const Place p = placeOf(index.column());
    const Member* m = memberAt(index.row());
    if (p.provider && m && p.provider->isEditableFor(*m, p.column))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MeetingSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The row header is the member (number and name): the view keeps it in sight while the
    // sheet scrolls sideways to the rotation and savings columns.
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1  %2").arg(data(index(section, Number)).toString(),
                                               data(index(section, Name)).toString());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Number)
        return tr("No.");
    if (section == Name)
        return tr("Name");
    const Place p = placeOf(section);
    return p.provider->header(p.column);
}

} // namespace tontine::ui
