#include "ui/app/application.h"

#include "core/error/errors.h"
#include "ui/convert.h"
#include "ui/labels.h"

#include <QMessageBox>

namespace tontine::ui {

Application::Application(int& argc, char** argv) : QApplication(argc, argv) {}

bool Application::notify(QObject* receiver, QEvent* event)
{
    // A use case that throws wrote nothing (each is one transaction), but the throw may also come
    // from a view re-reading after a successful write, so the message must not claim either.
    try {
        return QApplication::notify(receiver, event);
    } catch (const StorageError& e) {
        QMessageBox::critical(activeWindow(), tr("Tontine"),
                              storageErrorText(e) + QStringLiteral("\n\n") + toQt(std::string(e.what())));
    } catch (const ValidationError& e) {
        QStringList texts;
        for (const Problem& p : e.problems())
            texts << problemText(p);
        QMessageBox::warning(activeWindow(), tr("Tontine"), texts.join(QLatin1Char('\n')));
    } catch (const std::exception& e) {
        QMessageBox::critical(activeWindow(), tr("Tontine"),
                              tr("Something went wrong. Each action is recorded whole or not at all: "
                                 "look at the journal to see whether the last one was recorded "
                                 "before trying it again.") +
                                  QStringLiteral("\n\n") +
                                  toQt(std::string(e.what())));
    }
    return false;
}

} // namespace tontine::ui
