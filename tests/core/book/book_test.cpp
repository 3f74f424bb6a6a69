#include "core/book/book.h"
#include "core/ledger/account.h"
#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

using namespace tontine;
using tontine::test::FundFixture;

namespace {
std::int64_t balanceOf(const Book& book, const std::string& code)
{
    for (const auto& b : book.balances())
        if (b.account.code == code)
            return b.debitMinusCredit;
    FAIL("no account " << code);
    return 0;
}
} // namespace

TEST_CASE("A new fund has its settings, first operator and a chain that verifies")
{
    FundFixture f;
    CHECK(f.book->settings().name == "Groupement test");
    REQUIRE(f.book->operators().size() == 1);
    CHECK(f.book->operators()[0].name == "Awa Diop");
    CHECK(f.book->entryCount() == 2); // settings + operator, both chained
    CHECK(f.book->verify().ok());
    CHECK(f.book->chainHead().shortText().rfind("2-", 0) == 0);
}

TEST_CASE("Creating over an existing file is refused and leaves it alone")
{
    FundFixture f;
    f.book.reset();
    const auto size = std::filesystem::file_size(f.path);
    NewFund fund;
    fund.settings.name = "Other";
    fund.firstOperator = "X";
    fund.createdOn = f.clock.today();
    try {
        Book::create(f.path, fund, f.clock);
        FAIL("create over an existing file succeeded");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Exists);
    }
    CHECK(std::filesystem::file_size(f.path) == size);
    CHECK(Book::open(f.path, f.clock)->settings().name == "Groupement test");
}

TEST_CASE("Members are added, edited, deactivated, searched and chained")
{
    FundFixture f;
    const MemberId a = f.addMember("Ndiaye", "Aminata");
    const MemberId b = f.addMember("Sarr", "Ousmane");
    CHECK(a == 1);
    CHECK(b == 2);

    MemberInput edit = MemberInput::from(*f.book->member(b));
    edit.village = "Keur Massar";
    edit.householdHead = "1";
    f.book->editMember(b, edit, f.actor());
    CHECK(f.book->member(b)->village == "Keur Massar");
    CHECK(f.book->member(b)->householdHeadId == a);

    CHECK(f.book->members({"keur", true}).size() == 1);
    CHECK(f.book->members({"aminata ndiaye", true}).size() == 1);
    CHECK(f.book->members({"2", true}).front().id == b);

    const auto before = f.book->entryCount();
    f.book->editMember(b, edit, f.actor()); // unchanged: nothing chained
    CHECK(f.book->entryCount() == before);

    f.book->deactivateMember(a, f.actor());
    CHECK_FALSE(f.book->member(a)->active);
    CHECK(f.book->member(a)->leftOn == f.clock.today());
    CHECK(f.book->members({"", false}).size() == 1);
    CHECK_THROWS_AS(f.book->deactivateMember(a, f.actor()), ValidationError);
    MemberInput dependent;
    dependent.lastName = "Ba";
    dependent.householdHead = std::to_string(a);
    try {
        f.book->addMember(dependent, f.actor());
        FAIL("a member who left was accepted as household head");
    } catch (const ValidationError& e) {
        CHECK(e.problems().front().code == "household_head.inactive");
    }
    CHECK(f.book->verify().ok());
}

TEST_CASE("Invalid member input is refused with every problem and writes nothing")
{
    FundFixture f;
    const auto before = f.book->entryCount();
    MemberInput input;
    input.lastName = "";
    input.birthDate = "2026-02-30";
    input.householdHead = "9";
    try {
        f.book->addMember(input, f.actor());
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.problems().size() >= 3);
    }
    CHECK(f.book->entryCount() == before);
    CHECK(f.book->members().empty());
}

TEST_CASE("Actions need a known operator")
{
    FundFixture f;
    MemberInput input;
    input.lastName = "Diallo";
    CHECK_THROWS_AS(f.book->addMember(input, Actor{"Somebody Else", f.clock.today()}), ValidationError);
    CHECK(f.book->resolveOperator("") == "Awa Diop");
    f.book->addOperator("Moussa Ndiaye", "secretary", f.actor());
    CHECK_THROWS_AS(f.book->resolveOperator(""), ValidationError);
    CHECK(f.book->resolveOperator("Moussa Ndiaye") == "Moussa Ndiaye");
    CHECK_THROWS_AS(f.book->addOperator("Moussa Ndiaye", "", f.actor()), ValidationError);
}

