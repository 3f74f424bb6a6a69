#pragma once
// The Reports dialog: members' statements for a month (all or one), the fund's report for a
// month, or the collection sheet for a meeting, previewed, printed or saved as PDF on A4 or
// Letter. It chooses what to print; core builds the figures and ui/print lays them out.

#include "core/members/member.h"
#include "core/report/month.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace tontine::ui {

class DocumentOutputBox;
class Session;

class PrintReportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Statements, FundReport, CollectionSheet };

    PrintReportDialog(Session& session, Kind kind, QWidget* parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    Month month() const;
    void setMonth(Month month);
    // One member's statement, or everyone's (nullopt).
    std::optional<MemberId> member() const;
    void setMember(std::optional<MemberId> member);
    Date meetingDate() const;
    void setMeetingDate(Date date);
    DocumentOutputBox* output() const { return m_output; }

private:
    void updateChoices();
    QString suggestedFileName() const;

    Session& m_session;
    QRadioButton* m_statements;
    QRadioButton* m_fundReport;
    QRadioButton* m_sheet;
    QComboBox* m_month;
    QComboBox* m_member;
    QDateEdit* m_meetingDate;
    QLabel* m_monthLabel;
    QLabel* m_memberLabel;
    QLabel* m_dateLabel;
    DocumentOutputBox* m_output;
};

} // namespace tontine::ui
