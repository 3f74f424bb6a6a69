#pragma once
// The Meetings page. With no meeting open: the past meetings, the summary of the one chosen,
// and "Open a meeting…". With a meeting open: the meeting sheet (a row per active member:
// attendance, fine, dues owed and paid today, each collecting rotation's due, paid and fine,
// shares bought and social fund paid), its totals, the cash the books expect now, and "Close
// the meeting…". Every write goes through Book; the page holds no meeting rules.

#include "core/meetings/meeting.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tontine::ui {

class MeetingListModel;
class MeetingSheetModel;
class MeetingSheetView;
class MeetingSummaryView;
class Session;

class MeetingsPage : public QWidget {
    Q_OBJECT
public:
    explicit MeetingsPage(Session& session, QWidget* parent = nullptr);
    MeetingSheetModel* sheet() const { return m_sheetModel; }
    MeetingListModel* list() const { return m_listModel; }
    MeetingSummaryView* summaryView() const { return m_summary; }
    // True while the meeting sheet is shown (a meeting is open).
    bool showsSheet() const;
    // Selects a past meeting in the list, which shows its summary.
    void selectMeeting(MeetingId id);

public slots:
    void reload();
    void openMeeting();
    void closeMeeting();
    void showCurrentSummary();

private:
    QWidget* buildListView();
    QWidget* buildSheetView();
    void reloadList();
    void reloadSheetLabels();
    void sizeSheetColumns();
    void showSelectedSummary();

    Session& m_session;
    MeetingSheetModel* m_sheetModel;
    MeetingListModel* m_listModel;
    QStackedWidget* m_views;
    // No meeting open
    QTableView* m_list = nullptr;
    MeetingSummaryView* m_summary = nullptr;
    QLabel* m_noMeeting = nullptr;
    // A meeting open
    QLabel* m_openTitle = nullptr;
    MeetingSheetView* m_sheet = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_cash = nullptr;
    MeetingId m_sizedFor = 0; // the meeting the sheet's columns were sized for
    int m_sizedColumns = 0;   // and how many columns it had then
};

} // namespace tontine::ui
