#include "ui/print/report_html.h"

#include "ui/convert.h"

namespace tontine::ui {

QString esc(const QString& text) { return text.toHtmlEscaped(); }
QString esc(const std::string& text) { return toQt(text).toHtmlEscaped(); }

QLocale fundLocale(const std::string& language)
{
    if (language == "fr")
        return QLocale(QLocale::French, QLocale::France);
    if (language == "es")
        return QLocale(QLocale::Spanish, QLocale::Peru);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString ReportFormat::money(std::int64_t minor) const
{
    // Amounts never break across lines: "125 000" on one line and "F CFA" on the next would
    // be misread on paper.
    const QString text = moneyText(minor, *m_currency);
    return m_medium == Medium::Screen ? text : QString(text).replace(QLatin1Char(' '), QChar(0x00A0));
}

QString ReportFormat::moneyOrBlank(std::int64_t minor) const { return minor == 0 ? QString() : money(minor); }

QString ReportFormat::date(const Date& date) const
{
    if (m_medium == Medium::Screen)
        return dateText(date);
    // On one line, like amounts: a date split over two lines makes every row twice as tall.
    return m_locale.toString(toQDate(date), QStringLiteral("d MMM yyyy")).replace(QLatin1Char(' '), QChar(0x00A0));
}

QString ReportFormat::date(const std::optional<Date>& date) const { return date ? this->date(*date) : QString(); }

QString ReportFormat::month(const Month& month) const
{
    // As the language writes it: French and Spanish month names stay lower case, also in a
    // title after a dash ("Relevé mensuel — octobre 2026") and mid-sentence.
    return m_locale.toString(toQDate(month.first()), QStringLiteral("MMMM yyyy"));
}

QString ReportFormat::number(std::int64_t value) const { return m_locale.toString(static_cast<qlonglong>(value)); }

PrintDocument fundDocument(const FundSettings& settings, const ReportFormat& format, const QString& title)
{
    PrintDocument doc;
    doc.fundName = toQt(settings.name);
    doc.locale = format.locale();
    doc.title = title;
    return doc;
}

void addPart(PrintDocument& document, const QString& title, const QString& html)
{
    PrintPart part;
    part.title = title;
    part.html = html;
    document.parts.push_back(std::move(part));
}

QString heading(const QString& text) { return QStringLiteral("<h2>%1</h2>").arg(esc(text)); }
QString subheading(const QString& text)
{
    // The empty line keeps a section's title off the table above it (QTextDocument drops the
    // heading's top margin after a table).
    return QStringLiteral("<p style=\"margin: 0; font-size: 4pt;\">&nbsp;</p>"
                          "<h3 style=\"margin-top: 8px; margin-bottom: 4px;\">%1</h3>")
        .arg(esc(text));
}
QString paragraph(const QString& text) { return QStringLiteral("<p>%1</p>").arg(esc(text)); }
QString boldText(const QString& text) { return QStringLiteral("<b>%1</b>").arg(esc(text)); }

QString fieldList(const std::vector<std::pair<QString, QString>>& fields)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\">");
    for (const auto& [caption, value] : fields)
        html += QStringLiteral("<tr><td>%1</td><td style=\"padding-left: 12px;\"><b>%2</b></td></tr>").arg(esc(caption), esc(value));
    return html + QStringLiteral("</table>");
}

QString chainHeadBox(const QString& caption, const QString& head, const QString& purpose)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"2\" "
                          "style=\"border-collapse: collapse; border-color: black; margin-top: 14px;\">"
                          "<tr><td>%1 <span style=\"font-size: 14pt; font-family: 'DejaVu Sans Mono', monospace;\">"
                          "<b>%2</b></span><br>%3</td></tr></table>")
        .arg(esc(caption), esc(head), esc(purpose));
}

HtmlTable::HtmlTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}

void HtmlTable::addRow(const QStringList& cells, bool bold)
{
    QStringList escaped;
    for (const QString& c : cells)
        escaped << esc(c);
    addHtmlRow(escaped, bold);
}

void HtmlTable::addHtmlRow(const QStringList& cells, bool bold)
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Kind kind = i < static_cast<qsizetype>(m_columns.size()) ? m_columns[static_cast<std::size_t>(i)].kind : Text;
        row += QStringLiteral("<td%1>%2</td>")
                   .arg(kind == Amount ? QStringLiteral(" align=\"right\" style=\"white-space: nowrap;\"")
                        : kind == OneLine ? QStringLiteral(" style=\"white-space: nowrap;\"")
                                       : QString(),
                        bold ? QStringLiteral("<b>%1</b>").arg(cells[i]) : cells[i]);
    }
    m_rows << row + QStringLiteral("</tr>");
}

QString HtmlTable::html() const
{
    // <thead> makes QTextDocument repeat the header row on every page the table continues on.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: black; font-size: 8pt;\"><thead><tr>");
    for (const Column& c : m_columns) {
        // A one-word title ("No.") never breaks inside the word; longer titles may wrap.
        const bool oneWord = !c.title.contains(QLatin1Char(' ')) && !c.title.contains(QLatin1Char('\n'));
        html += QStringLiteral("<th%1%2 style=\"background-color: #e6e6e6;%3\">%4</th>")
                    .arg(c.kind == Amount ? QStringLiteral(" align=\"right\"") : QStringLiteral(" align=\"left\""),
                         c.widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(c.widthPercent) : QString(),
                         oneWord ? QStringLiteral(" white-space: nowrap;") : QString(), esc(c.title));
    }
    html += QStringLiteral("</tr></thead>") + m_rows.join(QString()) + QStringLiteral("</table>");
    return html;
}

} // namespace tontine::ui
