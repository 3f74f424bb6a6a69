#pragma once
// The meeting sheet's dues columns: what a member still owes (fines and other dues) and what
// they paid towards dues at this meeting. Typing a larger "paid today" pays the difference
// through Book::payDue, oldest due first; a payment is never undone here (the Journal reverses).
// Social fund contributions are not counted here: SavingsColumns shows and takes them.

#include "ui/models/meeting_column_provider.h"

#include <QCoreApplication>

#include <map>
#include <vector>

namespace tontine::ui {

class DuesColumns : public MeetingColumnProvider {
    Q_DECLARE_TR_FUNCTIONS(DuesColumns)

public:
    enum Column { Owed, PaidToday, ColumnCount };

    int columnCount() const override { return ColumnCount; }
    QString key(int column) const override;
    QString header(int column) const override;
    void load(const Book& book, const Meeting& meeting) override;
    QVariant data(const Member& member, int column, int role) const override;
    bool isEditable(int column) const override { return column == PaidToday; }
    void write(Session& session, const Meeting& meeting, const Member& member, int column, const QVariant& value) override;
    QString totalsText() const override;

private:
    std::int64_t owed(MemberId id) const;
    std::int64_t paidToday(MemberId id) const;

    std::map<MemberId, std::vector<Due>> m_outstanding; // oldest first
    std::map<MemberId, std::int64_t> m_paidToday;
    const Currency* m_currency = nullptr;
};

} // namespace tontine::ui
