#include "ui/widgets/atomic_file.h"

#include <QSaveFile>

namespace tontine::ui {

bool writeWholeFile(const QString& path, const std::string& bytes, QString* error)
{
    QSaveFile out(path);
    const qint64 size = qint64(bytes.size());
    const bool written = out.open(QIODevice::WriteOnly) && out.write(bytes.data(), size) == size && out.commit();
    if (!written && error)
        *error = out.errorString();
    return written;
}

} // namespace tontine::ui
