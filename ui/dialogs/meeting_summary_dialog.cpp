#include "ui/dialogs/meeting_summary_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/print_document_dialog.h"
#include "ui/print/report_documents.h"
#include "ui/widgets/meeting_summary_view.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

MeetingSummaryDialog::MeetingSummaryDialog(Session& session, MeetingId meeting, QWidget* parent) : QDialog(parent)
{
    const MeetingSummary summary = session.book().meetingSummary(meeting);
    setWindowTitle(tr("Summary of the meeting of %1").arg(dateText(summary.meeting.date)));
    m_view = new MeetingSummaryView(this);
    m_view->showSummary(summary, session.book().members(), session.currency());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print"));
    connect(print, &QPushButton::clicked, this, [this, &session, summary] {
        const Book& book = session.book();
        // The head at the end of the meeting's day: what the members copied when it closed.
        PrintDocumentDialog dialog(meetingSummaryDocument(summary, book.members(), book.settings(),
                                                          book.chainHeadOn(summary.meeting.date)),
                                   tr("meeting-%1.pdf").arg(dateText(summary.meeting.date)), this);
        dialog.exec();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // Fits a 1366×768 screen with the taskbar.
    resize(760, 640);
}

} // namespace tontine::ui
