#pragma once
// The Savings page: the open savings cycle (name, dates, share price, limits, rules) or, when
// none is open, what is waiting for the next one (reinvested from the last share-out) and
// "New savings cycle…"; every member's shares, savings, pledges, debts and what is free to
// withdraw, with the totals; the records of the member chosen; and the actions: opening
// savings, a voluntary saving, a withdrawal. Money needs an open meeting: Book refuses
// otherwise, and the page says so on the disabled buttons. No savings rule lives here.

#include "core/members/member.h"
#include "core/savings/savings_cycle.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace tontine::ui {

class SavingsMembersModel;
class SavingsRecordsModel;
class Session;

class SavingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SavingsPage(Session& session, QWidget* parent = nullptr);
    SavingsMembersModel* membersModel() const { return m_members; }
    SavingsRecordsModel* recordsModel() const { return m_records; }
    const std::optional<SavingsCycle>& cycle() const { return m_cycle; }
    void selectMember(MemberId member);
    MemberId currentMember() const;
    QString summaryText() const;
    QString totalsText() const;
    // The line saying what the last action did (or why it was refused).
    QString statusText() const;

public slots:
    void reload();
    void newCycle();
    void openingSavings();
    void voluntarySaving();
    void withdraw();

private:
    QPushButton* addActionButton(const QString& name, const QString& text, void (SavingsPage::*slot)());
    void showRecords();
    void updateActions();
    void setStatus(const QString& text, bool problem = false);
    QString pendingText() const;

    Session& m_session;
    SavingsMembersModel* m_members;
    SavingsRecordsModel* m_records;
    std::optional<SavingsCycle> m_cycle;
    QLabel* m_summary;
    QLabel* m_meetingHint;
    QLabel* m_status;
    QLabel* m_totals;
    QLabel* m_recordsTitle;
    QTableView* m_membersView;
    QTableView* m_recordsView;
    QWidget* m_actions;
    QWidget* m_tables;
    QPushButton* m_newCycle = nullptr;
    QPushButton* m_opening = nullptr;
    QPushButton* m_voluntary = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace tontine::ui
