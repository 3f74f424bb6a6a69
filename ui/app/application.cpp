#include "ui/app/application.h"

#include "core/error/errors.h"
#include "ui/convert.h"
#include "ui/labels.h"

#include <QMessageBox>

namespace tontine::ui {

Application::Application(int& argc, char** argv) : QApplication(argc, argv) {}

bool Application::notify(QObject* receiver, QEvent* event)
{
    // Nothing was written when core throws (each use case is one transaction), so the person
    // can read the message and go on.
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
                              tr("Something went wrong; nothing was recorded.") + QStringLiteral("\n\n") +
                                  toQt(std::string(e.what())));
    }
    return false;
}

} // namespace tontine::ui
