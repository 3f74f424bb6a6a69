// The paper collection sheet: landscape, members in rows, what each owes in columns, and
// blank boxes to write what was paid and to sign, so a meeting can run without the laptop.
#include "ui/print/report_documents.h"

#include "ui/convert.h"
#include "ui/print/print_labels.h"
#include "ui/print/report_html.h"

#include <QCoreApplication>

namespace tontine::ui {

namespace {
struct CollectionSheetDocument {
    Q_DECLARE_TR_FUNCTIONS(CollectionSheetDocument)
};
using T = CollectionSheetDocument;

// A cell tall enough to write in by hand.
const QString BlankBox = QStringLiteral("&nbsp;<br>&nbsp;");
} // namespace

PrintDocument collectionSheetDocument(const CollectionSheet& sheet, const FundSettings& settings)
{
    const ReportFormat f(settings.currency(), fundLocale(settings.language));
    PrintDocument doc = fundDocument(settings, f, T::tr("Collection sheet — meeting of %1").arg(f.date(sheet.meetingDate)));
    doc.orientation = QPageLayout::Landscape;

    QString html = heading(doc.title);
    html += paragraph(T::tr("What each member owes on %1, arrears included. Write what each member pays in the "
                            "\"Paid\" box and have them sign; type it in later.")
                          .arg(f.date(sheet.meetingDate)));

    // Names stay on one line; the blank boxes are wide enough to write in.
    std::vector<HtmlTable::Column> columns = {{T::tr("No."), HtmlTable::Amount}, {T::tr("Member"), HtmlTable::OneLine}};
    for (const SheetColumn& c : sheet.columns)
        columns.push_back({sheetColumnLabel(c.key, c.name), HtmlTable::Amount});
    columns.push_back({T::tr("Total owed"), HtmlTable::Amount});
    columns.push_back({T::tr("Paid"), HtmlTable::Text, 13});
    columns.push_back({T::tr("Signature"), HtmlTable::Text, 15});
    HtmlTable table(columns);
    for (const SheetRow& row : sheet.rows) {
        QStringList cells = {esc(QString::number(row.member.id)), esc(toQt(row.member.fullName()))};
        for (std::int64_t owed : row.owed)
            cells << esc(f.moneyOrBlank(owed));
        cells << QStringLiteral("<b>%1</b>").arg(esc(f.moneyOrBlank(row.total))) << BlankBox << BlankBox;
        table.addHtmlRow(cells);
    }
    QStringList totals = {QString(), esc(T::tr("Total"))};
    for (std::int64_t t : sheet.columnTotals)
        totals << esc(f.money(t));
    totals << esc(f.money(sheet.total)) << BlankBox << QString();
    table.addHtmlRow(totals, true);
    html += table.html();
    if (sheet.rows.empty())
        html += paragraph(T::tr("The fund has no active member."));

    html += paragraph(T::tr("Cash counted at the start: ______________    Cash counted at the end: ______________"));
    html += paragraph(T::tr("Treasurer: ______________________    Secretary: ______________________"));
    html += paragraph(T::tr("Chain head of the books when this sheet was printed: %1").arg(toQt(sheet.chainHead.shortText())));

    addPart(doc, doc.title, html);
    return doc;
}

} // namespace tontine::ui
