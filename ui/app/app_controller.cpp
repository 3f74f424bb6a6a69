#include "ui/app/app_controller.h"

#include "core/book/book.h"
#include "core/demo/demo_fund.h"
#include "ui/app/main_window.h"
#include "ui/app/recent_funds.h"
#include "ui/app/session.h"
#include "ui/app/welcome_window.h"
#include "ui/convert.h"
#include "ui/dialogs/create_fund_wizard.h"
#include "ui/labels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

namespace tontine::ui {

namespace {
void showOpenFailure(QWidget* parent, const QString& path, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("tontine::ui::AppController", "The fund could not be opened"),
                    text, QMessageBox::Ok, parent);
    box.setInformativeText(QDir::toNativeSeparators(path));
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}
} // namespace

AppController::AppController(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

AppController::~AppController()
{
    delete m_main;
    delete m_welcome;
    // The Book closes last: checkpoint and rotating backup.
    m_session.reset();
}

MainWindow* AppController::mainWindow() const
{
    return m_main;
}

QString AppController::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.tontine"));
}

void AppController::start(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        openFund(arguments.first());
        return;
    }
    if (RecentFunds::list().isEmpty() && openDemo())
        return;
    showWelcome();
}

void AppController::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomeWindow;
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_welcome, &WelcomeWindow::openRequested, this, &AppController::openFund);
        connect(m_welcome, &WelcomeWindow::createRequested, this, &AppController::createFund);
        connect(m_welcome, &WelcomeWindow::demoRequested, this, &AppController::openDemo);
    }
    m_welcome->reloadRecent();
    const QRect screen = m_welcome->screen()->availableGeometry();
    m_welcome->move(screen.center() - m_welcome->rect().center());
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

void AppController::closeFund()
{
    // The welcome screen shows first so that closing the fund window does not end the app.
    showWelcome();
    delete m_main;
    m_session.reset();
}

bool AppController::openFund(const QString& path)
{
    if (m_session)
        closeFund();
    QWidget* parent = m_welcome;
    try {
        if (!QFileInfo::exists(path))
            throw StorageError(StorageError::Kind::NotFound, toStd(path));
        showFund(Book::open(toPath(path), m_clock), path);
        return true;
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::NotFound)
            RecentFunds::remove(path);
        showOpenFailure(parent, path, storageErrorText(e), toQt(std::string(e.what())));
    } catch (const std::exception& e) {
        showOpenFailure(parent, path, tr("The fund file could not be read."), toQt(std::string(e.what())));
    }
    showWelcome();
    return false;
}

bool AppController::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path))
        return openFund(path);
    if (m_session)
        closeFund();
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        showFund(createDemoFund(toPath(path), m_clock), path);
        return true;
    } catch (const std::exception& e) {
        showOpenFailure(m_welcome, path, tr("The demo fund could not be created."), toQt(std::string(e.what())));
    }
    showWelcome();
    return false;
}

void AppController::createFund()
{
    CreateFundWizard wizard(m_clock, m_welcome);
    if (wizard.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<Book> book = wizard.takeBook();
    if (!book)
        return;
    if (m_session)
        closeFund();
    showFund(std::move(book), wizard.createdPath());
}

void AppController::showFund(std::unique_ptr<Book> book, const QString& path)
{
    m_session = std::make_unique<Session>(std::move(book));
    RecentFunds::add(path);
    m_main = new MainWindow(*m_session);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the window must not be deleted inside its own menu action.
    connect(m_main, &MainWindow::closeFundRequested, this, &AppController::closeFund, Qt::QueuedConnection);
    connect(m_main, &QObject::destroyed, this, [this] {
        // The window was closed by the person: close the fund once its pages are gone.
        QTimer::singleShot(0, this, [this] {
            if (!m_main)
                m_session.reset();
        });
    });
    // On the small laptop screens treasurers use (1366×768), every pixel counts.
    // (The geometry is for desktops without a window manager that honours "maximized".)
    const QRect screen = m_main->screen()->availableGeometry();
    if (screen.width() <= 1440 || screen.height() <= 800) {
        m_main->setGeometry(screen);
        m_main->showMaximized();
    } else {
        m_main->show();
    }
    if (m_welcome)
        m_welcome->close();
}

} // namespace tontine::ui
