#pragma once
// A read-only view of a meeting's summary as members read it: counts, attendance, money in
// and out with who received, totals and totals by kind, dues still owed, rotation arrears,
// and the chain head they copy. It renders what it is
// given; it never queries or changes the Book.

#include "core/meetings/meeting.h"
#include "core/money/currency.h"

#include <QTextBrowser>

#include <vector>

namespace tontine::ui {

class MeetingSummaryView : public QTextBrowser {
    Q_OBJECT
public:
    explicit MeetingSummaryView(QWidget* parent = nullptr);

    void showSummary(const MeetingSummary& summary, const std::vector<Member>& members, const Currency& currency);
    // Shown when no meeting is chosen.
    void showNothing(const QString& text);
    // The chain head shown, empty when none.
    QString chainHead() const { return m_chainHead; }

private:
    QString m_chainHead;
};

} // namespace tontine::ui
