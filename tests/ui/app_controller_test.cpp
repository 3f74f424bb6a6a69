#include "tests/support/fund_fixture.h"
#include "ui/app/app_controller.h"
#include "ui/app/main_window.h"
#include "ui/app/welcome_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <fstream>

using namespace tontine;
using namespace tontine::ui;

namespace {
// Closes each message box the controller shows, and remembers its text.
struct MessageCatcher {
    QString text;
    QTimer timer;
    MessageCatcher()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                text = box->text();
                box->done(QMessageBox::Ok);
            }
        });
        timer.start();
    }
};

QString path(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }
} // namespace

TEST_CASE("Opening a fund that is already open says so and returns to the welcome screen")
{
    test::FundFixture fund; // keeps the fund open, hence locked
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    AppController controller(clock);
    MessageCatcher catcher;

    CHECK_FALSE(controller.openFund(path(fund.path)));
    CHECK(catcher.text == QStringLiteral("This fund is open in another window or program."));
    CHECK(controller.mainWindow() == nullptr);
    bool welcomeShown = false;
    for (QWidget* w : QApplication::topLevelWidgets())
        welcomeShown |= qobject_cast<WelcomeWindow*>(w) && w->isVisible();
    CHECK(welcomeShown);
}

TEST_CASE("Opening a file that is not a fund says so; opening a real fund shows its window")
{
    test::TempDir dir;
    const auto junk = dir / "junk.tontine";
    std::ofstream(junk) << "not a database at all, just some text that is long enough";
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    AppController controller(clock);
    MessageCatcher catcher;

    CHECK_FALSE(controller.openFund(path(junk)));
    CHECK(catcher.text == QStringLiteral("This file is not a Tontine fund."));

    std::filesystem::path fundPath;
    {
        test::FundFixture fund;
        fundPath = dir / "copy.tontine";
        fund.book->backupTo(fundPath);
    }
    catcher.text.clear();
    REQUIRE(controller.openFund(path(fundPath)));
    CHECK(catcher.text.isEmpty());
    REQUIRE(controller.mainWindow() != nullptr);
    CHECK(controller.mainWindow()->windowTitle() == QStringLiteral("Groupement test — Tontine"));
    controller.closeFund();
    CHECK(controller.mainWindow() == nullptr);
}
