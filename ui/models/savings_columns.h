#pragma once
// The meeting sheet's savings and social fund columns. While a savings cycle is open (and the
// meeting falls within it): "Shares bought" — the shares each member bought at this meeting,
// typed as a whole number and recorded through Book::buyShares; nothing bought yet suggests
// the cycle's minimum in grey. While the social fund asks a contribution (or someone still
// owes one): "Social fund" — what each member paid into it today, recorded through
// Book::paySocialContribution; nothing paid yet suggests what they owe. A typed value is the
// total for today: only the difference is recorded, once. Nothing is undone here (the Journal
// reverses), and Book decides every limit.

#include "ui/models/meeting_column_provider.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace tontine::ui {

class SavingsColumns : public MeetingColumnProvider {
    Q_DECLARE_TR_FUNCTIONS(SavingsColumns)

public:
    enum class Kind { Shares, Social };

    // Whether an entry pays a social fund contribution (a due payment crediting the social
    // fund): in a meeting's summary it is a "due-payment" line like a fine paid.
    static bool paysSocialFund(const Entry& entry);

    int columnCount() const override { return int(m_columns.size()); }
    // "savings:shares", "social:paid"
    QString key(int column) const override;
    QString header(int column) const override;
    void load(const Book& book, const Meeting& meeting) override;
    QVariant data(const Member& member, int column, int role) const override;
    bool isEditable(int column) const override { return column >= 0 && column < columnCount(); }
    void write(Session& session, const Meeting& meeting, const Member& member, int column, const QVariant& value) override;
    QString totalsText() const override;

private:
    // What a cell holds today (shares bought, or the amount paid), what it suggests (0 once
    // something is recorded or 0 was typed over the suggestion), and whether 0 was typed.
    std::int64_t recorded(Kind kind, MemberId member) const;
    std::int64_t suggested(Kind kind, MemberId member) const;
    bool declined(Kind kind, MemberId member) const;
    QVariant sharesData(MemberId member, int role) const;
    QVariant socialData(MemberId member, int role) const;
    void writeShares(Session& session, const Member& member, const QString& text);
    void writeSocial(Session& session, const Member& member, const QString& text);

    std::vector<Kind> m_columns;
    MeetingId m_meeting = 0;
    Date m_date;
    const Currency* m_currency = nullptr;
    // Savings: the open cycle, the shares each member bought today and holds in all.
    std::optional<SavingsCycle> m_cycle;
    std::map<MemberId, int> m_boughtToday;
    std::map<MemberId, int> m_held;
    // Social fund: the contribution asked per meeting, what each member owes (dues of kind
    // "social") and paid today.
    std::int64_t m_contribution = 0;
    std::map<MemberId, std::int64_t> m_socialOwed;
    std::map<MemberId, std::int64_t> m_socialPaidToday;
    // Cells where 0 was typed over a suggestion at this meeting: they show 0, so that Tab
    // through an open editor does not record the suggestion after all. Kept for the meeting.
    std::set<std::pair<Kind, MemberId>> m_declined;
};

} // namespace tontine::ui
