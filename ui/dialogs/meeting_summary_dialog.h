#pragma once
// Shows a meeting's summary in a read-only window (after closing a meeting, or on request).
// It reads the summary from Book and changes nothing.

#include "core/meetings/meeting.h"

#include <QDialog>

namespace tontine::ui {

class MeetingSummaryView;
class Session;

class MeetingSummaryDialog : public QDialog {
    Q_OBJECT
public:
    MeetingSummaryDialog(Session& session, MeetingId meeting, QWidget* parent = nullptr);
    MeetingSummaryView* view() const { return m_view; }

private:
    MeetingSummaryView* m_view;
};

} // namespace tontine::ui
