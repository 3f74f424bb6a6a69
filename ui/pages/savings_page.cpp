#include "ui/pages/savings_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/savings_cycle_dialog.h"
#include "ui/dialogs/savings_money_dialog.h"
#include "ui/models/savings_members_model.h"
#include "ui/models/savings_records_model.h"
#include "ui/rotation_labels.h"
#include "ui/savings_labels.h"
#include "ui/widgets/read_only_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

SavingsPage::SavingsPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_members(new SavingsMembersModel(this)), m_records(new SavingsRecordsModel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Savings")), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cycleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_actions = new QWidget(this);
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_newCycle = addActionButton(QStringLiteral("newCycle"), tr("&New savings cycle…"), &SavingsPage::newCycle);
    m_opening = addActionButton(QStringLiteral("openingSavings"), tr("&Opening savings…"), &SavingsPage::openingSavings);
    m_voluntary = addActionButton(QStringLiteral("voluntarySaving"), tr("&Voluntary saving…"), &SavingsPage::voluntarySaving);
    m_withdraw = addActionButton(QStringLiteral("withdraw"), tr("&Withdraw…"), &SavingsPage::withdraw);
    actions->addStretch();
    m_meetingHint = new QLabel(tr("Money is recorded in the open meeting: open one on the Meetings page to buy "
                                  "shares (on the meeting sheet), save a free amount or withdraw."),
                               this);
    m_meetingHint->setObjectName(QStringLiteral("meetingHint"));
    m_meetingHint->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("savingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    m_membersView = makeReadOnlyTable(m_members, QStringLiteral("savingsTable"), tr("Savings per member"), this);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("savingsTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Savings per member")), left));
    leftLayout->addWidget(m_membersView, 1);
    leftLayout->addWidget(m_totals);

    m_recordsView = makeReadOnlyTable(m_records, QStringLiteral("recordsTable"), tr("Savings records of the member"), this);
    m_recordsTitle = new QLabel(this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_recordsTitle);
    rightLayout->addWidget(m_recordsView, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_tables = split;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_actions);
    layout->addWidget(m_meetingHint);
    layout->addWidget(m_status);
    layout->addWidget(m_tables, 1);
    layout->addStretch(0);

    connect(m_membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SavingsPage::showRecords);
    connect(&m_session, &Session::changed, this, &SavingsPage::reload);
    reload();
}

QPushButton* SavingsPage::addActionButton(const QString& name, const QString& text, void (SavingsPage::*slot)())
{
    auto* button = new QPushButton(text, m_actions);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, slot);
    m_actions->layout()->addWidget(button);
    return button;
}

MemberId SavingsPage::currentMember() const
{
    const QModelIndexList selected = m_membersView->selectionModel()->selectedRows();
    const SavingsMemberRow* row = selected.isEmpty() ? nullptr : m_members->rowAt(selected.first().row());
    return row ? row->member : 0;
}

void SavingsPage::selectMember(MemberId member)
{
    const int row = m_members->rowOf(member);
    if (row >= 0) {
        m_membersView->selectRow(row);
        m_membersView->scrollTo(m_members->index(row, 0));
    }
}

QString SavingsPage::summaryText() const { return m_summary->text(); }

QString SavingsPage::totalsText() const { return m_totals->text(); }

QString SavingsPage::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void SavingsPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

QString SavingsPage::pendingText() const
{
    const std::map<MemberId, std::int64_t> pending = m_session.book().pendingReinvestment();
    if (pending.empty())
        return {};
    const Currency& c = m_session.currency();
    const MemberNames names = memberNames(m_session.book().members());
    QStringList parts;
    std::int64_t total = 0;
    for (const auto& [member, amount] : pending) {
        parts << tr("%1: %2").arg(memberName(names, member).toHtmlEscaped(), moneyText(amount, c));
        total += amount;
    }
    return tr("<b>Waiting for the next cycle: %1</b> reinvested from the last share-out by %2 member(s); it becomes "
              "their opening savings when the new cycle is created.<br>%3")
        .arg(moneyText(total, c))
        .arg(pending.size())
        .arg(parts.join(QStringLiteral(" · ")));
}

