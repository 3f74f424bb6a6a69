#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/models/member_table_model.h"
#include "ui/pages/members_page.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

using namespace tontine;
using namespace tontine::ui;

TEST_CASE("The members page searches through Book and can hide inactive members")
{
    test::FundFixture fund;
    fund.addMember("Diop", "Awa");
    fund.addMember("Ndiaye", "Moussa");
    const MemberId gone = fund.addMember("Mbaye", "Rokhaya");
    fund.book->deactivateMember(gone, fund.actor());
    Session session(std::move(fund.book));
    MembersPage page(session);
    REQUIRE(page.model()->rowCount() == 3);

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("search"));
    REQUIRE(search);
    search->setText(QStringLiteral("ndiaye"));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->memberAt(0)->lastName == "Ndiaye");

    search->clear();
    auto* showInactive = page.findChild<QCheckBox*>();
    REQUIRE(showInactive);
    showInactive->setChecked(false);
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.model()->rowOf(gone) == -1);
}

TEST_CASE("Deactivating a member asks first, then the member shows as inactive")
{
    test::FundFixture fund;
    const MemberId id = fund.addMember("Faye", "Fatou");
    Session session(std::move(fund.book));
    MembersPage page(session);
    auto* table = page.findChild<QTableView*>(QStringLiteral("membersTable"));
    REQUIRE(table);

    auto answer = [](QMessageBox::StandardButton which) {
        QTimer::singleShot(30, qApp, [which] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(which)->click();
        });
    };

    table->selectRow(page.model()->rowOf(id));
    answer(QMessageBox::Cancel);
    page.deactivateMember();
    CHECK(session.book().member(id)->active);

    table->selectRow(page.model()->rowOf(id));
    answer(QMessageBox::Yes);
    page.deactivateMember();
    CHECK_FALSE(session.book().member(id)->active);
    const int row = page.model()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(page.model()->data(page.model()->index(row, MemberTableModel::Status)).toString().startsWith(QStringLiteral("Inactive")));
}
