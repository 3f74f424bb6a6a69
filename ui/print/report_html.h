#pragma once
// The small pieces every printed document is written with: escaped text, headings, bordered
// tables with repeated headers, dates and months in the fund's language, the chain head box.
// Pure formatting of values it is given: it computes no figure and reads no book.

#include "core/calendar/date.h"
#include "core/money/currency.h"
#include "core/report/month.h"
#include "core/settings/fund_settings.h"
#include "ui/print/print_document.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tontine::ui {

QString esc(const QString& text);
QString esc(const std::string& text);

// The locale of a fund's language ("fr", "en", "es"): dates, numbers and month names.
QLocale fundLocale(const std::string& language);

// What every document of one fund writes amounts and dates with.
class ReportFormat {
public:
    // Paper keeps each amount on one line and writes dates in words of the fund's language;
    // a screen (the meeting summary view) writes amounts as typed and ISO dates, as every
    // other screen does.
    enum class Medium { Paper, Screen };
    ReportFormat(const Currency& currency, const QLocale& locale, Medium medium = Medium::Paper)
        : m_currency(&currency), m_locale(locale), m_medium(medium)
    {
    }
    // "125 000 F CFA", "S/ 1,250.50".
    QString money(std::int64_t minor) const;
    // The amount, or nothing for 0 (tables read better with blanks than with columns of zeros).
    QString moneyOrBlank(std::int64_t minor) const;
    // "5 Oct 2026" in the fund's language.
    QString date(const Date& date) const;
    QString date(const std::optional<Date>& date) const;
    // "October 2026" in the fund's language.
    QString month(const Month& month) const;
    QString number(std::int64_t value) const;
    const QLocale& locale() const { return m_locale; }
    const Currency& currency() const { return *m_currency; }

private:
    const Currency* m_currency;
    QLocale m_locale;
    Medium m_medium;
};

// A document of the fund named in `settings`, in its language, with no part yet.
PrintDocument fundDocument(const FundSettings& settings, const ReportFormat& format, const QString& title);
// Adds a part that starts on a new page.
void addPart(PrintDocument& document, const QString& title, const QString& html);

QString heading(const QString& text);       // a document's main title
QString subheading(const QString& text);    // a section
QString paragraph(const QString& text);     // escaped
QString boldText(const QString& text);      // escaped, bold
// A two-column "caption: value" block (identity, totals), without borders.
QString fieldList(const std::vector<std::pair<QString, QString>>& fields);
// The chain head in a bordered box, large, with what it is for.
QString chainHeadBox(const QString& caption, const QString& head, const QString& purpose);

// A bordered table whose header row repeats at the top of every page it spans.
class HtmlTable {
public:
    // Amounts and counts are right-aligned and never broken over two lines; OneLine columns
    // (dates, names on a sheet) are not broken either.
    enum Kind { Text, Amount, OneLine };
    struct Column {
        QString title;
        Kind kind = Text;
        int widthPercent = 0; // 0: as wide as the text asks
    };
    explicit HtmlTable(std::vector<Column> columns);
    // Plain text cells, escaped here; `bold` marks a total line.
    void addRow(const QStringList& cells, bool bold = false);
    // Cells already written as HTML (line breaks, marks).
    void addHtmlRow(const QStringList& cells, bool bold = false);
    bool empty() const { return m_rows.isEmpty(); }
    QString html() const;

private:
    std::vector<Column> m_columns;
    QStringList m_rows;
};

} // namespace tontine::ui
