#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/dialogs/operator_dialog.h"
#include "ui/pages/settings_page.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace tontine;
using namespace tontine::ui;

TEST_CASE("The settings page saves through Book and shows core's problems next to the field")
{
    test::FundFixture fund;
    Session session(std::move(fund.book));
    SettingsPage page(session);
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* rounding = page.findChild<QLineEdit*>(QStringLiteral("roundingUnit"));
    auto* keep = page.findChild<QSpinBox*>(QStringLiteral("backupKeep"));
    auto* frequency = page.findChild<QComboBox*>(QStringLiteral("frequency"));
    REQUIRE(name);
    REQUIRE(rounding);
    REQUIRE(keep);
    REQUIRE(frequency);
    CHECK(name->text() == QStringLiteral("Groupement test"));
    const std::int64_t entries = session.book().entryCount();

    name->clear();
    page.save();
    CHECK_FALSE(page.problemFor(QStringLiteral("name")).isEmpty());
    CHECK(session.book().settings().name == "Groupement test");
    CHECK(session.book().entryCount() == entries);

    rounding->setText(QStringLiteral("abc"));
    name->setText(QStringLiteral("Caisse de Pikine"));
    page.save();
    CHECK_FALSE(page.problemFor(QStringLiteral("roundingUnit")).isEmpty());
    CHECK(session.book().settings().name == "Groupement test");

    rounding->setText(QStringLiteral("25"));
    keep->setValue(5);
    frequency->setCurrentIndex(frequency->findData(QStringLiteral("weekly")));
    page.save();
    CHECK(page.problemFor(QStringLiteral("name")).isEmpty());
    const FundSettings saved = session.book().settings();
    CHECK(saved.name == "Caisse de Pikine");
    CHECK(saved.roundingUnit == 25);
    CHECK(saved.backupKeep == 5);
    CHECK(saved.frequency == MeetingFrequency::Weekly);
    CHECK(session.book().entryCount() == entries + 1); // the change is a chained record
}

TEST_CASE("Adding an operator through the dialog lists them on the settings page")
{
    test::FundFixture fund;
    Session session(std::move(fund.book));
    SettingsPage page(session);
    auto* operators = page.findChild<QTableWidget*>(QStringLiteral("operators"));
    REQUIRE(operators);
    REQUIRE(operators->rowCount() == 1);

    OperatorDialog empty(session);
    empty.accept();
    CHECK(empty.result() != QDialog::Accepted);
    CHECK(session.book().operators().size() == 1);

    OperatorDialog dialog(session);
    dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Moussa Ndiaye"));
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(QStringLiteral("secretary")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(operators->rowCount() == 2);
    CHECK(operators->item(1, 0)->text() == QStringLiteral("Moussa Ndiaye"));
    CHECK(session.book().operators().back().role == "secretary");
}
