// The `tontine` executable: `tontine [FILE.tontine]`.
#include "app/common/system_clock.h"
#include "ui/app/app_controller.h"
#include "ui/app/application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    tontine::ui::Application app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tontine"));
    QApplication::setApplicationName(QStringLiteral("tontine"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tontine"));
    QApplication::setApplicationVersion(QStringLiteral(TONTINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tontine/icon.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Books of self-managed solidarity funds."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The fund to open (.tontine)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    tontine::SystemClock clock;
    tontine::ui::AppController controller(clock);
    controller.start(parser.positionalArguments());
    return app.exec();
}
