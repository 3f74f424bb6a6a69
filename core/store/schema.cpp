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


// Version 3: rotations (docs/rotation-rules.md). The agreed definition (rotation, its hands)
// is chained as audit events; the records of the cycle (outcomes, allocation lines, fines,
// fine payments, withdrawals, bids) are facts: never updated or deleted, except that a
// decided outcome is marked paid once and the fixed order may change until paid (the book
// checks which edits the engine allows). Every record names the entry that chained it.
constexpr const char* SchemaV3 = R"sql(
CREATE TABLE rotation (
    id                      INTEGER PRIMARY KEY CHECK (id > 0),
    name                    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    currency                TEXT NOT NULL CHECK (length(currency) = 3),
    contribution_per_hand   INTEGER NOT NULL CHECK (contribution_per_hand > 0),
    rounding_unit           INTEGER NOT NULL CHECK (rounding_unit > 0),
    frequency               TEXT NOT NULL CHECK (frequency IN ('weekly', 'fortnightly', 'monthly')),
    every_kth               INTEGER NOT NULL CHECK (every_kth BETWEEN 1 AND 52),
    start_date              TEXT NOT NULL CHECK (start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    beneficiaries_per_round INTEGER NOT NULL CHECK (beneficiaries_per_round > 0),
    order_method            TEXT NOT NULL CHECK (order_method IN ('fixed', 'draw', 'auction')),
    fixed_order             TEXT NOT NULL DEFAULT '',
    draw_seed               TEXT NOT NULL DEFAULT '',
    discount_rule           TEXT NOT NULL CHECK (discount_rule IN ('shared-now', 'kept', 'shared-at-end')),
    minimum_bid             INTEGER NOT NULL CHECK (minimum_bid >= 0),
    commission_kind         TEXT NOT NULL CHECK (commission_kind IN ('none', 'fixed', 'percent')),
    commission_amount       INTEGER NOT NULL CHECK (commission_amount >= 0),
    commission_bp           INTEGER NOT NULL CHECK (commission_bp >= 0),
    commission_source       TEXT NOT NULL CHECK (commission_source IN ('winner', 'pot')),
    fine_kind               TEXT NOT NULL CHECK (fine_kind IN ('none', 'fixed', 'percent')),
    fine_amount             INTEGER NOT NULL CHECK (fine_amount >= 0),
    fine_bp                 INTEGER NOT NULL CHECK (fine_bp >= 0),
    fine_per_period         INTEGER NOT NULL CHECK (fine_per_period IN (0, 1)),
    shortfall               TEXT NOT NULL CHECK (shortfall IN ('wait', 'advance')),
    leaver_refund           TEXT NOT NULL CHECK (leaver_refund IN ('return', 'keep')),
    reserve_shared_by       INTEGER REFERENCES entry(seq)
) STRICT;
CREATE TRIGGER rotation_no_delete BEFORE DELETE ON rotation
BEGIN SELECT RAISE(ABORT, 'rotations are never deleted'); END;
CREATE TRIGGER rotation_fixed_terms BEFORE UPDATE OF id, name, currency, contribution_per_hand, rounding_unit,
    frequency, every_kth, start_date, beneficiaries_per_round, order_method, draw_seed, discount_rule, minimum_bid,
    commission_kind, commission_amount, commission_bp, commission_source, fine_kind, fine_amount, fine_bp,
    fine_per_period, shortfall, leaver_refund ON rotation
BEGIN SELECT RAISE(ABORT, 'a rotation''s terms are fixed once agreed; only the fixed order may change'); END;
CREATE TRIGGER rotation_reserve_once BEFORE UPDATE OF reserve_shared_by ON rotation
WHEN OLD.reserve_shared_by IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the reserve is shared once'); END;

-- One row per holder of a hand: a whole hand (2 halves) or two half holders.
CREATE TABLE rotation_hand (
    rotation_id INTEGER NOT NULL REFERENCES rotation(id),
    hand        INTEGER NOT NULL CHECK (hand > 0),
    place       INTEGER NOT NULL CHECK (place IN (1, 2)),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    halves      INTEGER NOT NULL CHECK (halves IN (1, 2)),
    PRIMARY KEY (rotation_id, hand, place)
) STRICT, WITHOUT ROWID;

-- A decided round: beneficiaries with their discounts, one row per beneficiary.
CREATE TABLE rotation_outcome (
    rotation_id INTEGER NOT NULL REFERENCES rotation(id),
    round       INTEGER NOT NULL CHECK (round > 0),
    place       INTEGER NOT NULL CHECK (place > 0),
    hand        INTEGER NOT NULL CHECK (hand > 0),
    discount    INTEGER NOT NULL CHECK (discount >= 0),
    decided_by  INTEGER NOT NULL REFERENCES entry(seq), -- the auction's audit event, or the payout entry
    paid_on     TEXT CHECK (paid_on IS NULL OR paid_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    paid_by     INTEGER REFERENCES entry(seq),
    CHECK ((paid_on IS NULL) = (paid_by IS NULL)),
    PRIMARY KEY (rotation_id, round, place)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER rotation_outcome_paid_once BEFORE UPDATE ON rotation_outcome
WHEN OLD.paid_by IS NOT NULL OR NEW.rotation_id IS NOT OLD.rotation_id OR NEW.round IS NOT OLD.round
  OR NEW.place IS NOT OLD.place OR NEW.hand IS NOT OLD.hand OR NEW.discount IS NOT OLD.discount
  OR NEW.decided_by IS NOT OLD.decided_by
BEGIN SELECT RAISE(ABORT, 'a decided round only changes once, when it is paid out'); END;

CREATE TABLE rotation_line (
    id          INTEGER PRIMARY KEY,
    rotation_id INTEGER NOT NULL REFERENCES rotation(id),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    round       INTEGER NOT NULL CHECK (round > 0),
    amount      INTEGER NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('payment', 'advance', 'carry', 'refund', 'forfeit')),
    booking     TEXT NOT NULL CHECK (booking IN ('pot', 'prepaid', 'advance')),
    date        TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    entry_seq   INTEGER NOT NULL REFERENCES entry(seq)
) STRICT;
CREATE INDEX rotation_line_rotation ON rotation_line(rotation_id, id);

CREATE TABLE rotation_fine (
    id           INTEGER PRIMARY KEY,
    rotation_id  INTEGER NOT NULL REFERENCES rotation(id),
    member_id    INTEGER NOT NULL REFERENCES member(id),
    round        INTEGER NOT NULL CHECK (round > 0),
    date         TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount       INTEGER NOT NULL CHECK (amount > 0),
    periods_late INTEGER NOT NULL CHECK (periods_late >= 0),
    entry_seq    INTEGER NOT NULL REFERENCES entry(seq)
) STRICT;

CREATE TABLE rotation_fine_payment (
    id          INTEGER PRIMARY KEY,
    rotation_id INTEGER NOT NULL REFERENCES rotation(id),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    date        TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    entry_seq   INTEGER NOT NULL REFERENCES entry(seq)
) STRICT;

-- hands: the hand numbers the member held, comma-separated ("2,5").
CREATE TABLE rotation_withdrawal (
    id               INTEGER PRIMARY KEY,
    rotation_id      INTEGER NOT NULL REFERENCES rotation(id),
    member_id        INTEGER NOT NULL REFERENCES member(id),
    date             TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    from_round       INTEGER NOT NULL CHECK (from_round > 0),
    hands            TEXT NOT NULL CHECK (hands GLOB '[1-9]*' AND hands NOT GLOB '*[^0-9,]*'),
    before_receiving INTEGER NOT NULL CHECK (before_receiving IN (0, 1)),
    entry_seq        INTEGER NOT NULL REFERENCES entry(seq),
    UNIQUE (rotation_id, member_id)
) STRICT;

CREATE TABLE rotation_bid (
    id          INTEGER PRIMARY KEY,
    rotation_id INTEGER NOT NULL REFERENCES rotation(id),
    round       INTEGER NOT NULL CHECK (round > 0),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    hand        INTEGER NOT NULL CHECK (hand > 0),
    discount    INTEGER NOT NULL CHECK (discount >= 0),
    sequence    INTEGER NOT NULL,
    entry_seq   INTEGER NOT NULL REFERENCES entry(seq)
) STRICT;
)sql";

// Facts of a rotation's cycle are never changed or removed (the chain names them).
constexpr const char* SchemaV3Guards[] = {"rotation_hand", "rotation_line", "rotation_fine", "rotation_fine_payment",
                                          "rotation_withdrawal", "rotation_bid"};

void applyV3(Database& db)
{
    db.exec(SchemaV3);
    for (const char* table : SchemaV3Guards) {
        const std::string t(table);
        db.exec("CREATE TRIGGER " + t + "_no_update BEFORE UPDATE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'rotation records are never changed'); END;");
        db.exec("CREATE TRIGGER " + t + "_no_delete BEFORE DELETE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'rotation records are never deleted'); END;");
    }
    db.exec("CREATE TRIGGER rotation_outcome_no_delete BEFORE DELETE ON rotation_outcome "
            "BEGIN SELECT RAISE(ABORT, 'rotation records are never deleted'); END;");
    // The fund-wide accounts the rotation engine posts to (docs/rotation-rules.md, Accounts),
    // for a fund that exists already; a new fund gets them from accounts::fundAccounts()
    // after the migrations, in the chart's order.
    db.exec("INSERT INTO account (code, name, kind) SELECT column1, column2, 'income' FROM (VALUES "
            "('income:commission', 'Organiser''s commission'), "
            "('income:discounts', 'Auction discounts kept'), "
            "('income:forfeits', 'Contributions forfeited by leavers')) "
            "WHERE EXISTS (SELECT 1 FROM account WHERE code = 'cash')");
}

} // namespace

void applyV4(Database& db); // schema_v4.cpp
void applyV5(Database& db); // schema_v5.cpp
void applyV6(Database& db); // schema_v6.cpp
void applyV7(Database& db); // schema_v7.cpp

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        {1, "settings, operators, members, accounts, entries and postings",
         [](Database& db) { db.exec(SchemaV1); }},
        {2, "meetings, attendance, dues and their payments",
         [](Database& db) { db.exec(SchemaV2); }},
        {3, "rotations: definition, hands, outcomes, allocation lines, fines, withdrawals, bids",
         [](Database& db) { applyV3(db); }},
        {4, "rotations: a reversed payment's fines and fine payments stored as their negation",
         [](Database& db) { applyV4(db); }},
        {5, "savings cycles and records, social grants and loans, share-outs",
         [](Database& db) { applyV5(db); }},
        {6, "loan products, loans with their guarantors, decisions, schedules and allocations, group guarantees",
         [](Database& db) { applyV6(db); }},
        {7, "partner mutuals, premium payments and remittances, exports sent, members' relationship to their head",
         [](Database& db) { applyV7(db); }},
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
