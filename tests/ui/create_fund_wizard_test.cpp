#include "tests/support/temp_dir.h"
#include "ui/dialogs/create_fund_wizard.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include <fstream>

using namespace tontine;
using tontine::ui::CreateFundWizard;

namespace {
template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}
} // namespace

TEST_CASE("Creating a fund through the wizard writes a fund that opens with the given name")
{
    test::TempDir dir;
    FixedClock clock(Date::fromYmd(2026, 5, 4), "2026-05-04T09:00:00Z");
    CreateFundWizard wizard(clock);
    wizard.setDefaultFolder(QString::fromStdString(dir.path().string()));
    wizard.show();

    // Typing the name suggests the file name in the default folder.
    QTest::keyClicks(child<QLineEdit>(wizard, "name"), QStringLiteral("Tontine des Amies"));
    const std::filesystem::path expected = dir / "Tontine des Amies.tontine";
    CHECK(child<QLineEdit>(wizard, "location")->text().toStdString() == expected.string());
    selectData(child<QComboBox>(wizard, "currency"), QStringLiteral("EUR"));
    selectData(child<QComboBox>(wizard, "frequency"), QStringLiteral("weekly"));
    selectData(child<QComboBox>(wizard, "language"), QStringLiteral("es"));

    wizard.next();
    REQUIRE(wizard.currentId() == 1);
    QTest::keyClicks(child<QLineEdit>(wizard, "operatorName"), QStringLiteral("Rosa Quispe"));
    selectData(child<QComboBox>(wizard, "operatorRole"), QStringLiteral("secretary"));
    wizard.button(QWizard::FinishButton)->click();

    REQUIRE(wizard.result() == QDialog::Accepted);
    REQUIRE(std::filesystem::exists(expected));
    std::unique_ptr<Book> created = wizard.takeBook();
    REQUIRE(created);
    created.reset(); // closes the file so it can be opened again

    std::unique_ptr<Book> book = Book::open(expected, clock);
    const FundSettings settings = book->settings();
    CHECK(settings.name == "Tontine des Amies");
    CHECK(settings.currencyCode == "EUR");
    CHECK(settings.frequency == MeetingFrequency::Weekly);
    CHECK(settings.language == "es");
    const std::vector<Operator> ops = book->operators();
    REQUIRE(ops.size() == 1);
    CHECK(ops.front().name == "Rosa Quispe");
    CHECK(ops.front().role == "secretary");
}

TEST_CASE("The wizard keeps the first page open and says why when the name is empty")
{
    test::TempDir dir;
    FixedClock clock(Date::fromYmd(2026, 5, 4), "2026-05-04T09:00:00Z");
    CreateFundWizard wizard(clock);
    wizard.setDefaultFolder(QString::fromStdString(dir.path().string()));
    wizard.show();

    wizard.next();
    CHECK(wizard.currentId() == 0);
    CHECK_FALSE(wizard.problemFor(QStringLiteral("name")).isEmpty());
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("The wizard refuses to overwrite an existing file")
{
    test::TempDir dir;
    const std::filesystem::path taken = dir / "taken.tontine";
    std::ofstream(taken) << "something else";
    FixedClock clock(Date::fromYmd(2026, 5, 4), "2026-05-04T09:00:00Z");
    CreateFundWizard wizard(clock);
    wizard.show();
    QTest::keyClicks(child<QLineEdit>(wizard, "name"), QStringLiteral("Taken"));
    child<QLineEdit>(wizard, "location")->setText(QString::fromStdString(taken.string()));

    wizard.next();
    CHECK(wizard.currentId() == 0);
    CHECK_FALSE(wizard.problemFor(QStringLiteral("location")).isEmpty());
}

TEST_CASE("The wizard shows core's problem next to the first operator's name and creates nothing")
{
    test::TempDir dir;
    FixedClock clock(Date::fromYmd(2026, 5, 4), "2026-05-04T09:00:00Z");
    CreateFundWizard wizard(clock);
    wizard.setDefaultFolder(QString::fromStdString(dir.path().string()));
    wizard.show();
    QTest::keyClicks(child<QLineEdit>(wizard, "name"), QStringLiteral("Caisse"));
    wizard.next();
    REQUIRE(wizard.currentId() == 1);
    child<QLineEdit>(wizard, "operatorName")->setText(QStringLiteral("   "));
    wizard.button(QWizard::FinishButton)->click();

    CHECK(wizard.result() != QDialog::Accepted);
    CHECK_FALSE(wizard.problemFor(QStringLiteral("firstOperator")).isEmpty());
    CHECK_FALSE(std::filesystem::exists(dir / "Caisse.tontine"));
}
