#include "tests/support/fund_fixture.h"
#include "ui/dialogs/import_problems_dialog.h"

#include <catch2/catch.hpp>

#include <QTableWidget>

using namespace tontine;
using namespace tontine::ui;

TEST_CASE("A refused CSV import lists each problem with its line and column, and nothing is imported")
{
    test::FundFixture fund;
    const std::size_t before = fund.book->members().size();
    const std::string csv = "last_name,other_names,birth_date\n"
                            "Diop,Awa,1980-02-30\n"
                            ",Moussa,\n";
    Problems problems;
    try {
        fund.book->importMembers(csv, fund.actor());
        FAIL("the import should have been refused");
    } catch (const ValidationError& e) {
        problems = e.problems();
    }
    REQUIRE(problems.size() >= 2);
    CHECK(fund.book->members().size() == before);

    ImportProblemsDialog dialog(QStringLiteral("members.csv"), problems);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("problems"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == int(problems.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Problem& p = problems[std::size_t(row)];
        CHECK(table->item(row, 0)->text() == (p.line > 0 ? QString::number(p.line) : QString()));
        CHECK(table->item(row, 1)->text() == (p.column > 0 ? QString::number(p.column) : QString()));
        CHECK(table->item(row, 3)->text() == QString::fromStdString(p.text));
    }
    // The bad date is on line 2, column 3; the missing name on line 3, column 1.
    bool sawDate = false, sawName = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const Problem& p = problems[std::size_t(row)];
        sawDate |= p.line == 2 && p.column == 3 && table->item(row, 2)->text() == QStringLiteral("Birth date");
        sawName |= p.line == 3 && p.column == 1 && table->item(row, 2)->text() == QStringLiteral("Last name");
    }
    CHECK(sawDate);
    CHECK(sawName);
}
