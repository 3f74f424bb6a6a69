#pragma once
// The window of an open fund: a navigation list and a stack of pages (the dashboard first), the
// File, Go and Reports menus and the current operator in the status bar. It only navigates; the
// pages and dialogs do the work.

#include <QKeySequence>
#include <QMainWindow>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace tontine::ui {

class Session;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    // Shows the page with this object name ("dashboard", "members", "meetings", "rotations",
    // "savings", "social", "insurance", "loans", "shareout", "journal", "balances", "settings").
    void showPage(const QString& name);
    QWidget* page(const QString& name) const;

signals:
    // The person asked to close the fund and go back to the welcome screen.
    void closeFundRequested();

private:
    void addPage(const QString& name, const QString& label, QWidget* page);
    void updateTitle();
    void reloadOperators();
    void backUp();
    // The Go menu's key for the page at `index` named `name` (empty when it has none).
    static QKeySequence pageShortcut(int index, const QString& name);
    // Opens "Send to the mutual" on the partner the Health insurance page shows.
    void sendToMutual();
    // Opens the Reports dialog on statements, the fund report or the collection sheet.
    void openReports(int kind);

    Session& m_session;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QComboBox* m_operator;
};

} // namespace tontine::ui
