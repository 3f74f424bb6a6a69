#pragma once
// "Member leaves": choose a member of the rotation and read what leaving does today (what is
// given back or kept, the debt owed to the fund), as core's computeLeave works it out; then
// "Leave the rotation" runs Book::leaveRotation. Refusals are listed and nothing is written.

#include "core/rotation/leaver.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace tontine::ui {

class Session;

class LeaveDialog : public QDialog {
    Q_OBJECT
public:
    LeaveDialog(Session& session, RotationId rotation, QWidget* parent = nullptr);
    void chooseMember(MemberId member);
    QString details() const;
    QString problems() const;
    const LeaveResult& leaving() const { return m_result; }

public slots:
    void leave();

private:
    void preview();
    void showProblems(const Problems& problems);

    Session& m_session;
    RotationId m_rotation;
    QComboBox* m_member;
    QLabel* m_details;
    QLabel* m_problems;
    QPushButton* m_leave;
    LeaveResult m_result;
};

} // namespace tontine::ui
