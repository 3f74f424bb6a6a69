#include "core/store/schema.h"

namespace tontine::store {

namespace {

// Version 1: settings, operators, members, the chart of accounts and the append-only chain.
// Posted rows cannot be updated or deleted: the triggers below make the rule hold even for
// code that forgets it (only someone editing the file by hand can get around them, and the
// hash chain catches that).
constexpr const char* SchemaV1 = R"sql(
CREATE TABLE fund_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE operator (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role   TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE TRIGGER operator_no_delete BEFORE DELETE ON operator
BEGIN SELECT RAISE(ABORT, 'operators are never deleted'); END;

CREATE TABLE member (
    id                INTEGER PRIMARY KEY CHECK (id > 0),
    last_name         TEXT NOT NULL CHECK (length(last_name) > 0),
    other_names       TEXT NOT NULL DEFAULT '',
    sex               TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F', 'O')),
    birth_date        TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    phone             TEXT NOT NULL DEFAULT '',
    id_doc_type       TEXT NOT NULL DEFAULT '',
    id_doc_number     TEXT NOT NULL DEFAULT '',
    village           TEXT NOT NULL DEFAULT '',
    municipality      TEXT NOT NULL DEFAULT '',
    district          TEXT NOT NULL DEFAULT '',
    region            TEXT NOT NULL DEFAULT '',
    joined_on         TEXT NOT NULL CHECK (joined_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    household_head_id INTEGER REFERENCES member(id),
    insurance_number  TEXT NOT NULL DEFAULT '',
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    left_on           TEXT
) STRICT;
CREATE UNIQUE INDEX member_insurance_number ON member(insurance_number) WHERE insurance_number <> '';
CREATE TRIGGER member_no_delete BEFORE DELETE ON member
BEGIN SELECT RAISE(ABORT, 'members are never deleted, only deactivated'); END;

CREATE TABLE account (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense')),
    member_id INTEGER REFERENCES member(id)
) STRICT;
CREATE TRIGGER account_no_update BEFORE UPDATE ON account
BEGIN SELECT RAISE(ABORT, 'accounts are never changed'); END;
CREATE TRIGGER account_no_delete BEFORE DELETE ON account
BEGIN SELECT RAISE(ABORT, 'accounts are never deleted'); END;

CREATE TABLE entry (
    seq        INTEGER PRIMARY KEY CHECK (seq > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('txn', 'audit')),
    date       TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    memo       TEXT NOT NULL,
    operator   TEXT NOT NULL CHECK (length(operator) > 0),
    written_at TEXT NOT NULL,
    reverses   INTEGER REFERENCES entry(seq),
    subject    TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL DEFAULT '',
    payload    TEXT NOT NULL DEFAULT '',
    hash       BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;
-- An entry is reversed at most once (a reversal too).
CREATE UNIQUE INDEX entry_reversed_once ON entry(reverses) WHERE reverses IS NOT NULL;
CREATE INDEX entry_subject ON entry(subject, seq) WHERE subject <> '';
CREATE INDEX entry_date ON entry(date);
-- The chain has no gaps: each entry takes the next number.
CREATE TRIGGER entry_next_seq BEFORE INSERT ON entry
WHEN NEW.seq IS NOT (SELECT ifnull(max(seq), 0) + 1 FROM entry)
BEGIN SELECT RAISE(ABORT, 'entries are numbered without gaps'); END;
CREATE TRIGGER entry_no_update BEFORE UPDATE ON entry
BEGIN SELECT RAISE(ABORT, 'posted entries are never changed; reverse them'); END;
CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry
BEGIN SELECT RAISE(ABORT, 'posted entries are never deleted; reverse them'); END;

CREATE TABLE posting (
    entry_seq  INTEGER NOT NULL REFERENCES entry(seq),
    line       INTEGER NOT NULL CHECK (line > 0),
    account_id INTEGER NOT NULL REFERENCES account(id),
    amount     INTEGER NOT NULL CHECK (amount <> 0),
    PRIMARY KEY (entry_seq, line)
) STRICT, WITHOUT ROWID;
CREATE INDEX posting_account ON posting(account_id, entry_seq);
CREATE TRIGGER posting_no_update BEFORE UPDATE ON posting
BEGIN SELECT RAISE(ABORT, 'posted entries are never changed; reverse them'); END;
CREATE TRIGGER posting_no_delete BEFORE DELETE ON posting
BEGIN SELECT RAISE(ABORT, 'posted entries are never deleted; reverse them'); END;
)sql";

// Version 2: meetings, attendance, amounts due and their payments, and the account that
// holds cash-count differences. A closed meeting, its attendance and its dues are frozen.
constexpr const char* SchemaV2 = R"sql(
INSERT INTO account (code, name, kind) VALUES ('diff:cash', 'Cash differences', 'expense');

CREATE TABLE meeting (
    id               INTEGER PRIMARY KEY,
    date             TEXT NOT NULL UNIQUE CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_by        TEXT NOT NULL,
    opening_expected INTEGER NOT NULL,
    opening_counted  INTEGER NOT NULL CHECK (opening_counted >= 0),
    opening_note     TEXT NOT NULL DEFAULT '',
    closing_expected INTEGER,
    closing_counted  INTEGER CHECK (closing_counted IS NULL OR closing_counted >= 0),
    closing_note     TEXT NOT NULL DEFAULT '',
    closed_by        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX meeting_one_open ON meeting(status) WHERE status = 'open';
CREATE TRIGGER meeting_frozen BEFORE UPDATE ON meeting WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed meeting is never changed'); END;
CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting
BEGIN SELECT RAISE(ABORT, 'meetings are never deleted'); END;

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    member_id  INTEGER NOT NULL REFERENCES member(id),
    status     TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'excused')),
    fine       INTEGER NOT NULL DEFAULT 0 CHECK (fine >= 0),
    PRIMARY KEY (meeting_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER attendance_only_open BEFORE INSERT ON attendance
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'attendance is recorded in an open meeting'); END;
CREATE TRIGGER attendance_frozen BEFORE UPDATE ON attendance
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'a closed meeting is never changed'); END;
CREATE TRIGGER attendance_no_delete BEFORE DELETE ON attendance
BEGIN SELECT RAISE(ABORT, 'attendance is never deleted'); END;

CREATE TABLE due (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    kind       TEXT NOT NULL CHECK (length(kind) > 0),
    amount     INTEGER NOT NULL CHECK (amount >= 0),
    due_on     TEXT NOT NULL CHECK (due_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    meeting_id INTEGER REFERENCES meeting(id),
    note       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX due_member ON due(member_id);
CREATE UNIQUE INDEX due_attendance_fine ON due(meeting_id, member_id) WHERE kind GLOB 'fine:*';
CREATE TRIGGER due_frozen BEFORE UPDATE ON due
WHEN OLD.meeting_id IS NULL OR (SELECT status FROM meeting WHERE id = OLD.meeting_id) IS NOT 'open'
BEGIN SELECT RAISE(ABORT, 'a due is changed only while its meeting is open'); END;
CREATE TRIGGER due_no_delete BEFORE DELETE ON due
BEGIN SELECT RAISE(ABORT, 'dues are never deleted'); END;

CREATE TABLE due_payment (
    entry_seq INTEGER NOT NULL REFERENCES entry(seq),
    due_id    INTEGER NOT NULL REFERENCES due(id),
    amount    INTEGER NOT NULL CHECK (amount <> 0),
    PRIMARY KEY (entry_seq, due_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX due_payment_due ON due_payment(due_id);
CREATE TRIGGER due_payment_no_update BEFORE UPDATE ON due_payment
BEGIN SELECT RAISE(ABORT, 'payments are never changed; reverse them'); END;
CREATE TRIGGER due_payment_no_delete BEFORE DELETE ON due_payment
BEGIN SELECT RAISE(ABORT, 'payments are never deleted; reverse them'); END;
)sql";

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        {1, "settings, operators, members, accounts, entries and postings",
         [](Database& db) { db.exec(SchemaV1); }},
        {2, "meetings, attendance, dues and their payments",
         [](Database& db) { db.exec(SchemaV2); }},
    };
    return steps;
}

int currentSchemaVersion() { return migrations().back().version; }

void migrate(Database& db, const std::vector<Migration>& steps,
             const std::function<void(int fromVersion)>& beforeFirstStep)
{
    const int from = static_cast<int>(db.queryInt("PRAGMA user_version"));
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (from > latest)
        throw StorageError(StorageError::Kind::NewerVersion,
                           db.path().filename().string() + " was written by a newer version of Tontine (schema " +
                               std::to_string(from) + ", this version knows up to " + std::to_string(latest) +
                               "). Update Tontine to open it.");
    bool first = true;
    for (const auto& step : steps) {
        if (step.version <= from)
            continue;
        if (first && beforeFirstStep)
            beforeFirstStep(from);
        first = false;
        Transaction tx(db);
        step.apply(db);
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
    }
}

} // namespace tontine::store
