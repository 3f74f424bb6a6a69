// Schema step 7: partner mutuals and the premiums collected for them (docs/premium-rules.md),
// the exports recorded as sent (docs/exports.md), and each member's relationship to their
// household head. Partners are the fund's settings (changed in place, each change chained);
// payments, remittances and export records are facts that are never changed or deleted
// (a payment or remittance is undone by reversing its entry).
#include "core/store/sqlite.h"

#include <string>

namespace tontine::store {

namespace {

constexpr const char* SchemaV7 = R"sql(
CREATE TABLE partner (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL CHECK (length(name) > 0),
    payer_name            TEXT NOT NULL CHECK (length(payer_name) > 0),
    basis                 TEXT NOT NULL CHECK (basis IN ('member', 'household')),
    premium               INTEGER NOT NULL CHECK (premium > 0),
    period_months         INTEGER NOT NULL CHECK (period_months BETWEEN 1 AND 24),
    payment_type          TEXT NOT NULL CHECK (payment_type IN ('B', 'C', 'M', 'F')),
    contribution_category TEXT NOT NULL CHECK (length(contribution_category) > 0),
    export_profile        TEXT NOT NULL CHECK (export_profile IN ('openimis-insurees', 'mutuelle-fr', 'members')),
    partial_payments      INTEGER NOT NULL CHECK (partial_payments IN (0, 1)),
    active                INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;
CREATE TRIGGER partner_no_delete BEFORE DELETE ON partner
BEGIN SELECT RAISE(ABORT, 'partners are never deleted, only made inactive'); END;

-- A partner's product codes in order (the first is the default); replaced as a whole on edit.
CREATE TABLE partner_product (
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    position   INTEGER NOT NULL CHECK (position > 0),
    code       TEXT NOT NULL CHECK (length(code) > 0),
    PRIMARY KEY (partner_id, position),
    UNIQUE (partner_id, code)
) STRICT, WITHOUT ROWID;

-- A premium paid for the household of member_id (its head), towards one coverage period.
-- Receipt numbers are unique among a partner's live payments: a reversed payment frees its
-- number, so the book checks it, not an index.
CREATE TABLE premium_payment (
    id              INTEGER PRIMARY KEY,
    partner_id      INTEGER NOT NULL REFERENCES partner(id),
    member_id       INTEGER NOT NULL REFERENCES member(id),
    product_code    TEXT NOT NULL CHECK (length(product_code) > 0),
    date            TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount          INTEGER NOT NULL CHECK (amount > 0),
    receipt_number  TEXT NOT NULL CHECK (length(receipt_number) > 0),
    period_start    TEXT NOT NULL CHECK (period_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    period_end      TEXT NOT NULL CHECK (period_end GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    members_covered INTEGER NOT NULL CHECK (members_covered > 0),
    entry_seq       INTEGER NOT NULL UNIQUE REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED,
    CHECK (period_start <= period_end)
) STRICT;
CREATE INDEX premium_payment_partner ON premium_payment(partner_id, member_id);

CREATE TABLE premium_remittance (
    id             INTEGER PRIMARY KEY,
    partner_id     INTEGER NOT NULL REFERENCES partner(id),
    date           TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount         INTEGER NOT NULL CHECK (amount > 0),
    mutual_receipt TEXT NOT NULL CHECK (length(mutual_receipt) > 0),
    note           TEXT NOT NULL DEFAULT '',
    entry_seq      INTEGER NOT NULL UNIQUE REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX premium_remittance_partner ON premium_remittance(partner_id);

-- A file recorded as sent: what it carried, and the hash of its bytes.
CREATE TABLE export_record (
    id            INTEGER PRIMARY KEY,
    profile       TEXT NOT NULL CHECK (profile IN ('openimis-insurees', 'contributions', 'mutuelle-fr', 'members',
                                                   'journal', 'ledger')),
    partner_id    INTEGER REFERENCES partner(id),
    from_date     TEXT NOT NULL CHECK (from_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    to_date       TEXT NOT NULL CHECK (to_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    members       TEXT NOT NULL CHECK (members IN ('enrolled', 'to-enrol', 'all')),
    only_new      INTEGER NOT NULL CHECK (only_new IN (0, 1)),
    sent_on       TEXT NOT NULL CHECK (sent_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    file_name     TEXT NOT NULL CHECK (length(file_name) > 0),
    rows          INTEGER NOT NULL CHECK (rows >= 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    operator_name TEXT NOT NULL,
    entry_seq     INTEGER NOT NULL UNIQUE REFERENCES entry(seq) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX export_record_partner ON export_record(partner_id, profile);

CREATE TABLE export_record_member (
    export_id INTEGER NOT NULL REFERENCES export_record(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (export_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE export_record_payment (
    export_id  INTEGER NOT NULL REFERENCES export_record(id),
    payment_id INTEGER NOT NULL REFERENCES premium_payment(id),
    PRIMARY KEY (export_id, payment_id)
) STRICT, WITHOUT ROWID;

ALTER TABLE member ADD COLUMN relationship TEXT NOT NULL DEFAULT ''
    CHECK (relationship IN ('', 'spouse', 'child', 'parent', 'sibling', 'other'));
)sql";

constexpr const char* Facts[] = {"premium_payment", "premium_remittance", "export_record", "export_record_member",
                                 "export_record_payment"};

} // namespace

void applyV7(Database& db)
{
    db.exec(SchemaV7);
    for (const std::string t : Facts) {
        db.exec("CREATE TRIGGER " + t + "_no_update BEFORE UPDATE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'premium and export records are never changed'); END;");
        db.exec("CREATE TRIGGER " + t + "_no_delete BEFORE DELETE ON " + t +
                " BEGIN SELECT RAISE(ABORT, 'premium and export records are never deleted'); END;");
    }
}

} // namespace tontine::store
