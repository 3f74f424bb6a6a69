#pragma once
// A group of columns of the open meeting's sheet (attendance, dues; later rotation hands): it
// reads what it shows from Book for the meeting and writes an edited cell through Book as one
// use case. It holds no rules of its own; Book decides and throws ValidationError.

#include "core/book/book.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace tontine::ui {

class Session;

class MeetingColumnProvider {
public:
    virtual ~MeetingColumnProvider() = default;

    virtual int columnCount() const = 0;
    // A stable name for a column ("attendance", "paidToday"), for delegates and tests.
    virtual QString key(int column) const = 0;
    virtual QString header(int column) const = 0;
    // Re-reads what the columns show for this meeting (called after every write).
    virtual void load(const Book& book, const Meeting& meeting) = 0;
    // The cell of one member; roles as in QAbstractItemModel::data.
    virtual QVariant data(const Member& member, int column, int role) const = 0;
    virtual bool isEditable(int) const { return false; }
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
