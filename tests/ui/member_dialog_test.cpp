#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/dialogs/member_dialog.h"
#include "ui/models/member_table_model.h"
#include "ui/pages/members_page.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>

using namespace tontine;
using namespace tontine::ui;

namespace {
QLineEdit* line(QWidget& dialog, const char* field)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    REQUIRE(edit != nullptr);
    return edit;
}

bool modelHasLastName(const MemberTableModel& model, const std::string& lastName)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.memberAt(row)->lastName == lastName)
            return true;
    return false;
}
} // namespace

TEST_CASE("Adding a member through the dialog records them and the members page shows them")
{
    test::FundFixture fund;
    Session session(std::move(fund.book));
    REQUIRE(session.currentOperator() == QStringLiteral("Awa Diop"));
    MembersPage page(session);
    const int before = page.model()->rowCount();

    MemberDialog dialog(session, std::nullopt);
    line(dialog, "lastName")->setText(QStringLiteral("Sarr"));
    line(dialog, "otherNames")->setText(QStringLiteral("Ibrahima"));
    line(dialog, "phone")->setText(QStringLiteral("77 630 11 75"));
    line(dialog, "village")->setText(QStringLiteral("Keur Mousseu"));
    auto* sex = dialog.findChild<QComboBox*>(QStringLiteral("sex"));
    REQUIRE(sex);
    sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
    // The joining date defaults to today.
    CHECK(line(dialog, "joinedOn")->text() == QStringLiteral("2026-03-01"));
    dialog.accept();

    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::optional<Member> added = session.book().member(dialog.memberId());
    REQUIRE(added);
    CHECK(added->lastName == "Sarr");
    CHECK(added->sex == Sex::Male);
    CHECK(added->village == "Keur Mousseu");
    CHECK(page.model()->rowCount() == before + 1);
    CHECK(modelHasLastName(*page.model(), "Sarr"));
    // The journal records who added them.
    const std::optional<Entry> last = session.book().entry(session.book().entryCount());
    REQUIRE(last);
    CHECK(last->operatorName == "Awa Diop");
}

TEST_CASE("The member dialog shows the problem next to an empty last name and adds nothing")
{
    test::FundFixture fund;
    Session session(std::move(fund.book));
    const std::size_t before = session.book().members().size();
    const std::int64_t entries = session.book().entryCount();

    MemberDialog dialog(session, std::nullopt);
    line(dialog, "otherNames")->setText(QStringLiteral("Fatou"));
    dialog.accept();

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemFor(QStringLiteral("lastName")).isEmpty());
    CHECK(dialog.problemFor(QStringLiteral("otherNames")).isEmpty());
    CHECK(session.book().members().size() == before);
    CHECK(session.book().entryCount() == entries);
}

TEST_CASE("Editing a member through the dialog changes their record")
{
    test::FundFixture fund;
    const MemberId id = fund.addMember("Faye", "Fatou");
    Session session(std::move(fund.book));

    MemberDialog dialog(session, *session.book().member(id));
    CHECK(line(dialog, "lastName")->text() == QStringLiteral("Faye"));
    line(dialog, "phone")->setText(QStringLiteral("76 874 20 91"));
    dialog.accept();

    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(session.book().member(id)->phone == "76 874 20 91");
    CHECK(session.book().member(id)->lastName == "Faye");
}

TEST_CASE("The member dialog saves a dependant's relationship to the household head")
{
    test::FundFixture fund;
    Session session(std::move(fund.book));
    MemberInput head;
    head.lastName = "Ndiaye";
    head.otherNames = "Awa";
    const MemberId headId = session.book().addMember(head, session.actor());

    MemberDialog dialog(session, std::nullopt);
    line(dialog, "lastName")->setText(QStringLiteral("Ndiaye"));
    line(dialog, "otherNames")->setText(QStringLiteral("Modou"));
    auto* household = dialog.findChild<QComboBox*>(QStringLiteral("householdHead"));
    auto* relationship = dialog.findChild<QComboBox*>(QStringLiteral("relationship"));
    REQUIRE(household);
    REQUIRE(relationship);
    // A head relates to nobody: the combo is off until a head is chosen.
    CHECK_FALSE(relationship->isEnabled());
    household->setCurrentIndex(household->findData(QString::number(headId)));
    REQUIRE(relationship->isEnabled());
    relationship->setCurrentIndex(relationship->findData(QStringLiteral("spouse")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    std::optional<Member> saved = session.book().member(dialog.memberId());
    REQUIRE(saved);
    CHECK(saved->householdHeadId == headId);
    CHECK(saved->relationship == Relationship::Spouse);

    // Editing shows it, and heading one's own household again clears it.
    MemberDialog edit(session, saved);
    auto* editRelationship = edit.findChild<QComboBox*>(QStringLiteral("relationship"));
    auto* editHousehold = edit.findChild<QComboBox*>(QStringLiteral("householdHead"));
    REQUIRE(editRelationship);
    REQUIRE(editHousehold);
    CHECK(editRelationship->currentData().toString() == QStringLiteral("spouse"));
    editHousehold->setCurrentIndex(editHousehold->findData(QString()));
    CHECK_FALSE(editRelationship->isEnabled());
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    saved = session.book().member(dialog.memberId());
    REQUIRE(saved);
    CHECK_FALSE(saved->householdHeadId);
    CHECK(saved->relationship == Relationship::None);
}
