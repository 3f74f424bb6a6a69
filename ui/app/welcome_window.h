#pragma once
// The first screen: recent funds, "Create a fund…", "Open…" and "Open the demo".
// It only asks; the AppController opens or creates funds.

#include <QWidget>

class QListWidget;
class QPushButton;

namespace tontine::ui {

class WelcomeWindow : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWindow(QWidget* parent = nullptr);
    void reloadRecent();

signals:
    void openRequested(const QString& path);
    void createRequested();
    void demoRequested();

private:
    void openChosen();
    void browse();

    QListWidget* m_recent;
    QPushButton* m_openRecent;
};

} // namespace tontine::ui
