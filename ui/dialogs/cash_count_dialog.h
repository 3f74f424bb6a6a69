#pragma once
// Opens (on a chosen date, today by default) or closes a meeting with a count of the cash box: shows what the books expect, takes
// the count (an amount in the fund's currency) and a note, required when they differ. It runs
// Book::openMeeting / closeMeeting and shows core's problems next to the fields.

#include "core/meetings/meeting.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace tontine::ui {

class Session;

class CashCountDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Open, Close };
    CashCountDialog(Session& session, Mode mode, QWidget* parent = nullptr);

    // The meeting opened or closed (valid once accepted).
    MeetingId meetingId() const { return m_meetingId; }
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }

public slots:
    void accept() override;

private:
    void updateDifference();
    void growToFit();

    Session& m_session;
    Mode m_mode;
    std::int64_t m_expected = 0;
    MeetingId m_meetingId = 0;
    FieldProblems m_problems;
    QDateEdit* m_date = nullptr; // opening only
    QLineEdit* m_counted;
    QLineEdit* m_note;
    QLabel* m_noteCaption;
    QLabel* m_difference;
    QLabel* m_general;
};

} // namespace tontine::ui
