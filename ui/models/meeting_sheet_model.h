#pragma once
// The open meeting as one table: a row per active member (number, name) and the columns of
// each MeetingColumnProvider (attendance, dues, rotations). Writing a cell calls Book at
// once through its provider; when Book refuses, the typed value stays in the cell, marked, with
// core's problem as its tooltip and in problemRaised(). It holds no rules itself.

#include "core/book/book.h"
#include "ui/models/meeting_column_provider.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tontine::ui {

class Session;

class MeetingSheetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum FixedColumn { Number, Name, FixedColumnCount };
    // True on a cell whose typed value Book refused (its problem is the tooltip).
    static constexpr int RefusedRole = Qt::UserRole + 10;
    // True on a cell showing a suggested amount not recorded yet (see MeetingColumnProvider).
    static constexpr int SuggestedRole = MeetingColumnProvider::SuggestedRole;

    // The sheet comes with the attendance and dues columns; more are added with addProvider.
    explicit MeetingSheetModel(Session& session, QObject* parent = nullptr);
    ~MeetingSheetModel() override;
    void addProvider(std::unique_ptr<MeetingColumnProvider> provider);

    // Re-reads the open meeting, its members and every provider. Keeps rows (and the view's
    // place) when the members are the same; empties the sheet when no meeting is open.
    void reload();
    const std::optional<Meeting>& meeting() const { return m_meeting; }
    const Member* memberAt(int row) const;
    int rowOf(MemberId id) const;
    int columnOf(const QString& key) const; // -1 when there is no such column
    QString totalsText() const;             // every provider's totals, one line each
    bool hasRefused() const { return !m_refused.empty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Book accepted a write (the other views should re-read).
    void written();
    // Book refused a write: `text` names the member, the column and core's problem.
    void problemRaised(const QString& text);

private:
    struct Place {
        MeetingColumnProvider* provider = nullptr;
        int column = 0;
    };
    struct Refused {
        QString typed;
        QString problem;
    };
    Place placeOf(int column) const;
    // Re-reads every provider; when their columns changed (a rotation came or went), resets the
    // model (and returns true) so views never see the new columns through the old layout.
    bool loadProviders();
    std::vector<Place> currentPlaces() const;
    void adoptLayout(); // m_places and m_keys from the providers as they are now

    Session& m_session;
    std::vector<std::unique_ptr<MeetingColumnProvider>> m_providers;
    std::vector<Place> m_places;     // the provider columns as the views last saw them
    std::vector<QString> m_keys;     // their keys, to notice a change of layout
    std::optional<Meeting> m_meeting;
    std::vector<Member> m_members;
    std::map<std::pair<MemberId, int>, Refused> m_refused; // (member, column) -> what was typed
};

} // namespace tontine::ui
