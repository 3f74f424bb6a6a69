#include "pdf_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <stdexcept>

namespace tontine::test {

namespace {
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error((program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError()))
                                     .toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

QStringList pdfPages(const QString& path)
{
    // TONTINE_PRINT_KEEP=DIR keeps a copy of every PDF read, to look at them (pdftoppm).
    const QString keep = qEnvironmentVariable("TONTINE_PRINT_KEEP");
    if (!keep.isEmpty()) {
        const QString copy = QDir(keep).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page with a form feed
    return pages;
}

QString pdfInfo(const QString& path, const QString& field)
{
    const QStringList lines = run(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

} // namespace tontine::test
