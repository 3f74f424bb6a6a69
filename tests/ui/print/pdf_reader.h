#pragma once
// Reads a rendered PDF back for tests with poppler's command-line tools: its text page by page
// (pdftotext) and its page count and size (pdfinfo).

#include <QString>
#include <QStringList>

namespace tontine::test {

// The text of every page, in order (pdftotext -layout, split at form feeds). No-break spaces
// are read as spaces, so amounts compare as people read them.
QStringList pdfPages(const QString& path);
// One field of pdfinfo's output ("Pages", "Page size", "Title").
QString pdfInfo(const QString& path, const QString& field);

} // namespace tontine::test
