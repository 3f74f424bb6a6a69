#include "tests/support/fund_fixture.h"
#include "core/money/money.h"
#include "ui/models/member_table_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBrush>

using namespace tontine;
using tontine::ui::MemberTableModel;

namespace {
std::map<MemberId, std::int64_t> savingsOf(const Book& book)
{
    std::map<MemberId, std::int64_t> out;
    for (const AccountBalance& b : book.balances())
        if (b.account.memberId && b.account.code == accounts::savings(*b.account.memberId))
            out[*b.account.memberId] = b.natural();
    return out;
}

QString cell(const MemberTableModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}
} // namespace

TEST_CASE("MemberTableModel shows members, their savings, and marks inactive ones in words")
{
    test::FundFixture fund;
    const MemberId awa = fund.addMember("Diop", "Awa");
    const MemberId moussa = fund.addMember("Ndiaye", "Moussa");
    fund.book->recordOpeningSavings(awa, 12500, fund.actor());
    fund.book->deactivateMember(moussa, fund.actor());

    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMembers(fund.book->members(), savingsOf(*fund.book), fund.book->settings().currency());

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == MemberTableModel::ColumnCount);
    const int awaRow = model.rowOf(awa);
    const int moussaRow = model.rowOf(moussa);
    REQUIRE(awaRow >= 0);
    REQUIRE(moussaRow >= 0);

    CHECK(cell(model, awaRow, MemberTableModel::Name) == QStringLiteral("Diop, Awa"));
    CHECK(cell(model, awaRow, MemberTableModel::Number) == QString::number(awa));
    CHECK(cell(model, awaRow, MemberTableModel::Savings) ==
          QString::fromStdString(Money(12500, fund.book->settings().currency()).toDisplay()));
    CHECK(cell(model, awaRow, MemberTableModel::Status) == QStringLiteral("Active"));

    // Inactive: said in words, not by colour alone, and greyed as well.
    CHECK(cell(model, moussaRow, MemberTableModel::Status).startsWith(QStringLiteral("Inactive")));
    CHECK(model.data(model.index(moussaRow, MemberTableModel::Name), Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.data(model.index(awaRow, MemberTableModel::Name), Qt::ForegroundRole).isValid());

    // Filtering happens in Book; the model shows what it is given.
    model.setMembers(fund.book->members(MemberQuery{"", false}), {}, fund.book->settings().currency());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.memberAt(0)->id == awa);
    CHECK(model.rowOf(moussa) == -1);
    CHECK(model.memberAt(5) == nullptr);
}
