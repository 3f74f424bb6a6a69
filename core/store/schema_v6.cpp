// Schema step 6: joint-guarantee loans and group guarantees (docs/loan-rules.md). Products are
// the fund's settings (changed in place, each change chained). A loan is a set of facts that
// are never changed or deleted: the request with the product's terms copied, its guarantors,
// the committee's decisions, its status changes (the status is derived from them), each
// schedule version, and where each repayment went. Group guarantees likewise.
#include "core/store/sqlite.h"

#include <string>

namespace tontine::store {

namespace {

constexpr const char* SchemaV6 = R"sql(
CREATE TABLE loan_product (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL CHECK (length(name) > 0),
    rate_bp             INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    method              TEXT NOT NULL CHECK (method IN ('flat', 'declining', 'annuity', 'custom')),
    min_term            INTEGER NOT NULL CHECK (min_term >= 1),
    max_term            INTEGER NOT NULL CHECK (max_term >= min_term),
    multiple_pct        INTEGER NOT NULL CHECK (multiple_pct >= 0),
    max_amount          INTEGER NOT NULL CHECK (max_amount >= 0),
    guarantors          INTEGER NOT NULL CHECK (guarantors >= 0),
    pledge_bp           INTEGER NOT NULL CHECK (pledge_bp >= 0),
    penalty_kind        TEXT NOT NULL CHECK (penalty_kind IN ('none', 'fixed', 'percent')),
    penalty_amount      INTEGER NOT NULL CHECK (penalty_amount >= 0),
    penalty_bp          INTEGER NOT NULL CHECK (penalty_bp >= 0),
    penalty_per_period  INTEGER NOT NULL CHECK (penalty_per_period IN (0, 1)),
    penalty_period_days INTEGER NOT NULL,
    penalty_grace_days  INTEGER NOT NULL CHECK (penalty_grace_days >= 0),
    top_up              INTEGER NOT NULL CHECK (top_up IN (0, 1)),
    top_up_min_pct      INTEGER NOT NULL CHECK (top_up_min_pct BETWEEN 0 AND 100),
    active              INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;
CREATE TRIGGER loan_product_no_delete BEFORE DELETE ON loan_product
BEGIN SELECT RAISE(ABORT, 'loan products are never deleted, only made inactive'); END;

-- The request as made: the product's terms as they were then (a later change of the product
-- does not reach it). custom: "YYYY-MM-DD:principal" lines joined by ';'.
CREATE TABLE loan (
    id                  INTEGER PRIMARY KEY,
    member_id           INTEGER NOT NULL REFERENCES member(id),
    product_id          INTEGER NOT NULL REFERENCES loan_product(id),
    product_name        TEXT NOT NULL,
    rate_bp             INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    method              TEXT NOT NULL CHECK (method IN ('flat', 'declining', 'annuity', 'custom')),
    min_term            INTEGER NOT NULL,
    max_term            INTEGER NOT NULL,
    multiple_pct        INTEGER NOT NULL,
    max_amount          INTEGER NOT NULL,
    guarantors          INTEGER NOT NULL,
    pledge_bp           INTEGER NOT NULL,
    penalty_kind        TEXT NOT NULL CHECK (penalty_kind IN ('none', 'fixed', 'percent')),
    penalty_amount      INTEGER NOT NULL,
    penalty_bp          INTEGER NOT NULL,
    penalty_per_period  INTEGER NOT NULL CHECK (penalty_per_period IN (0, 1)),
    penalty_period_days INTEGER NOT NULL,
    penalty_grace_days  INTEGER NOT NULL,
    top_up              INTEGER NOT NULL CHECK (top_up IN (0, 1)),
    top_up_min_pct      INTEGER NOT NULL,
    principal           INTEGER NOT NULL CHECK (principal > 0),
    term_months         INTEGER NOT NULL CHECK (term_months >= 0),
    custom              TEXT NOT NULL DEFAULT '',
    purpose             TEXT NOT NULL,
    requested_on        TEXT NOT NULL CHECK (requested_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    guarantee_id        INTEGER,
    entry_seq           INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX loan_member ON loan(member_id);

CREATE TABLE loan_guarantor (
    loan_id   INTEGER NOT NULL REFERENCES loan(id),
    position  INTEGER NOT NULL CHECK (position > 0),
    member_id INTEGER NOT NULL REFERENCES member(id),
    pledge    INTEGER NOT NULL CHECK (pledge >= 0),
    PRIMARY KEY (loan_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX loan_guarantor_member ON loan_guarantor(member_id);

-- The committee's decisions, each member who approved one, and the entry that chained it.
CREATE TABLE loan_approval (
    loan_id   INTEGER NOT NULL REFERENCES loan(id),
    decision  TEXT NOT NULL CHECK (decision IN ('approve', 'reschedule', 'topup', 'default', 'writeoff')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    entry_seq INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (loan_id, decision, entry_seq, member_id)
) STRICT, WITHOUT ROWID;

-- What happened to a loan, in order; the status is the last status-changing event's.
-- amount: principal paid out (disbursed, topup) or written off (writeoff); 0 otherwise.
CREATE TABLE loan_event (
    id        INTEGER PRIMARY KEY,
    loan_id   INTEGER NOT NULL REFERENCES loan(id),
    kind      TEXT NOT NULL CHECK (kind IN ('approved', 'disbursed', 'rescheduled', 'topup', 'repaid', 'reopened',
                                            'defaulted', 'writeoff', 'closed', 'cancelled')),
    date      TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount    INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    note      TEXT NOT NULL DEFAULT '',
    entry_seq INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX loan_event_loan ON loan_event(loan_id, id);

CREATE TABLE loan_schedule_line (
    loan_id   INTEGER NOT NULL REFERENCES loan(id),
    version   INTEGER NOT NULL CHECK (version > 0),
    number    INTEGER NOT NULL CHECK (number > 0),
    due_on    TEXT NOT NULL CHECK (due_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    principal INTEGER NOT NULL CHECK (principal >= 0),
    interest  INTEGER NOT NULL CHECK (interest >= 0),
    entry_seq INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (loan_id, version, number)
) STRICT, WITHOUT ROWID;

-- Where each repayment, recovery or reversal went (a reversal's amounts are negative).
CREATE TABLE loan_allocation (
    id         INTEGER PRIMARY KEY,
    loan_id    INTEGER NOT NULL REFERENCES loan(id),
    entry_seq  INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED,
    date       TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    instalment INTEGER NOT NULL CHECK (instalment > 0),
    penalty    INTEGER NOT NULL,
    interest   INTEGER NOT NULL,
    principal  INTEGER NOT NULL
) STRICT;
CREATE INDEX loan_allocation_loan ON loan_allocation(loan_id, id);
CREATE INDEX loan_allocation_entry ON loan_allocation(entry_seq);

-- What a recovery took from each guarantor, and what the borrower paid each back.
CREATE TABLE loan_guarantor_money (
    id        INTEGER PRIMARY KEY,
    loan_id   INTEGER NOT NULL REFERENCES loan(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind      TEXT NOT NULL CHECK (kind IN ('recovered', 'repaid')),
    amount    INTEGER NOT NULL CHECK (amount > 0),
    date      TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    entry_seq INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX loan_guarantor_money_loan ON loan_guarantor_money(loan_id);

CREATE TABLE group_guarantee (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES member(id),
    supplier  TEXT NOT NULL,
    purpose   TEXT NOT NULL,
    amount    INTEGER NOT NULL CHECK (amount > 0),
    issued_on TEXT NOT NULL CHECK (issued_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    until     TEXT NOT NULL CHECK (until GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    approvers TEXT NOT NULL,
    entry_seq INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
-- Released or called, once.
CREATE TABLE group_guarantee_event (
    guarantee_id INTEGER PRIMARY KEY REFERENCES group_guarantee(id),
    kind         TEXT NOT NULL CHECK (kind IN ('released', 'called')),
    date         TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    loan_id      INTEGER REFERENCES loan(id),
    entry_seq    INTEGER NOT NULL REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((kind = 'called') = (loan_id IS NOT NULL))
) STRICT;
)sql";

constexpr const char* Facts[] = {"loan",
                                 "loan_guarantor",
                                 "loan_approval",
                                 "loan_event",
                                 "loan_schedule_line",
                                 "loan_allocation",
                                 "loan_guarantor_money",
                                 "group_guarantee",
                                 "group_guarantee_event"};

} // namespace

void applyV6(Database& db)
{
    db.exec(SchemaV6);
    for (const std::string t : Facts) {
        db.exec("CREATE TRIGGER " + t + "_no_update BEFORE UPDATE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'loan records are never changed'); END;");
        db.exec("CREATE TRIGGER " + t + "_no_delete BEFORE DELETE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'loan records are never deleted'); END;");
    }
    // The accounts loan penalties and losses post to, for a fund that exists already; a new
    // fund gets them from accounts::fundAccounts() after the migrations.
    db.exec("INSERT INTO account (code, name, kind) SELECT column1, column2, column3 FROM (VALUES "
            "('income:penalties', 'Loan penalties', 'income'), "
            "('expense:loan-losses', 'Loans written off', 'expense')) "
            "WHERE EXISTS (SELECT 1 FROM account WHERE code = 'cash') "
            "AND NOT EXISTS (SELECT 1 FROM account WHERE code = column1)");
}

} // namespace tontine::store