void SavingsPage::reload()
{
    const MemberId keep = currentMember();
    m_cycle = m_session.book().openSavingsCycle();
    const Currency& c = m_session.currency();
    if (!m_cycle) {
        QString text = tr("<b>No savings cycle is open.</b> In a savings cycle each member buys shares at the meetings "
                          "at a price fixed for the cycle; at its end everything saved, with the interest and fines "
                          "earned, is shared out. Start one with the button below.");
        const std::vector<SavingsCycle> cycles = m_session.book().savingsCycles();
        if (!cycles.empty() && cycles.back().sharedOn)
            text += QStringLiteral("<br>") + tr("The last cycle, %1, was shared out on %2.")
                                                 .arg(toQt(cycles.back().name).toHtmlEscaped(), dateText(*cycles.back().sharedOn));
        if (const QString pending = pendingText(); !pending.isEmpty())
            text += QStringLiteral("<br><br>") + pending;
        m_summary->setText(text);
        m_members->clear();
        m_records->clear();
        m_totals->clear();
        m_tables->setVisible(false);
        updateActions();
        return;
    }
    m_summary->setText(savingsCycleSummaryHtml(*m_cycle, c));
    m_tables->setVisible(true);
    m_members->setRows(m_session.book().members(), m_session.book().savingsBalances(m_cycle->id), c);
    const MemberSavings total = m_members->totals();
    m_totals->setText(tr("<b>Total:</b> %1 · saved %2 · pledged %3 · owed %4 · free to withdraw %5")
                          .arg(sharesText(total.shares), moneyText(total.saved, c), moneyText(total.pledged, c),
                               moneyText(total.owed, c), moneyText(m_members->totalFree(), c)));
    m_membersView->resizeColumnsToContents();
    m_membersView->horizontalHeader()->setSectionResizeMode(SavingsMembersModel::Name, QHeaderView::Stretch);
    if (keep && m_members->rowOf(keep) >= 0)
        selectMember(keep);
    else if (m_members->rowCount() > 0)
        m_membersView->selectRow(0);
    showRecords();
    updateActions();
}

void SavingsPage::showRecords()
{
    const MemberId member = currentMember();
    const SavingsMemberRow* row = m_members->rowAt(m_members->rowOf(member));
    if (!m_cycle || !row) {
        m_records->clear();
        m_recordsTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Records")));
        return;
    }
    m_records->setRecords(m_session.book().savingsRecords(m_cycle->id, member), m_session.currency());
    m_recordsTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Records of %1").arg(row->name.toHtmlEscaped())));
    m_recordsView->resizeColumnsToContents();
    m_recordsView->horizontalHeader()->setStretchLastSection(true);
    if (m_records->rowCount() > 0)
        m_recordsView->scrollToBottom();
}

void SavingsPage::updateActions()
{
    const bool open = m_cycle.has_value();
    const bool meeting = m_session.book().currentMeeting().has_value();
    m_newCycle->setVisible(!open);
    m_opening->setVisible(open);
    m_voluntary->setVisible(open);
    m_withdraw->setVisible(open);
    m_meetingHint->setVisible(open && !meeting);
    const QString needMeeting = tr("Open a meeting first (Meetings page): money is recorded in the open meeting.");
    auto set = [&](QPushButton* button, bool possible, const QString& why, const QString& what) {
        button->setEnabled(possible && meeting);
        button->setToolTip(!possible ? why : (!meeting ? needMeeting : what));
    };
    m_newCycle->setToolTip(tr("Define the next savings cycle: dates, share price, limits and rules."));
    if (!open)
        return;
    // The savings start is entered before or between meetings too (Book ties it to no meeting).
    m_opening->setEnabled(true);
    m_opening->setToolTip(
        tr("The savings a member already held when the group started keeping its books here (once per member)."));
    set(m_voluntary, m_cycle->voluntaryAllowed, tr("This cycle does not allow voluntary savings."),
        tr("A free amount saved beside the shares."));
    set(m_withdraw, m_cycle->withdrawalsAllowed, tr("This cycle does not allow withdrawals before the share-out."),
        tr("Take savings out before the share-out, within what is free."));
}

void SavingsPage::newCycle()
{
    SavingsCycleDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.createdId())
        setStatus(tr("Savings cycle created."));
}

void SavingsPage::openingSavings()
{
    if (!m_cycle)
        return;
    SavingsMoneyDialog dialog(m_session, *m_cycle, SavingsMoneyDialog::Mode::Opening, this);
    if (currentMember())
        dialog.chooseMember(currentMember());
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("Opening savings of %1 recorded for %2.")
                      .arg(moneyText(dialog.amount(), m_session.currency()),
                           memberName(memberNames(m_session.book().members()), dialog.member())));
}

void SavingsPage::voluntarySaving()
{
    if (!m_cycle)
        return;
    SavingsMoneyDialog dialog(m_session, *m_cycle, SavingsMoneyDialog::Mode::Voluntary, this);
    if (currentMember())
        dialog.chooseMember(currentMember());
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("Voluntary saving of %1 recorded for %2.")
                      .arg(moneyText(dialog.amount(), m_session.currency()),
                           memberName(memberNames(m_session.book().members()), dialog.member())));
}

void SavingsPage::withdraw()
{
    if (!m_cycle)
        return;
    SavingsMoneyDialog dialog(m_session, *m_cycle, SavingsMoneyDialog::Mode::Withdraw, this);
    if (currentMember())
        dialog.chooseMember(currentMember());
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("%1 withdrew %2.")
                      .arg(memberName(memberNames(m_session.book().members()), dialog.member()),
                           moneyText(dialog.amount(), m_session.currency())));
}

} // namespace tontine::ui
