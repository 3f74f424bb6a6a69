#include "ui/widgets/meeting_summary_view.h"

#include "ui/convert.h"
#include "ui/print/meeting_summary_html.h"

namespace tontine::ui {

MeetingSummaryView::MeetingSummaryView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("meetingSummary"));
    setAccessibleName(tr("Meeting summary"));
    setOpenLinks(false);
    setReadOnly(true);
}

void MeetingSummaryView::showNothing(const QString& text)
{
    m_chainHead.clear();
    setHtml(paragraph(text));
}

void MeetingSummaryView::showSummary(const MeetingSummary& s, const std::vector<Member>& members, const Currency& currency)
{
    m_chainHead = toQt(s.chainHead);
    // The same text as the printed summary, with amounts and dates as the other screens write them.
    const ReportFormat format(currency, QLocale(), ReportFormat::Medium::Screen);
    setHtml(meetingSummaryHtml(s, members, format));
}

} // namespace tontine::ui
