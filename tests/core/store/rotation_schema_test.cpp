// Schema step 3 (rotations) on a fund written before it existed: the rotation accounts are
// added once, after a verified backup, and rotations can then be created.
#include "core/book/book.h"
#include "core/store/ledger_store.h"
#include "core/store/schema.h"
#include "core/store/settings_store.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace tontine;
using tontine::test::TempDir;

TEST_CASE("A fund from before rotations gains the rotation accounts once when opened", "[rotation][store]")
{
    TempDir dir;
    const auto path = dir / "old.tontine";
    {
        store::Database db(path, store::Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA application_id = " + std::to_string(store::ApplicationId));
        store::migrate(db, {store::migrations().front()});
        FundSettings settings;
        settings.name = "Old fund";
        store::SettingsStore(db).save(settings);
        store::SettingsStore(db).insertOperator(Operator{0, "Awa Diop", "treasurer", true});
        for (const Account& a : accounts::fundAccounts())
            if (a.code.rfind("income:commission", 0) != 0 && a.code.rfind("income:discounts", 0) != 0 &&
                a.code.rfind("income:forfeits", 0) != 0)
                store::LedgerStore(db).insertAccount(a);
    }
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    BookOptions options;
    options.backupDir = dir / "backups";
    auto book = Book::open(path, clock, options);
    int rotationAccounts = 0;
    for (const Account& a : book->accounts())
        if (a.code == "income:commission" || a.code == "income:discounts" || a.code == "income:forfeits") {
            CHECK(a.kind == AccountKind::Income);
            ++rotationAccounts;
        }
    CHECK(rotationAccounts == 3);
    CHECK(std::filesystem::exists(dir / "backups" / "old-before-schema-2-0.tontine"));
    CHECK(book->rotations().empty());
}
