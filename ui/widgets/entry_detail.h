#pragma once
// Shows one journal entry in full: what, when, who, its reversal links, its hash, and its
// postings (account, debit, credit) or, for an audit record, the recorded snapshot.
// It only displays what it is given.

#include "core/ledger/account.h"
#include "core/ledger/entry.h"
#include "core/money/currency.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace tontine::ui {

class EntryDetail : public QWidget {
    Q_OBJECT
public:
    explicit EntryDetail(QWidget* parent = nullptr);

    // Account labels by code (see accountLabels), and the fund's currency, to show postings.
    void setAccounts(QHash<QString, QString> labels, const Currency& currency);
    void showEntry(const Entry& entry, std::optional<EntrySeq> reversedBy);
    void showNothing();

private:
    QHash<QString, QString> m_accountNames;
    const Currency* m_currency = nullptr;
    QLabel* m_heading;
    QLabel* m_facts;
    QTableWidget* m_postings;
    QPlainTextEdit* m_payload;
};

} // namespace tontine::ui
