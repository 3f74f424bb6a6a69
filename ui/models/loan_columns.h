#pragma once
// The meeting sheet's loan column, "Loan due", shown while the fund has loans being repaid:
// per borrower, what is due today (LoanDue::dueToday) suggested in grey until something is
// recorded, days late in the tooltip and as "late 12 d"; a typed amount is the total repaid
// today and only the difference is recorded, once, through Book::repayLoan. A member with more
// than one loan repays here the oldest only, and only up to what closes it; anything else is
// refused with a pointer to the Loans page. Book decides every amount.

#include "ui/models/meeting_column_provider.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <vector>

namespace tontine::ui {

class LoanColumns : public MeetingColumnProvider {
    Q_DECLARE_TR_FUNCTIONS(LoanColumns)

public:
    int columnCount() const override { return m_shown ? 1 : 0; }
    // "loan:due"
    QString key(int column) const override;
    QString header(int column) const override;
    void load(const Book& book, const Meeting& meeting) override;
    QVariant data(const Member& member, int column, int role) const override;
    bool isEditable(int column) const override { return column == 0 && m_shown; }
    bool isEditableFor(const Member& member, int column) const override;
    void write(Session& session, const Meeting& meeting, const Member& member, int column, const QVariant& value) override;
    QString totalsText() const override;

private:
    // The member's loans being repaid, oldest first (empty when none).
    const std::vector<LoanDue>& duesOf(MemberId member) const;
    std::int64_t repaidToday(MemberId member) const;
    std::int64_t suggested(MemberId member) const;

    bool m_shown = false;
    MeetingId m_meeting = 0;
    const Currency* m_currency = nullptr;
    std::map<MemberId, std::vector<LoanDue>> m_dues;
    std::map<MemberId, std::int64_t> m_repaidToday;
    // Members who typed 0 over the suggestion at this meeting (kept for the meeting).
    std::set<MemberId> m_declined;
};

} // namespace tontine::ui
