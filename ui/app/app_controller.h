#pragma once
// Moves between the welcome screen and an open fund: opens, creates and closes funds, turns
// storage failures into clear messages and back to the welcome screen. No business rules.

#include <QObject>
#include <QPointer>

#include <memory>

namespace tontine {
class Book;
class Clock;
} // namespace tontine

namespace tontine::ui {

class MainWindow;
class Session;
class WelcomeWindow;

class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(const Clock& clock, QObject* parent = nullptr);
    ~AppController() override;

    // What `tontine [FILE]` does: open FILE; else the welcome screen; on the very first run
    // (no recent funds) the demo fund, so there is something to see.
    void start(const QStringList& arguments);

    bool openFund(const QString& path);
    bool openDemo();
    void createFund();
    void showWelcome();
    void closeFund();

    // Where the demo fund lives: AppDataLocation/demo.tontine.
    static QString demoPath();
    MainWindow* mainWindow() const;

private:
    void showFund(std::unique_ptr<Book> book, const QString& path);

    const Clock& m_clock;
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_main;
    QPointer<WelcomeWindow> m_welcome;
};

} // namespace tontine::ui
