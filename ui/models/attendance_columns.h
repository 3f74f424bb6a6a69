#pragma once
// The meeting sheet's attendance columns: the status (P/L/A/E) and the fine it costs by the
// fund's rule. Writing a status calls Book::recordAttendance; Book sets the fine.

#include "ui/models/meeting_column_provider.h"

#include <QCoreApplication>

#include <map>

namespace tontine::ui {

class AttendanceColumns : public MeetingColumnProvider {
    Q_DECLARE_TR_FUNCTIONS(AttendanceColumns)

public:
    enum Column { Status, Fine, ColumnCount };
    // EditRole of the status column is the core code ("late"); this role lists the choices.
    static constexpr int ChoicesRole = Qt::UserRole + 20;

    int columnCount() const override { return ColumnCount; }
    QString key(int column) const override;
    QString header(int column) const override;
    void load(const Book& book, const Meeting& meeting) override;
    QVariant data(const Member& member, int column, int role) const override;
    bool isEditable(int column) const override { return column == Status; }
    void write(Session& session, const Meeting& meeting, const Member& member, int column, const QVariant& value) override;
    QString totalsText() const override;

private:
    std::map<MemberId, Attendance> m_attendance;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
