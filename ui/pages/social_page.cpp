#include "ui/pages/social_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/grant_dialog.h"
#include "ui/dialogs/social_loan_dialog.h"
#include "ui/dialogs/social_rules_dialog.h"
#include "ui/labels.h"
#include "ui/models/social_arrears_model.h"
#include "ui/models/social_grants_model.h"
#include "ui/models/social_loans_model.h"
#include "ui/rotation_labels.h"
#include "ui/social_labels.h"
#include "ui/widgets/read_only_table.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

namespace {
QLabel* amountLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SocialPage::SocialPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_grants(new SocialGrantsModel(this)), m_loans(new SocialLoansModel(this)),
      m_arrears(new SocialArrearsModel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Social fund")), this);

    auto* position = new QGroupBox(tr("Position"), this);
    auto* positionForm = new QFormLayout(position);
    m_balance = amountLabel(QStringLiteral("socialBalance"), position);
    m_lentOut = amountLabel(QStringLiteral("socialLentOut"), position);
    m_available = amountLabel(QStringLiteral("socialAvailable"), position);
    positionForm->addRow(tr("Balance:"), m_balance);
    positionForm->addRow(tr("Lent out:"), m_lentOut);
    positionForm->addRow(tr("<b>Available:</b>"), m_available);
    positionForm->addRow(new QLabel(tr("Never shared out; it carries over to the next cycle."), position));

    auto* rulesBox = new QGroupBox(tr("Rules"), this);
    auto* rulesLayout = new QHBoxLayout(rulesBox);
    m_rules = new QLabel(rulesBox);
    m_rules->setObjectName(QStringLiteral("socialRules"));
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rules->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rules->setWordWrap(true); // the event list may be long; the page must fit 1366 pixels
    auto* editRules = new QPushButton(tr("Edit &rules…"), rulesBox);
    editRules->setObjectName(QStringLiteral("editRules"));
    connect(editRules, &QPushButton::clicked, this, &SocialPage::editRules);
    auto* editColumn = new QVBoxLayout;
    editColumn->addWidget(editRules);
    editColumn->addStretch();
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addLayout(editColumn);

    auto* top = new QHBoxLayout;
    top->addWidget(position);
    top->addWidget(rulesBox, 1);

    m_grant = new QPushButton(tr("&Grant…"), this);
    m_grant->setObjectName(QStringLiteral("grant"));
    connect(m_grant, &QPushButton::clicked, this, &SocialPage::grant);
    m_lend = new QPushButton(tr("Social &loan…"), this);
    m_lend->setObjectName(QStringLiteral("socialLoan"));
    connect(m_lend, &QPushButton::clicked, this, &SocialPage::lend);
    m_meetingHint = new QLabel(tr("Open a meeting first (Meetings page): grants and loans are paid at the open meeting."), this);
    m_meetingHint->setObjectName(QStringLiteral("meetingHint"));
    m_meetingHint->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_grant);
    actions->addWidget(m_lend);
    actions->addWidget(m_meetingHint, 1);
    // The buttons keep their size when the hint is hidden (a meeting is open).
    actions->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("socialStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    m_grantsView = makeReadOnlyTable(m_grants, QStringLiteral("grantsTable"), tr("Grants"), this);
    m_loansView = makeReadOnlyTable(m_loans, QStringLiteral("loansTable"), tr("Social loans"), this);
    m_arrearsView = makeReadOnlyTable(m_arrears, QStringLiteral("socialArrearsTable"), tr("Contributions owed"), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("socialTabs"));
    m_tabs->addTab(m_grantsView, tr("Grants"));
    m_tabs->addTab(m_loansView, tr("Social loans"));
    m_tabs->addTab(m_arrearsView, tr("Contributions owed"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(&m_session, &Session::changed, this, &SocialPage::reload);
    reload();
}

QString SocialPage::positionText() const
{
    return tr("Balance %1, lent out %2, available %3").arg(m_balance->text(), m_lentOut->text(), m_available->text());
}

QString SocialPage::rulesText() const { return m_rules->text(); }

QString SocialPage::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void SocialPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void SocialPage::reload()
{
    const Book& book = m_session.book();
    const Currency& c = m_session.currency();
    const SocialFundPosition fund = book.socialFund();
    m_balance->setText(moneyText(fund.balance, c));
    m_lentOut->setText(moneyText(fund.lentOut, c));
    m_available->setText(QStringLiteral("<b>%1</b>").arg(moneyText(fund.available(), c)));

    const SocialRules rules = book.socialRules();
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Contribution per meeting:"), rules.contribution ? moneyText(rules.contribution, c) : tr("none"));
    row(tr("Approvals required:"), QString::number(rules.approvalsRequired));
    row(tr("Social loans:"), !rules.loansAllowed ? tr("not allowed")
                             : rules.loanMax  ? tr("allowed, interest-free, up to %1").arg(moneyText(rules.loanMax, c))
                                              : tr("allowed, interest-free, up to what is available"));
    html += QStringLiteral("</table>");
    // The event table beside: only the events that have a grant, the rest in one line.
    QStringList none;
    QString events = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (SocialEvent e : allSocialEvents()) {
        const SocialEventRule* rule = rules.ruleFor(e);
        if (!rule || rule->amount <= 0) {
            none.append(socialEventLabel(e));
            continue;
        }
        events += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(socialEventLabel(e), eventRuleText(rule, c));
    }
    events += QStringLiteral("</table>");
    if (!none.isEmpty())
        events += tr("No grant: %1").arg(none.join(QStringLiteral(", ")));
    m_rules->setText(QStringLiteral("<table><tr><td valign='top'>%1</td><td width='24'></td><td valign='top'><b>%2</b>%3</td></tr></table>")
                         .arg(html, tr("Grants by event"), events));

    const MemberNames names = memberNames(book.members());
    const Date today = m_session.actor().date;
    std::vector<SocialGrant> grants = book.grants();
    // The latest grant first: the one just paid is the one people look for.
    std::reverse(grants.begin(), grants.end());
    m_grants->setGrants(std::move(grants), names, c);
    const std::vector<Due> dues = book.dues(std::nullopt, false);
    m_loans->setDues(dues, today, names, c);
    m_arrears->setRows(socialArrearsRows(dues, names), c);
    m_tabs->setTabText(0, tr("Grants (%1)").arg(m_grants->rowCount()));
    m_tabs->setTabText(1, tr("Social loans (%1 outstanding)").arg(moneyText(m_loans->totalOutstanding(), c)));
    m_tabs->setTabText(2, tr("Contributions owed (%1)").arg(moneyText(m_arrears->totalOutstanding(), c)));
    for (QTableView* view : {m_grantsView, m_loansView, m_arrearsView})
        view->resizeColumnsToContents();
    m_grantsView->horizontalHeader()->setSectionResizeMode(SocialGrantsModel::Note, QHeaderView::Stretch);
    m_loansView->horizontalHeader()->setSectionResizeMode(SocialLoansModel::Note, QHeaderView::Stretch);
    m_arrearsView->horizontalHeader()->setStretchLastSection(true);
    updateActions();
}

void SocialPage::updateActions()
{
    const Book& book = m_session.book();
    const bool meeting = book.currentMeeting().has_value();
    const SocialRules rules = book.socialRules();
    const bool anyGrant = std::any_of(rules.events.begin(), rules.events.end(), [](const SocialEventRule& r) { return r.amount > 0; });
    const QString needMeeting = tr("Open a meeting first (Meetings page): money is recorded in the open meeting.");
    m_grant->setEnabled(meeting && anyGrant);
    m_grant->setToolTip(!meeting ? needMeeting
                        : !anyGrant ? tr("The rules give no grant for any event yet: Edit rules… first.")
                                    : tr("Pay a grant for an event, approved by the committee."));
    m_lend->setEnabled(meeting && rules.loansAllowed);
    m_lend->setToolTip(!meeting ? needMeeting
                       : !rules.loansAllowed ? tr("The rules do not allow social loans: Edit rules… first.")
                                             : tr("Lend interest-free from the social fund, approved by the committee."));
    m_meetingHint->setVisible(!meeting);
}

void SocialPage::editRules()
{
    SocialRulesDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("The social fund rules were saved."));
}

void SocialPage::grant()
{
    GrantDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SocialGrant& g = dialog.recorded();
    setStatus(tr("Grant of %1 paid to %2 (%3).")
                  .arg(moneyText(g.amount, m_session.currency()),
                       memberName(memberNames(m_session.book().members()), g.beneficiary), socialEventLabel(g.event)));
}

void SocialPage::lend()
{
    SocialLoanDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("Social loan paid out; it is repaid like other dues on the Meetings page."));
}

} // namespace tontine::ui
