#include "ui/app/welcome_window.h"

#include "ui/app/recent_funds.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tontine::ui {

WelcomeWindow::WelcomeWindow(QWidget* parent) : QWidget(parent)
{
    setWindowTitle(tr("Tontine"));
    auto* title = new QLabel(QStringLiteral("<h1>%1</h1><p>%2</p>")
                                 .arg(tr("Tontine"),
                                      tr("The books of your tontine, savings group or social fund — "
                                         "kept on this computer, checkable by every member.")),
                             this);
    title->setWordWrap(true);
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    auto* recentLabel = new QLabel(tr("&Recent funds:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentFunds"));
    m_recent->setAccessibleName(tr("Recent funds"));
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomeWindow::openChosen);
    connect(m_recent, &QListWidget::currentRowChanged, this, [this](int row) { m_openRecent->setEnabled(row >= 0); });

    m_openRecent = new QPushButton(tr("Open &selected"), this);
    m_openRecent->setEnabled(false);
    connect(m_openRecent, &QPushButton::clicked, this, &WelcomeWindow::openChosen);
    auto* create = new QPushButton(tr("&Create a fund…"), this);
    create->setObjectName(QStringLiteral("create"));
    connect(create, &QPushButton::clicked, this, &WelcomeWindow::createRequested);
    auto* open = new QPushButton(tr("&Open…"), this);
    connect(open, &QPushButton::clicked, this, &WelcomeWindow::browse);
    auto* demo = new QPushButton(tr("Open the &demo"), this);
    demo->setToolTip(tr("A sample fund with members and savings, to try things safely."));
    connect(demo, &QPushButton::clicked, this, &WelcomeWindow::demoRequested);

    auto shortcut = [this](const QKeySequence& keys, QPushButton* button) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
    };
    shortcut(QKeySequence::New, create);
    shortcut(QKeySequence::Open, open);
    auto* quit = new QAction(this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(demo);
    buttons->addStretch();
    buttons->addWidget(m_openRecent);

    auto* middle = new QHBoxLayout;
    auto* list = new QVBoxLayout;
    list->addWidget(recentLabel);
    list->addWidget(m_recent, 1);
    middle->addLayout(list, 1);
    middle->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->addLayout(header);
    layout->addLayout(middle, 1);

    setTabOrder(m_recent, m_openRecent);
    setTabOrder(m_openRecent, create);
    setTabOrder(create, open);
    setTabOrder(open, demo);
    reloadRecent();
    resize(760, 480);
}

void WelcomeWindow::reloadRecent()
{
    m_recent->clear();
    for (const QString& path : RecentFunds::list()) {
        const QFileInfo info(path);
        const QString text = info.exists()
            ? QStringLiteral("%1\n%2").arg(info.completeBaseName(), info.absolutePath())
            : tr("%1 (not found)\n%2").arg(info.completeBaseName(), info.absolutePath());
        auto* item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_recent->count() > 0) {
        m_recent->setCurrentRow(0);
        m_recent->setFocus();
    }
}

void WelcomeWindow::openChosen()
{
    QListWidgetItem* item = m_recent->currentItem();
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit openRequested(item->data(Qt::UserRole).toString());
}

void WelcomeWindow::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a fund"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Tontine funds (*.tontine);;All files (*)"));
    if (!path.isEmpty())
        emit openRequested(path);
}

} // namespace tontine::ui
