#include "tests/support/fund_fixture.h"
#include "core/money/money.h"
#include "ui/models/journal_table_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTableView>

using namespace tontine;
using tontine::ui::JournalTableModel;

namespace {
// A fund with more than a thousand entries: ten members with a hundred opening savings each.
void fillJournal(test::FundFixture& fund)
{
    for (int m = 0; m < 10; ++m) {
        const MemberId id = fund.addMember("Member" + std::to_string(m), "Test");
        for (int i = 0; i < 100; ++i)
            fund.book->recordOpeningSavings(id, 100 + i, fund.actor());
    }
}
} // namespace

TEST_CASE("JournalTableModel fetches a big journal lazily, in pages, in chain order")
{
    test::FundFixture fund;
    fillJournal(fund);
    const std::int64_t total = fund.book->entryCount();
    REQUIRE(total > 1000);

    JournalTableModel model(*fund.book);
    // Nothing is read until someone asks.
    CHECK(model.rowCount() == 0);
    CHECK(model.totalEntries() == total);
    REQUIRE(model.canFetchMore({}));

    // The tester itself fetches while it checks the model; each fetch adds one page.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int afterTester = model.rowCount();
    CHECK(afterTester > 0);
    CHECK(afterTester % JournalTableModel::pageSize == 0);
    CHECK(afterTester < total);

    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        const std::int64_t left = total - before;
        CHECK(model.rowCount() - before == std::min<std::int64_t>(JournalTableModel::pageSize, left));
    }
    CHECK(model.rowCount() == total);
    for (int row = 0; row < model.rowCount(); row += 97)
        CHECK(model.entryAt(row)->seq == row + 1);

    // A transaction shows what moved; an audit record has no amount.
    const Entry* last = model.entryAt(model.rowCount() - 1);
    REQUIRE(last->kind == EntryKind::Transaction);
    CHECK(model.data(model.index(model.rowCount() - 1, JournalTableModel::Amount)).toString() ==
          QString::fromStdString(Money(199, fund.book->settings().currency()).toDisplay()));
    CHECK(model.data(model.index(model.rowCount() - 1, JournalTableModel::Operator)).toString() ==
          QStringLiteral("Awa Diop"));

    // After a write, reload forgets the rows and sees the new count.
    fund.book->reverse(last->seq, "typed twice", fund.actor());
    model.reload();
    CHECK(model.rowCount() == 0);
    CHECK(model.totalEntries() == total + 1);
}

TEST_CASE("A view over the journal reads only the first pages")
{
    test::FundFixture fund;
    fillJournal(fund);
    JournalTableModel model(*fund.book);
    QTableView view;
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QCoreApplication::processEvents();
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < model.totalEntries());
}

TEST_CASE("JournalTableModel can show the newest entries first, still fetching page by page")
{
    test::FundFixture fund;
    fillJournal(fund);
    const std::int64_t total = fund.book->entryCount();

    JournalTableModel model(*fund.book);
    model.setNewestFirst(true);
    CHECK(model.rowCount() == 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == total);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(model.entryAt(row)->seq == total - row);

    // Switching back starts again from the first entry.
    model.setNewestFirst(false);
    CHECK(model.rowCount() == 0);
    model.fetchMore({});
    CHECK(model.entryAt(0)->seq == 1);
}
