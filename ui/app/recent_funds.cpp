#include "ui/app/recent_funds.h"

#include <QFileInfo>
#include <QSettings>

namespace tontine::ui {

namespace {
const QString key = QStringLiteral("recentFunds");
}

QStringList RecentFunds::list()
{
    return QSettings().value(key).toStringList();
}

void RecentFunds::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maxCount)
        paths.removeLast();
    QSettings().setValue(key, paths);
}

void RecentFunds::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key, paths);
}

} // namespace tontine::ui
