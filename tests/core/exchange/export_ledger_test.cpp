// The ledger export read back two ways: by our own reader (every transaction balances, the sums
// per account are the opening balances plus the period's postings) and by the real `ledger`
// program (Debian package "ledger"), whose balance report must give the same figures.
#include "core/exchange/export_profile.h"
#include "tests/core/exchange/export_sample.h"
#include "tests/support/ledger_reader.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

using namespace tontine;
using namespace tontine::test;

namespace {

// docs/exports.md: Kind -> top account, then the code.
std::string expectedName(const Account& a)
{
    static const std::map<AccountKind, std::string> roots{{AccountKind::Asset, "Assets"},
                                                          {AccountKind::Liability, "Liabilities"},
                                                          {AccountKind::Equity, "Equity"},
                                                          {AccountKind::Income, "Income"},
                                                          {AccountKind::Expense, "Expenses"}};
    return roots.at(a.kind) + ":" + a.code;
}

// What the balances must be at the end of the period, from ExportData directly.
std::map<std::string, std::int64_t> expectedBalances(const ExportData& d)
{
    std::map<std::string, const Account*> chart;
    for (const Account& a : d.accounts)
        chart[a.code] = &a;
    std::map<std::string, std::int64_t> sums;
    for (const AccountBalance& b : d.openingBalances)
        sums[expectedName(b.account)] += b.debitMinusCredit;
    for (const Entry& e : d.entries)
        if (e.kind == EntryKind::Transaction && e.date >= sampleFrom() && e.date <= sampleTo())
            for (const Posting& p : e.postings)
                sums[expectedName(*chart.at(p.accountCode))] += p.amount;
    for (auto it = sums.begin(); it != sums.end();)
        it = it->second == 0 ? sums.erase(it) : std::next(it);
    return sums;
}

// `ledger balance --flat --no-total` lines: "   489750.49 PEN  Assets:cash".
std::map<std::string, std::int64_t> ledgerProgramBalances(const std::string& file, int decimals,
                                                          const std::string& commodity)
{
    std::string output;
    const int status =
        runCommand("ledger --args-only -f " + shellQuote(file) + " balance --flat --no-total", &output);
    INFO(output);
    if (status == 127 || output.find("not found") != std::string::npos)
        FAIL("the ledger program is missing: install the Debian package \"ledger\" (scripts/install-deps)");
    REQUIRE(status == 0);
    std::map<std::string, std::int64_t> sums;
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string amount, unit, account;
        words >> amount >> unit >> account;
        INFO(line);
        REQUIRE(unit == commodity);
        REQUIRE_FALSE(account.empty());
        sums[account] = parseLedgerAmount(amount, decimals);
    }
    return sums;
}

} // namespace

TEST_CASE("the ledger export balances when read back, and gives the data's balances", "[export]")
{
    for (std::string_view currency : {"XOF", "PEN"}) {
        INFO(currency);
        const ExportData d = sampleExportData(currency);
        const ExportFile file = buildExport(sampleRequest(ExportProfile::Ledger), d);
        REQUIRE(file.ok());
        const int decimals = d.settings.currency().decimals;
        const auto transactions = readLedgerJournal(file.bytes, decimals);
        REQUIRE(transactions.size() == 6); // opening + entries 10, 11, 12, 14, 15
        CHECK(transactions[0].date == "2026-09-30");
        CHECK(transactions[0].payee == "Opening balances");
        for (const auto& t : transactions) {
            INFO("line " << t.line);
            std::int64_t sum = 0;
            for (const auto& p : t.postings) {
                sum += p.minor;
                CHECK(p.commodity == currency);
            }
            CHECK(sum == 0);
            CHECK_FALSE(t.postings.empty());
        }
        CHECK(transactions[1].notes == std::vector<std::string>{"seq:10"});
        CHECK(transactions[3].notes == std::vector<std::string>{"seq:12", "reverses:11"});
        CHECK(transactions[1].payee == "Premium R-001, household of Ngom");
        CHECK(transactions[3].payee == "typo) wrong amount");
        CHECK(transactions[5].payee == "Entry 15");
        CHECK(ledgerAccountSums(transactions) == expectedBalances(d));
    }
}

TEST_CASE("the ledger program reads the export and reports the same balances", "[export]")
{
    TempDir dir;
    for (std::string_view currency : {"XOF", "PEN"}) {
        INFO(currency);
        ExportData d = sampleExportData(currency);
        // A large amount, so that a thousands separator would show if ledger added one.
        d.entries[0].postings = {{"cash", 123456789012}, {"premiums", -123456789012}};
        const ExportFile file = buildExport(sampleRequest(ExportProfile::Ledger), d);
        REQUIRE(file.ok());
        const std::string path = (dir / ("books-" + std::string(currency) + ".ledger")).string();
        std::ofstream(path, std::ios::binary) << file.bytes;
        const auto expected = expectedBalances(d);
        CHECK(expected.size() >= 6);
        CHECK(ledgerProgramBalances(path, d.settings.currency().decimals, std::string(currency)) == expected);
    }
}
