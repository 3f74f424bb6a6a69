#include "ui/pages/loans_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/loan_detail_dialog.h"
#include "ui/dialogs/new_loan_wizard.h"
#include "ui/loan_labels.h"
#include "ui/models/loans_table_model.h"
#include "ui/rotation_labels.h"
#include "ui/social_labels.h"
#include "ui/widgets/guarantees_panel.h"
#include "ui/widgets/portfolio_view.h"
#include "ui/widgets/read_only_table.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

LoansPage::LoansPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_loans(new LoansTableModel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Loans")), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("loansSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_new = new QPushButton(tr("&New loan…"), this);
    m_new->setObjectName(QStringLiteral("newLoan"));
    connect(m_new, &QPushButton::clicked, this, &LoansPage::newLoan);
    m_open = new QPushButton(tr("&Open the loan…"), this);
    m_open->setObjectName(QStringLiteral("openLoan"));
    connect(m_open, &QPushButton::clicked, this, &LoansPage::openLoan);
    m_meetingHint = new QLabel(tr("Loans are paid out and repaid at an open meeting (Meetings page); requests and "
                                  "approvals can be recorded any time."),
                               this);
    m_meetingHint->setObjectName(QStringLiteral("meetingHint"));
    m_meetingHint->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_open);
    actions->addWidget(m_meetingHint, 1);
    // The buttons keep their size when the hint is hidden (a meeting is open).
    actions->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("loansStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("loanFilter"));
    m_filter->setAccessibleName(tr("Which loans"));
    m_filter->addItem(tr("Open loans (requested, approved, being repaid, in default)"));
    m_filter->addItem(tr("All loans, closed ones too"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &LoansPage::reload);
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_loansView = makeReadOnlyTable(m_loans, QStringLiteral("loansTable"), tr("Loans"), this);
    // Enter (or a double click) opens the loan in full.
    connect(m_loansView, &QTableView::activated, this, &LoansPage::openLoan);
    connect(m_loansView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LoansPage::updateActions);
    auto* loansTab = new QWidget(this);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto* loansLayout = new QVBoxLayout(loansTab);
    loansLayout->addLayout(filterRow);
    loansLayout->addWidget(m_loansView, 1);

    m_portfolio = new PortfolioView(this);
    m_guarantees = new GuaranteesPanel(session, this);
    connect(m_guarantees, &GuaranteesPanel::status, this, &LoansPage::setStatus);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loansTabs"));
    m_tabs->addTab(loansTab, tr("Loans"));
    m_tabs->addTab(m_portfolio, tr("Portfolio"));
    m_tabs->addTab(m_guarantees, tr("Group guarantees"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(&m_session, &Session::changed, this, &LoansPage::reload);
    reload();
}

QString LoansPage::summaryText() const { return m_summary->text(); }
QString LoansPage::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }
void LoansPage::setShowAll(bool all) { m_filter->setCurrentIndex(all ? 1 : 0); }

void LoansPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void LoansPage::selectLoan(LoanId id)
{
    const int row = m_loans->rowOf(id);
    if (row >= 0) {
        m_loansView->selectRow(row);
        m_loansView->scrollTo(m_loans->index(row, 0));
    }
}

LoanId LoansPage::currentLoan() const
{
    const QModelIndexList rows = m_loansView->selectionModel()->selectedRows();
    const LoanRow* r = rows.isEmpty() ? nullptr : m_loans->rowAt(rows.first().row());
    return r ? r->loan.id : 0;
}

void LoansPage::reload()
{
    const LoanId keep = currentLoan();
    const Book& book = m_session.book();
    const Currency& c = m_session.currency();
    const Date today = m_session.actor().date;
    const bool all = m_filter->currentIndex() == 1;
    std::vector<LoanRow> rows;
    int open = 0, late = 0;
    std::int64_t dueToday = 0;
    for (Loan& loan : book.loans()) {
        const bool isOpen = loanIsOpen(loan.status);
        open += isOpen ? 1 : 0;
        LoanRow row;
        if (!loan.schedule.empty() && isOpen)
            row.position = book.loanPosition(loan.id, today);
        if (row.position) {
            dueToday += row.position->dueToday();
            late += row.position->daysLate > 0 ? 1 : 0;
        }
        if (isOpen || all) {
            row.loan = std::move(loan);
            rows.push_back(std::move(row));
        }
    }
    m_loans->setRows(std::move(rows), memberNames(book.members()), c);
    m_loansView->resizeColumnsToContents();
    m_loansView->horizontalHeader()->setSectionResizeMode(LoansTableModel::Purpose, QHeaderView::Stretch);
    if (keep)
        selectLoan(keep);
    if (currentLoan() == 0 && m_loans->rowCount() > 0)
        m_loansView->selectRow(0);

    const Portfolio portfolio = book.portfolio(today);
    m_portfolio->setPortfolio(portfolio, today, c);
    m_guarantees->reload();

    const LoanRules rules = book.loanRules();
    const MemberNames names = memberNames(book.members());
    m_summary->setText(tr("<b>%1 open loan(s)</b> · outstanding %2 · due today %3 · %4 late · PAR30 %5<br>"
                          "A loan decision needs %6 approval(s) from %7.")
                           .arg(open)
                           .arg(moneyText(portfolio.outstanding, c), moneyText(dueToday, c))
                           .arg(late)
                           .arg(par30Text(portfolio.par30BasisPoints))
                           .arg(rules.approvalsRequired)
                           .arg(rules.committee.empty() ? tr("any member")
                                                        : tr("the committee (%1)").arg(approversText(rules.committee, names))));
    m_tabs->setTabText(0, tr("Loans (%1)").arg(m_loans->rowCount()));
    m_tabs->setTabText(2, tr("Group guarantees (%1 open)").arg(portfolio.guaranteesOpen));
    updateActions();
}

void LoansPage::updateActions()
{
    const bool meeting = m_session.book().currentMeeting().has_value();
    m_meetingHint->setVisible(!meeting);
    const std::vector<LoanProduct> products = m_session.book().loanProducts();
    const bool product = std::any_of(products.begin(), products.end(), [](const LoanProduct& p) { return p.active; });
    m_new->setEnabled(product);
    m_new->setToolTip(product ? tr("Request a loan for a member: amount, term, guarantors; the committee approves it next.")
                              : tr("No loan product yet: add one on the Settings page first (Add product…)."));
    m_open->setEnabled(currentLoan() != 0);
    m_open->setToolTip(currentLoan() ? tr("Everything about the loan, and what can be done with it (Enter).")
                                     : tr("Choose a loan in the list first."));
}

void LoansPage::openLoan()
{
    const LoanId id = currentLoan();
    if (!id)
        return;
    LoanDetailDialog dialog(m_session, id, this);
    dialog.exec();
    const QString done = dialog.statusText();
    if (!done.isEmpty())
        setStatus(tr("Loan %1: %2").arg(loanNumberText(id), done), done.startsWith(QStringLiteral("⚠")));
}

void LoansPage::newLoan()
{
    NewLoanWizard wizard(m_session, this);
    if (wizard.exec() != QDialog::Accepted || !wizard.requestedLoan())
        return;
    const LoanId id = wizard.requestedLoan();
    setShowAll(false);
    m_tabs->setCurrentIndex(0);
    selectLoan(id);
    setStatus(tr("Loan %1 requested: open it to record the committee's approvals.").arg(loanNumberText(id)));
}

} // namespace tontine::ui
