// Schema step 5: savings by shares, the social fund and the share-out (docs/savings-rules.md).
// Cycles, savings records, grants with their approvers, social loans and the committed
// share-out are facts: never deleted, and changed only where the comment says.
#include "core/store/sqlite.h"

#include <string>

namespace tontine::store {

namespace {

constexpr const char* SchemaV5 = R"sql(
CREATE TABLE savings_cycle (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    start_date  TEXT NOT NULL CHECK (start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    end_date    TEXT NOT NULL CHECK (end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    share_price INTEGER NOT NULL CHECK (share_price > 0),
    min_shares  INTEGER NOT NULL CHECK (min_shares >= 0),
    max_shares  INTEGER NOT NULL CHECK (max_shares >= 1 AND max_shares >= min_shares),
    voluntary   INTEGER NOT NULL CHECK (voluntary IN (0, 1)),
    withdrawals INTEGER NOT NULL CHECK (withdrawals IN (0, 1)),
    loan_rule   TEXT NOT NULL CHECK (loan_rule IN ('net', 'repay-first')),
    shared_on   TEXT CHECK (shared_on IS NULL OR shared_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
) STRICT;
CREATE UNIQUE INDEX savings_cycle_one_open ON savings_cycle((shared_on IS NULL)) WHERE shared_on IS NULL;
-- The one change a cycle ever sees: the share-out closes it.
CREATE TRIGGER savings_cycle_frozen BEFORE UPDATE ON savings_cycle
WHEN OLD.shared_on IS NOT NULL OR NEW.shared_on IS NULL OR NEW.id <> OLD.id OR NEW.name <> OLD.name
  OR NEW.start_date <> OLD.start_date OR NEW.end_date <> OLD.end_date OR NEW.share_price <> OLD.share_price
  OR NEW.min_shares <> OLD.min_shares OR NEW.max_shares <> OLD.max_shares OR NEW.voluntary <> OLD.voluntary
  OR NEW.withdrawals <> OLD.withdrawals OR NEW.loan_rule <> OLD.loan_rule
BEGIN SELECT RAISE(ABORT, 'a savings cycle only changes when its share-out closes it'); END;

CREATE TABLE savings_record (
    id        INTEGER PRIMARY KEY,
    cycle_id  INTEGER NOT NULL REFERENCES savings_cycle(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind      TEXT NOT NULL CHECK (kind IN ('opening', 'shares', 'voluntary', 'withdrawal', 'shareout')),
    date      TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    shares    INTEGER NOT NULL,
    amount    INTEGER NOT NULL,
    entry_seq INTEGER NOT NULL REFERENCES entry(seq),
    -- A share-out closes the shares of a member who withdrew all their money: no amount.
    CHECK (amount <> 0 OR shares <> 0)
) STRICT;
CREATE INDEX savings_record_cycle ON savings_record(cycle_id, member_id);
CREATE INDEX savings_record_entry ON savings_record(entry_seq);

CREATE TABLE social_grant (
    id        INTEGER PRIMARY KEY,
    event     TEXT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES member(id),
    amount    INTEGER NOT NULL CHECK (amount > 0),
    date      TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note      TEXT NOT NULL DEFAULT '',
    entry_seq INTEGER NOT NULL UNIQUE REFERENCES entry(seq)
) STRICT;
CREATE TABLE social_grant_approver (
    grant_id  INTEGER NOT NULL REFERENCES social_grant(id),
    position  INTEGER NOT NULL CHECK (position > 0),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (grant_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE social_loan (
    id        INTEGER PRIMARY KEY,
    due_id    INTEGER NOT NULL UNIQUE REFERENCES due(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    amount    INTEGER NOT NULL CHECK (amount > 0),
    date      TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    due_on    TEXT NOT NULL CHECK (due_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    approvers TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    entry_seq INTEGER NOT NULL UNIQUE REFERENCES entry(seq)
) STRICT;

CREATE TABLE shareout (
    cycle_id         INTEGER PRIMARY KEY REFERENCES savings_cycle(id),
    entry_seq        INTEGER NOT NULL REFERENCES entry(seq),
    audit_seq        INTEGER NOT NULL REFERENCES entry(seq),
    date             TEXT NOT NULL,
    rule             TEXT NOT NULL CHECK (rule IN ('standard', 'time-weighted')),
    basis            TEXT NOT NULL CHECK (basis IN ('books', 'counted')),
    meetings         INTEGER NOT NULL,
    savings          INTEGER NOT NULL,
    earnings         INTEGER NOT NULL,
    carried_in       INTEGER NOT NULL,
    cash_expected    INTEGER NOT NULL,
    cash_counted     INTEGER,
    social_fund      INTEGER NOT NULL,
    kept_back        INTEGER NOT NULL CHECK (kept_back >= 0),
    kept_back_note   TEXT NOT NULL DEFAULT '',
    amount_shared    INTEGER NOT NULL,
    kept_by_rounding INTEGER NOT NULL,
    units_by_remainder INTEGER NOT NULL,
    rounding_note    TEXT NOT NULL
) STRICT;
CREATE TABLE shareout_line (
    cycle_id    INTEGER NOT NULL REFERENCES shareout(cycle_id),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    shares      INTEGER NOT NULL,
    saved       INTEGER NOT NULL,
    weight      INTEGER NOT NULL,
    gross       INTEGER NOT NULL,
    deductions  INTEGER NOT NULL,
    net         INTEGER NOT NULL,
    still_owed  INTEGER NOT NULL,
    reinvested  INTEGER NOT NULL CHECK (reinvested >= 0),
    rounded_up  INTEGER NOT NULL CHECK (rounded_up IN (0, 1)),
    PRIMARY KEY (cycle_id, member_id)
) STRICT, WITHOUT ROWID;
)sql";

constexpr const char* Facts[] = {"savings_record", "social_grant", "social_grant_approver", "social_loan",
                                 "shareout", "shareout_line"};

} // namespace

void applyV5(Database& db)
{
    db.exec(SchemaV5);
    for (const std::string t : Facts) {
        db.exec("CREATE TRIGGER " + t + "_no_update BEFORE UPDATE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'savings and social fund records are never changed'); END;");
        db.exec("CREATE TRIGGER " + t + "_no_delete BEFORE DELETE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'savings and social fund records are never deleted'); END;");
    }
    db.exec("CREATE TRIGGER savings_cycle_no_delete BEFORE DELETE ON savings_cycle "
            "BEGIN SELECT RAISE(ABORT, 'savings cycles are never deleted'); END;");
    // The accounts the social loans and the share-out post to, for a fund that exists already;
    // a new fund gets them from accounts::fundAccounts() after the migrations.
    db.exec("INSERT INTO account (code, name, kind) SELECT column1, column2, column3 FROM (VALUES "
            "('social:loans', 'Social loans', 'asset'), "
            "('shared', 'Earnings shared out', 'equity')) "
            "WHERE EXISTS (SELECT 1 FROM account WHERE code = 'cash') "
            "AND NOT EXISTS (SELECT 1 FROM account WHERE code = column1)");
}

} // namespace tontine::store
