// The stores on in-memory databases: rows in, rows out, derived balances and the chain.
#include "core/ledger/account.h"
#include "core/ledger/canonical.h"
#include "core/store/ledger_store.h"
#include "core/store/meeting_store.h"
#include "core/store/member_store.h"
#include "core/store/schema.h"
#include "core/store/settings_store.h"

#include <catch2/catch.hpp>

using namespace tontine;
using namespace tontine::store;

namespace {

struct MemoryFund {
    Database db{":memory:", Database::Mode::Memory};
    MemoryFund()
    {
        db.exec("PRAGMA foreign_keys = ON");
        migrate(db, migrations());
        LedgerStore ledger(db);
        for (const auto& a : accounts::fundAccounts())
            ledger.insertAccount(a);
    }
};

Member member(MemberId id, const std::string& last, const std::string& other)
{
    Member m;
    m.id = id;
    m.lastName = last;
    m.otherNames = other;
    m.joinedOn = Date::fromYmd(2025, 1, 1);
    return m;
}

Entry txn(std::int64_t amount, const std::string& account)
{
    Entry e;
    e.date = Date::fromYmd(2026, 1, 2);
    e.memo = "test";
    e.operatorName = "Awa";
    e.writtenAt = "2026-01-02T08:00:00Z";
    e.postings = {{"cash", amount}, {account, -amount}};
    return e;
}

} // namespace

TEST_CASE("MemberStore keeps every field and searches names, places and numbers")
{
    MemoryFund f;
    MemberStore members(f.db);
    CHECK(members.nextId() == 1);
    Member a = member(1, "Ngom", "Ndèye Fatou");
    a.sex = Sex::Female;
    a.birthDate = Date::fromYmd(1985, 4, 12);
    a.village = "Silmang";
    a.insuranceNumber = "SN-001";
    members.insert(a);
    Member b = member(2, "Sarr", "Ibrahima");
    b.householdHeadId = 1;
    b.active = false;
    b.leftOn = Date::fromYmd(2026, 2, 1);
    members.insert(b);

    const auto back = members.get(1);
    REQUIRE(back);
    CHECK(memberSnapshot(*back) == memberSnapshot(a));
    CHECK(memberSnapshot(*members.get(2)) == memberSnapshot(b));
    CHECK(members.list("silm", true).size() == 1);
    CHECK(members.list("fatou ngom", true).size() == 1);
    CHECK(members.list("", false).size() == 1);
    CHECK(members.list("2", true).front().id == 2);
    CHECK(members.insuranceNumberTaken("SN-001", std::nullopt));
    CHECK_FALSE(members.insuranceNumberTaken("SN-001", MemberId{1}));
    CHECK(members.nextId() == 3);
}

TEST_CASE("LedgerStore appends a chain, reads it back and derives balances")
{
    MemoryFund f;
    MemberStore members(f.db);
    LedgerStore ledger(f.db);
    const Member m = member(1, "Diop", "Awa");
    members.insert(m);
    for (const auto& a : accounts::memberAccounts(m))
        ledger.insertAccount(a);

    Entry first = txn(1500, accounts::savings(1));
    Entry second = txn(250, accounts::savings(1));
    CHECK(ledger.append(first) == 1);
    CHECK(ledger.append(second) == 2);
    CHECK(second.hash == entryHash(first.hash, second));
    CHECK(ledger.head().count == 2);
    CHECK(ledger.head().hash == second.hash);

    const auto entries = ledger.range(1, 10);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].postings.size() == 2);
    CHECK(entries[1].postings[0].amount == 250);
    CHECK(canonicalBytes(entries[0]) == canonicalBytes(first));

    std::int64_t cash = 0;
    std::int64_t savings = 0;
    for (const auto& b : ledger.balances()) {
        if (b.account.code == "cash")
            cash = b.natural();
        if (b.account.code == "savings:1")
            savings = b.natural();
    }
    CHECK(cash == 1750);
    CHECK(savings == 1750);
    CHECK_FALSE(ledger.verifyChain().firstBad);
    CHECK(ledger.verifyChain().head.shortText() == ledger.head().shortText());
    CHECK(ledger.hasPostings());
    CHECK(ledger.integrityCheck() == "ok");

    Entry bad = txn(10, "savings:99");
    CHECK_THROWS_AS(ledger.append(bad), ValidationError);
}

TEST_CASE("SettingsStore and MeetingStore round-trip their rows")
{
    MemoryFund f;
    SettingsStore settings(f.db);
    FundSettings s;
    s.name = "Junta Villa El Salvador";
    s.currencyCode = "PEN";
    s.roundingUnit = 10;
    s.frequency = MeetingFrequency::Weekly;
    s.language = "es";
    s.backupKeep = 4;
    settings.save(s);
    CHECK(settingsSnapshot(settings.load()) == settingsSnapshot(s));
    const auto id = settings.insertOperator(Operator{0, "Rosa Quispe", "treasurer", true});
    CHECK(settings.operatorById(id)->name == "Rosa Quispe");

    MeetingStore meetings(f.db);
    CHECK_FALSE(meetings.hasRules());
    meetings.saveRules(MeetingRules{50, 100, 0});
    CHECK(meetings.hasRules());
    CHECK(meetings.loadRules().fineAbsent == 100);
}
