#pragma once
// The meeting sheet's rotation columns: for each rotation with something to collect at this
// meeting, what each member owes today ("due", read-only), what they pay into it ("paid") and,
// when a late fine is owed or would come with a payment today, the fines they pay ("fine"). A paid or fine cell not
// recorded yet suggests the amount owed (SuggestedRole): committing it records it through
// Book::contribute / Book::payRotationFine, once. A typed amount is the total paid today: only
// the difference is recorded, so the same value committed again records nothing. A payment is
// never undone here: it is reversed with its records from the Journal (Book::reverse). Members outside a
// rotation get empty cells nobody can type in.

#include "ui/models/meeting_column_provider.h"
#include "ui/models/rotation_at_meeting.h"

#include <QCoreApplication>

#include <set>
#include <tuple>
#include <vector>

namespace tontine::ui {

class RotationColumns : public MeetingColumnProvider {
    Q_DECLARE_TR_FUNCTIONS(RotationColumns)

public:
    enum class Kind { Due, Paid, Fine };

    int columnCount() const override { return int(m_columns.size()); }
    // "rotation:<id>:due", "rotation:<id>:paid", "rotation:<id>:fine"
    QString key(int column) const override;
    QString header(int column) const override;
    void load(const Book& book, const Meeting& meeting) override;
    QVariant data(const Member& member, int column, int role) const override;
    bool isEditable(int column) const override;
    bool isEditableFor(const Member& member, int column) const override;
    void write(Session& session, const Meeting& meeting, const Member& member, int column, const QVariant& value) override;
    QString totalsText() const override;

private:
    struct Column {
        std::size_t rotation = 0; // index in m_rotations
        Kind kind = Kind::Due;
    };
    using CellKey = std::tuple<RotationId, Kind, MemberId>;

    // A paid or fine cell: what was recorded at this meeting, and what is suggested (0 once
    // something is recorded, or after the treasurer typed 0 over the suggestion).
    std::int64_t recorded(const RotationAtMeeting& r, Kind kind, MemberId member) const;
    std::int64_t suggested(const RotationAtMeeting& r, Kind kind, MemberId member) const;
    bool declined(const RotationAtMeeting& r, Kind kind, MemberId member) const;
    QVariant dueData(const RotationAtMeeting& r, MemberId member, int role) const;
    QVariant moneyData(const RotationAtMeeting& r, Kind kind, MemberId member, int role) const;

    std::vector<RotationAtMeeting> m_rotations; // the rotations shown, in the book's order
    std::vector<Column> m_columns;
    MeetingId m_meeting = 0;
    // Cells where 0 was typed over a suggestion at this meeting: they show 0, so that Tab
    // through an open editor does not record the suggestion after all. Kept for the meeting.
    std::set<CellKey> m_declined;
};

} // namespace tontine::ui
