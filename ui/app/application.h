#pragma once
// The QApplication of the `tontine` executable. Its one addition: a failure core throws while
// handling an event (a disk that fills up, a file that goes away) becomes a message instead of
// ending the program. It decides nothing else.

#include <QApplication>

namespace tontine::ui {

class Application : public QApplication {
    Q_OBJECT
public:
    Application(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace tontine::ui
