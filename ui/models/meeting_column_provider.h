#pragma once
// A group of columns of the open meeting's sheet (attendance, dues, rotations): it reads what
// it shows from Book for the meeting and writes an edited cell through Book as one use case.
// It holds no rules of its own; Book decides and throws ValidationError. The number of columns
// may change at load (a rotation starts collecting); the sheet then resets.

#include "core/book/book.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace tontine::ui {

class Session;

class MeetingColumnProvider {
public:
    // True on a cell showing an amount suggested (the amount due) and not recorded yet: its
    // EditRole is that amount, and committing it records it (once; it then shows as recorded).
    static constexpr int SuggestedRole = Qt::UserRole + 11;

    virtual ~MeetingColumnProvider() = default;

    virtual int columnCount() const = 0;
    // A stable name for a column ("attendance", "paidToday"), for delegates and tests.
    virtual QString key(int column) const = 0;
    // The column's title; it may hold a line break to keep a money column narrow.
    virtual QString header(int column) const = 0;
    // Re-reads what the columns show for this meeting (called after every write).
    virtual void load(const Book& book, const Meeting& meeting) = 0;
    // The cell of one member; roles as in QAbstractItemModel::data.
    virtual QVariant data(const Member& member, int column, int role) const = 0;
    virtual bool isEditable(int) const { return false; }
    // Whether this member's cell is typed in (a member outside a rotation has nothing to type).
    virtual bool isEditableFor(const Member& member, int column) const
    {
        (void)member;
        return isEditable(column);
    }
    // Writes a value typed into a cell through Book. Throws ValidationError (core's problems, or
    // the provider's own "type an amount") and leaves everything unchanged on failure.
    virtual void write(Session& session, const Meeting& meeting, const Member& member, int column, const QVariant& value)
    {
        (void)session, (void)meeting, (void)member, (void)column, (void)value;
    }
    // One line for the totals under the table ("Present 12, late 2 …"); empty for none.
    virtual QString totalsText() const { return {}; }
};

} // namespace tontine::ui
