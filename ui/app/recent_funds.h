#pragma once
// The list of recently opened fund files, kept in QSettings, newest first.
// It stores paths only; it never opens or checks a fund.

#include <QStringList>

namespace tontine::ui {

class RecentFunds {
public:
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static constexpr int maxCount = 8;
};

} // namespace tontine::ui
