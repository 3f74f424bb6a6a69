#pragma once
// A document ready to print or save as PDF: parts that each start on a new page, with their
// own title and "page x / y" numbering (one member's statement is one part), written as
// HTML for QTextDocument. Plain data: building it reads nothing and paints nothing.

#include <QImage>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QString>

#include <vector>

namespace tontine::ui {

enum class PaperSize { A4, Letter };

struct PrintPart {
    QString title;                  // in the page header beside the fund name ("Statement — Awa Diop")
    QString html;                   // the body; black-and-white readable (no meaning in colour alone)
    QMap<QString, QImage> images;   // images the html names by "<img src='NAME'>" (charts)
};

struct PrintDocument {
    QString fundName;               // on every page
    QString title;                  // the whole document ("Statements 2026-10"), the PDF's title
    QLocale locale;                 // the fund's language, for numbers and dates in headers
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::vector<PrintPart> parts;
};

} // namespace tontine::ui
