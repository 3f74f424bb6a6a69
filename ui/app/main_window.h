#pragma once
// The window of an open fund: a navigation list and a stack of pages, the File menu and the
// current operator in the status bar. It only navigates; the pages do the work.

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

    // Shows the page with this object name ("members", "meetings", "rotations", "savings",
    // "social", "shareout", "journal", "balances", "settings").
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

    Session& m_session;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QComboBox* m_operator;
};

} // namespace tontine::ui
