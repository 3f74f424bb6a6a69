// Schema step 4: corrections of rotation money (docs/rotation-rules.md R43). A reversed
// contribution's fines and a reversed fine payment are stored as their negation, so the
// fine tables accept any non-zero amount. SQLite cannot change a CHECK in place: each table
// is rebuilt with the same rows and the same guards.
#include "core/store/sqlite.h"

#include <string>

namespace tontine::store {

namespace {

constexpr const char* RebuildFines = R"sql(
CREATE TABLE rotation_fine_v4 (
    id           INTEGER PRIMARY KEY,
    rotation_id  INTEGER NOT NULL REFERENCES rotation(id),
    member_id    INTEGER NOT NULL REFERENCES member(id),
    round        INTEGER NOT NULL CHECK (round > 0),
    date         TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount       INTEGER NOT NULL CHECK (amount <> 0),
    periods_late INTEGER NOT NULL CHECK (periods_late >= 0),
    entry_seq    INTEGER NOT NULL REFERENCES entry(seq)
) STRICT;
INSERT INTO rotation_fine_v4 (id, rotation_id, member_id, round, date, amount, periods_late, entry_seq)
    SELECT id, rotation_id, member_id, round, date, amount, periods_late, entry_seq FROM rotation_fine;
DROP TABLE rotation_fine;
ALTER TABLE rotation_fine_v4 RENAME TO rotation_fine;

CREATE TABLE rotation_fine_payment_v4 (
    id          INTEGER PRIMARY KEY,
    rotation_id INTEGER NOT NULL REFERENCES rotation(id),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    date        TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    entry_seq   INTEGER NOT NULL REFERENCES entry(seq)
) STRICT;
INSERT INTO rotation_fine_payment_v4 (id, rotation_id, member_id, date, amount, entry_seq)
    SELECT id, rotation_id, member_id, date, amount, entry_seq FROM rotation_fine_payment;
DROP TABLE rotation_fine_payment;
ALTER TABLE rotation_fine_payment_v4 RENAME TO rotation_fine_payment;
)sql";

} // namespace

void applyV4(Database& db)
{
    db.exec(RebuildFines);
    // The guards of step 3, dropped with the old tables: facts are never changed or removed.
    for (const std::string t : {"rotation_fine", "rotation_fine_payment"}) {
        db.exec("CREATE TRIGGER " + t + "_no_update BEFORE UPDATE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'rotation records are never changed'); END;");
        db.exec("CREATE TRIGGER " + t + "_no_delete BEFORE DELETE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'rotation records are never deleted'); END;");
    }
}

} // namespace tontine::store
