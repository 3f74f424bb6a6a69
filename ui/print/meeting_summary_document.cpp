// The printed meeting summary: the text members see on screen, on paper with the fund's
// dates and a header and page numbers on every page.
#include "ui/print/report_documents.h"

#include "ui/convert.h"
#include "ui/print/meeting_summary_html.h"

#include <QCoreApplication>

namespace tontine::ui {

namespace {
struct MeetingSummaryDocument {
    Q_DECLARE_TR_FUNCTIONS(MeetingSummaryDocument)
};
using T = MeetingSummaryDocument;
} // namespace

PrintDocument meetingSummaryDocument(const MeetingSummary& summary, const std::vector<Member>& members,
                                     const FundSettings& settings, const ChainHead& head)
{
    const ReportFormat f(settings.currency(), fundLocale(settings.language));
    PrintDocument doc = fundDocument(settings, f, T::tr("Meeting summary — %1").arg(f.date(summary.meeting.date)));
    QString html = heading(doc.title) + meetingSummaryHtml(summary, members, f);
    // The summary's own head is the one of its meeting; the books may have grown since.
    if (!summary.chainHead.empty() && toQt(summary.chainHead) != toQt(head.shortText()))
        html += paragraph(T::tr("Chain head of the books when this summary was printed: %1").arg(toQt(head.shortText())));
    addPart(doc, doc.title, html);
    return doc;
}

} // namespace tontine::ui