TEST_CASE("Money moves through balanced entries and balances are derived from postings")
{
    FundFixture f;
    const MemberId a = f.addMember("Ndiaye");
    const MemberId b = f.addMember("Sarr");
    f.book->recordOpeningSavings(a, 15000, f.actor());
    f.book->recordOpeningSavings(b, 5000, f.actor());
    CHECK(balanceOf(*f.book, "cash") == 20000);
    CHECK(balanceOf(*f.book, accounts::savings(a)) == -15000);

    Entry unbalanced;
    unbalanced.memo = "broken";
    unbalanced.postings = {{"cash", 100}, {accounts::savings(a), -99}};
    const auto before = f.book->entryCount();
    CHECK_THROWS_AS(f.book->post(unbalanced, f.actor()), ValidationError);
    Entry unknownAccount;
    unknownAccount.memo = "no such account";
    unknownAccount.postings = {{"cash", 100}, {"savings:99", -100}};
    CHECK_THROWS_AS(f.book->post(unknownAccount, f.actor()), ValidationError);
    CHECK(f.book->entryCount() == before);
    CHECK(balanceOf(*f.book, "cash") == 20000);
}

TEST_CASE("Reversal names the original and a reason, once only")
{
    FundFixture f;
    const MemberId a = f.addMember("Ndiaye");
    const EntrySeq opening = f.book->recordOpeningSavings(a, 15000, f.actor());
    CHECK_THROWS_AS(f.book->reverse(opening, "  ", f.actor()), ValidationError);
    CHECK_THROWS_AS(f.book->reverse(1, "settings are not money", f.actor()), ValidationError);
    const EntrySeq reversal = f.book->reverse(opening, "typed 15000 instead of 1500", f.actor());
    CHECK(f.book->reversedBy(opening) == reversal);
    const auto entry = f.book->entry(reversal);
    REQUIRE(entry);
    CHECK(entry->reverses == opening);
    CHECK(entry->memo == "typed 15000 instead of 1500");
    CHECK(entry->operatorName == "Awa Diop");
    CHECK(entry->writtenAt == "2026-03-01T10:00:00Z");
    CHECK(balanceOf(*f.book, "cash") == 0);
    CHECK_THROWS_AS(f.book->reverse(opening, "again", f.actor()), ValidationError);
    // A reversal may itself be reversed once (putting the original back), never twice.
    const EntrySeq again = f.book->reverse(reversal, "the first amount was right", f.actor());
    CHECK(balanceOf(*f.book, "cash") == 15000);
    CHECK_THROWS_AS(f.book->reverse(reversal, "twice", f.actor()), ValidationError);
    CHECK(f.book->entry(again)->reverses == reversal);
    CHECK(f.book->verify().ok());
}

TEST_CASE("Settings changes are validated and chained; currency is fixed once money moves")
{
    FundFixture f;
    auto s = f.book->settings();
    s.name = "Groupement Espoir";
    s.roundingUnit = 5;
    f.book->updateSettings(s, f.actor());
    CHECK(f.book->settings().name == "Groupement Espoir");
    CHECK(f.book->settings().roundingUnit == 5);
    s.name = "";
    CHECK_THROWS_AS(f.book->updateSettings(s, f.actor()), ValidationError);
    CHECK(f.book->settings().name == "Groupement Espoir");

    const MemberId a = f.addMember("Ndiaye");
    f.book->recordOpeningSavings(a, 1000, f.actor());
    s = f.book->settings();
    s.currencyCode = "EUR";
    CHECK_THROWS_AS(f.book->updateSettings(s, f.actor()), ValidationError);
    CHECK(f.book->verify().ok());
}

TEST_CASE("Everything survives closing and reopening, with a verified rotating backup")
{
    FundFixture f;
    const MemberId a = f.addMember("Ndiaye", "Aminata");
    f.book->recordOpeningSavings(a, 2500, f.actor());
    const auto head = f.book->chainHead();
    f.reopen();
    CHECK(f.book->chainHead().shortText() == head.shortText());
    CHECK(f.book->member(a)->otherNames == "Aminata");
    const auto backups = f.book->automaticBackups();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].chainHead == head.shortText());
    CHECK(std::filesystem::exists(backups[0].path));

    // Closing an unchanged fund makes no new copy; a changed one does, and only N are kept.
    f.reopen();
    CHECK(f.book->automaticBackups().size() == 1);
    auto s = f.book->settings();
    s.backupKeep = 2;
    f.book->updateSettings(s, f.actor());
    for (int i = 0; i < 3; ++i) {
        f.clock.set(f.clock.today(), "2026-03-01T10:0" + std::to_string(i + 1) + ":00Z");
        f.book->recordOpeningSavings(a, 100 + i, f.actor());
        f.reopen();
    }
    CHECK(f.book->automaticBackups().size() == 2);
}

TEST_CASE("Back up to a chosen place gives a verified copy")
{
    FundFixture f;
    f.addMember("Ndiaye");
    const auto info = f.book->backupTo(f.dir / "usb" / "copy.tontine");
    CHECK(info.entries == f.book->entryCount());
    CHECK(info.chainHead == f.book->chainHead().shortText());
    CHECK_THROWS_AS(f.book->backupTo(f.dir / "usb" / "copy.tontine"), StorageError);
}
