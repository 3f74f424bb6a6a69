#include "core/demo/demo_fund.h"
#include "tests/support/fund_fixture.h"
#include "ui/app/main_window.h"
#include "ui/app/session.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QStackedWidget>

using namespace tontine;
using namespace tontine::ui;

TEST_CASE("The main window shows the fund's name and one page per thing that exists")
{
    test::FundFixture fund;
    fund.book->addOperator("Moussa Ndiaye", "secretary", fund.actor());
    Session session(std::move(fund.book));
    MainWindow window(session);

    CHECK(window.windowTitle() == QStringLiteral("Groupement test — Tontine"));
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(nav);
    REQUIRE(nav->count() == 12);
    for (const char* name : {"dashboard", "members", "meetings", "rotations", "savings", "social", "insurance", "loans",
                             "shareout", "journal", "balances", "settings"})
        CHECK(window.page(QLatin1String(name)) != nullptr);

    // The dashboard comes first; choosing in the list shows that page.
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("dashboard"));
    nav->setCurrentRow(1);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("members"));
    nav->setCurrentRow(2);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("meetings"));
    nav->setCurrentRow(6);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("insurance"));
    CHECK(nav->item(6)->text() == QStringLiteral("Health insurance"));
    nav->setCurrentRow(7);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("loans"));
    nav->setCurrentRow(9);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("journal"));

    // The Go menu's shortcuts follow the list: Ctrl+1 Dashboard, Ctrl+2 Members … Ctrl+9 Share-out,
    // Ctrl+0 Journal; past the digits, Balances is Ctrl+Shift+B and Settings Ctrl+, (the usual
    // preferences key): every page has a key, and the menu shows it.
    const QStringList order{QStringLiteral("dashboard"), QStringLiteral("members"),  QStringLiteral("meetings"),
                            QStringLiteral("rotations"), QStringLiteral("savings"),  QStringLiteral("social"),
                            QStringLiteral("insurance"), QStringLiteral("loans"),    QStringLiteral("shareout"),
                            QStringLiteral("journal"),   QStringLiteral("balances"), QStringLiteral("settings")};
    REQUIRE(order.size() == nav->count());
    auto actionFor = [&window](const QKeySequence& key) {
        QAction* found = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->shortcut() == key) {
                CHECK_FALSE(found); // one action per key
                found = a;
            }
        return found;
    };
    for (int i = 0; i < order.size(); ++i) {
        const QKeySequence key = i < 10    ? QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key_1 + i : Qt::Key_0))
                                 : i == 10 ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)
                                           : QKeySequence(Qt::CTRL | Qt::Key_Comma);
        QAction* go = actionFor(key);
        REQUIRE(go);
        CHECK(go->text() == nav->item(i)->text()); // the Go menu names the page beside its key
        go->trigger();
        CHECK(stack->currentWidget()->objectName() == order[i]);
    }
    // The Reports menu: statements (Ctrl+P), the fund report, the collection sheet; File: send to
    // the mutual (Ctrl+Shift+E, Ctrl+E being the Members page's edit).
    for (const QKeySequence& key : {QKeySequence(QKeySequence::Print), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}) {
        INFO(key.toString().toStdString());
        QAction* report = actionFor(key);
        REQUIRE(report);
        CHECK(report->text().endsWith(QStringLiteral("…")));
    }
    window.showPage(QStringLiteral("settings"));
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("settings"));

    // The current operator is chosen in the status bar and used for what is recorded.
    auto* op = window.findChild<QComboBox*>(QStringLiteral("currentOperator"));
    REQUIRE(op);
    CHECK(op->count() == 2);
    CHECK(session.actor().operatorName == "Awa Diop");
    op->setCurrentIndex(op->findText(QStringLiteral("Moussa Ndiaye")));
    CHECK(session.actor().operatorName == "Moussa Ndiaye");
    MemberInput input;
    input.lastName = "Gueye";
    session.book().addMember(input, session.actor());
    CHECK(session.book().entry(session.book().entryCount())->operatorName == "Moussa Ndiaye");

    // Renaming the fund renames the window.
    FundSettings settings = session.book().settings();
    settings.name = "Caisse de Pikine";
    session.book().updateSettings(settings, session.actor());
    session.notifyChanged();
    CHECK(window.windowTitle() == QStringLiteral("Caisse de Pikine — Tontine"));
}

// Offscreen fonts are narrower than a real screen's; the margins below leave room for that.
TEST_CASE("The main window fits a 1366×768 screen on every page, with the demo fund open")
{
    test::TempDir dir;
    FixedClock clock(Date::fromYmd(2026, 11, 23), "2026-11-23T10:00:00Z");
    BookOptions options;
    options.backupOnClose = false;
    auto book = createDemoFund(dir / "demo.tontine", clock, options);
    // Long texts where pages show them: a rules table with most events left out, an open
    // meeting with shares bought (so that the share-out preview has lines).
    const Actor actor{"Awa Diop", clock.today()};
    SocialRules rules = book->socialRules();
    rules.events = {SocialEventRule{SocialEvent::Illness, false, 15000}};
    book->setSocialRules(rules, actor);
    book->openMeeting(book->cashBalance(), "", actor);
    const SavingsCycleId cycle = book->openSavingsCycle()->id;
    for (const Member& m : book->members())
        if (m.active)
            book->buyShares(cycle, m.id, 5, actor);
    Session session(std::move(book));
    MainWindow window(session);
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    for (int i = 0; i < stack->count(); ++i) {
        QWidget* page = stack->widget(i);
        INFO(page->objectName().toStdString() << " needs " << page->minimumSizeHint().width() << "×"
                                              << page->minimumSizeHint().height());
        CHECK(page->minimumSizeHint().width() <= 1366 - 260); // beside the navigation list
        CHECK(page->minimumSizeHint().height() <= 768 - 80);   // under the menu, above the status bar
    }
    CHECK(window.minimumSizeHint().width() <= 1366 - 100);
    CHECK(window.minimumSizeHint().height() <= 768);
}
