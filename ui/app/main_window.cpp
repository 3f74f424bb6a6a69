#include "ui/app/main_window.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/print_report_dialog.h"
#include "ui/dialogs/send_to_mutual_dialog.h"
#include "ui/labels.h"
#include "ui/pages/dashboard_page.h"
#include "ui/pages/balances_page.h"
#include "ui/pages/insurance_page.h"
#include "ui/pages/journal_page.h"
#include "ui/pages/loans_page.h"
#include "ui/pages/meetings_page.h"
#include "ui/pages/members_page.h"
#include "ui/pages/rotations_page.h"
#include "ui/pages/savings_page.h"
#include "ui/pages/settings_page.h"
#include "ui/pages/shareout_page.h"
#include "ui/pages/social_page.h"

#include <QAction>
#include <algorithm>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace tontine::ui {

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(this);

    addPage(QStringLiteral("dashboard"), tr("Dashboard"), new DashboardPage(session, m_stack));
    addPage(QStringLiteral("members"), tr("Members"), new MembersPage(session, m_stack));
    addPage(QStringLiteral("meetings"), tr("Meetings"), new MeetingsPage(session, m_stack));
    addPage(QStringLiteral("rotations"), tr("Rotations"), new RotationsPage(session, m_stack));
    addPage(QStringLiteral("savings"), tr("Savings"), new SavingsPage(session, m_stack));
    addPage(QStringLiteral("social"), tr("Social fund"), new SocialPage(session, m_stack));
    addPage(QStringLiteral("insurance"), tr("Health insurance"), new InsurancePage(session, m_stack));
    addPage(QStringLiteral("loans"), tr("Loans"), new LoansPage(session, m_stack));
    addPage(QStringLiteral("shareout"), tr("Share-out"), new ShareOutPage(session, m_stack));
    addPage(QStringLiteral("journal"), tr("Journal"), new JournalPage(session, m_stack));
    addPage(QStringLiteral("balances"), tr("Balances"), new BalancesPage(session, m_stack));
    addPage(QStringLiteral("settings"), tr("Settings"), new SettingsPage(session, m_stack));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // The list is as wide as its longest label, and no wider.
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(widest + 2 * m_nav->frameWidth() + 40);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* backUp = fileMenu->addAction(tr("&Back up to…"), this, &MainWindow::backUp);
    backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    // Ctrl+E edits a member on the Members page; Ctrl+Shift+E ("export") is free everywhere.
    QAction* send = fileMenu->addAction(tr("&Send to the mutual…"), this, &MainWindow::sendToMutual);
    send->setObjectName(QStringLiteral("sendToMutual"));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addSeparator();
    QAction* closeFund = fileMenu->addAction(tr("&Close the fund"), this, &MainWindow::closeFundRequested);
    closeFund->setShortcut(QKeySequence::Close);
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction* go = goMenu->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        go->setShortcut(pageShortcut(i, m_stack->widget(i)->objectName()));
    }

    auto* reportsMenu = menuBar()->addMenu(tr("&Reports"));
    QAction* statements = reportsMenu->addAction(tr("&Statements of members…"), this,
                                                 [this] { openReports(int(PrintReportDialog::Kind::Statements)); });
    statements->setShortcut(QKeySequence::Print);
    QAction* fundReport = reportsMenu->addAction(tr("&Fund report…"), this,
                                                 [this] { openReports(int(PrintReportDialog::Kind::FundReport)); });
    fundReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* sheet = reportsMenu->addAction(tr("&Collection sheet for the next meeting…"), this,
                                            [this] { openReports(int(PrintReportDialog::Kind::CollectionSheet)); });
    sheet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));

    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("currentOperator"));
    m_operator->setAccessibleName(tr("Current operator"));
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* operatorLabel = new QLabel(tr("O&perator:"), this);
    operatorLabel->setBuddy(m_operator);
    statusBar()->addPermanentWidget(operatorLabel);
    statusBar()->addPermanentWidget(m_operator);
    connect(m_operator, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty())
            m_session.setCurrentOperator(name);
    });
    reloadOperators();

    connect(&m_session, &Session::changed, this, [this] {
        updateTitle();
        reloadOperators();
    });
    updateTitle();
    auto* file = new QLabel(QDir::toNativeSeparators(QFileInfo(toQt(m_session.book().path())).absoluteFilePath()), this);
    file->setObjectName(QStringLiteral("fundFile"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(file, 1);
    m_nav->setCurrentRow(0);
    resize(1280, 760);
}

QKeySequence MainWindow::pageShortcut(int index, const QString& name)
{
    // Ctrl+1 Dashboard … Ctrl+9, then Ctrl+0 for the tenth page. Past the digits: Settings has
    // Ctrl+, (the usual "preferences" key) and Balances Ctrl+Shift+B, so every page keeps a key.
    if (name == QLatin1String("settings"))
        return QKeySequence(Qt::CTRL | Qt::Key_Comma);
    if (index < 10)
        return QKeySequence(Qt::CTRL | (index < 9 ? Qt::Key_1 + index : Qt::Key_0));
    if (name == QLatin1String("balances"))
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    return {};
}

void MainWindow::sendToMutual()
{
    const auto* insurance = qobject_cast<const InsurancePage*>(page(QStringLiteral("insurance")));
    SendToMutualDialog dialog(m_session, insurance ? insurance->partnerId() : 0, this);
    dialog.exec();
}

void MainWindow::addPage(const QString& name, const QString& label, QWidget* page)
{
    page->setObjectName(name);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(label, m_nav);
    item->setSizeHint(QSize(0, m_nav->fontMetrics().height() * 2));
}

void MainWindow::showPage(const QString& name)
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (m_stack->widget(i)->objectName() == name)
            m_nav->setCurrentRow(i);
}

QWidget* MainWindow::page(const QString& name) const
{
    return m_stack->findChild<QWidget*>(name, Qt::FindDirectChildrenOnly);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — Tontine").arg(m_session.fundName()));
}

void MainWindow::reloadOperators()
{
    const QString current = m_session.currentOperator();
    QSignalBlocker block(m_operator);
    m_operator->clear();
    for (const Operator& op : m_session.book().operators())
        if (op.active)
            m_operator->addItem(toQt(op.name));
    const int index = m_operator->findText(current);
    m_operator->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && m_operator->count() > 0)
        m_session.setCurrentOperator(m_operator->currentText());
}

void MainWindow::openReports(int kind)
{
    PrintReportDialog dialog(m_session, PrintReportDialog::Kind(kind), this);
    dialog.exec();
}

void MainWindow::backUp()
{
    const QString suggested = QFileInfo(toQt(m_session.book().path())).completeBaseName() + QStringLiteral("-backup.tontine");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the fund to"), suggested,
                                                        tr("Tontine funds (*.tontine)"));
    if (target.isEmpty())
        return;
    try {
        const BackupInfo info = m_session.book().backupTo(toPath(target));
        QMessageBox::information(this, tr("Backup made"),
                                 tr("The fund was copied and checked.\n%1\nChain head: %2")
                                     .arg(toQt(info.path), toQt(info.chainHead)));
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Backup failed"), storageErrorText(e) + QLatin1Char('\n') + toQt(std::string(e.what())));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Backup failed"), toQt(std::string(e.what())));
    }
}

} // namespace tontine::ui
