#include "ui/pages/balances_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/models/balance_table_model.h"

#include "ui/labels.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

BalancesPage::BalancesPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new BalanceTableModel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Balances")), this);
    auto* note = new QLabel(tr("Each balance is computed from the journal's postings. "
                               "Savings and other liabilities are what the fund owes."),
                            this);
    note->setWordWrap(true);
    m_cash = new QLabel(this);
    m_cash->setObjectName(QStringLiteral("cash"));
    m_showEmpty = new QCheckBox(tr("Show accounts with a &zero balance"), this);
    connect(m_showEmpty, &QCheckBox::toggled, this, &BalancesPage::reload);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("balancesTable"));
    m_table->setAccessibleName(tr("Account balances"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(BalanceTableModel::AccountName, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    auto* row = new QHBoxLayout;
    row->addWidget(m_cash, 1);
    row->addWidget(m_showEmpty);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(&m_session, &Session::changed, this, &BalancesPage::reload);
    reload();
}

void BalancesPage::reload()
{
    const Book& book = m_session.book();
    std::vector<AccountBalance> shown;
    for (AccountBalance& b : book.balances()) {
        if (b.account.code == accounts::Cash)
            m_cash->setText(tr("Cash in the box: <b>%1</b>").arg(moneyText(b.natural(), m_session.currency())));
        // The cash box always shows; other empty accounts only on request, so the page stays short.
        if (b.debitMinusCredit != 0 || b.account.code == accounts::Cash || m_showEmpty->isChecked())
            shown.push_back(std::move(b));
    }
    m_model->setBalances(std::move(shown), m_session.currency(), accountLabels(book.accounts(), book.members()));
    m_table->resizeColumnToContents(BalanceTableModel::Kind);
    m_table->resizeColumnToContents(BalanceTableModel::Balance);
}

} // namespace tontine::ui
