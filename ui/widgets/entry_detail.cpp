#include "ui/widgets/entry_detail.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tontine::ui {

EntryDetail::EntryDetail(QWidget* parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_postings = new QTableWidget(0, 3, this);
    m_postings->setObjectName(QStringLiteral("postings"));
    m_postings->setAccessibleName(tr("Postings of the selected entry"));
    m_postings->setHorizontalHeaderLabels({tr("Account"), tr("Debit"), tr("Credit")});
    m_postings->verticalHeader()->setVisible(false);
    m_postings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_postings->setSelectionMode(QAbstractItemView::NoSelection);
    m_postings->setTabKeyNavigation(false);
    m_postings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_postings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_postings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("payload"));
    m_payload->setAccessibleName(tr("Recorded details of the selected entry"));
    m_payload->setReadOnly(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_postings, 1);
    layout->addWidget(m_payload, 1);
    // Takes the room the hidden tables leave, so the text stays at the top.
    layout->addStretch(0);
    showNothing();
}

void EntryDetail::setAccounts(QHash<QString, QString> labels, const Currency& currency)
{
    m_accountNames = std::move(labels);
    m_currency = &currency;
}

void EntryDetail::showNothing()
{
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(tr("Select an entry to see its details.")));
    m_facts->clear();
    m_postings->setRowCount(0);
    m_postings->setVisible(false);
    m_payload->setVisible(false);
}

void EntryDetail::showEntry(const Entry& entry, std::optional<EntrySeq> reversedBy)
{
    m_heading->setText(QStringLiteral("<b>%1</b><br>%2")
                           .arg(tr("Entry #%1 of %2").arg(entry.seq).arg(dateText(entry.date)),
                                entrySummary(entry).toHtmlEscaped()));
    QStringList facts;
    facts << tr("Recorded by %1 at %2").arg(toQt(entry.operatorName).toHtmlEscaped(), timestampText(entry.writtenAt));
    if (entry.reverses)
        facts << tr("Reverses entry #%1. Reason: %2").arg(*entry.reverses).arg(toQt(entry.memo).toHtmlEscaped());
    if (reversedBy)
        facts << QStringLiteral("<b>%1</b>").arg(tr("Reversed by entry #%1.").arg(*reversedBy));
    facts << tr("Hash: %1…").arg(toQt(toHex(entry.hash)).left(16));
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    const bool isTxn = entry.kind == EntryKind::Transaction;
    m_postings->setVisible(isTxn);
    m_payload->setVisible(!isTxn);
    if (!isTxn) {
        facts << QStringLiteral("<br><b>%1</b>").arg(tr("The record as written in the chain:"));
        m_facts->setText(facts.join(QStringLiteral("<br>")));
        m_payload->setPlainText(toQt(entry.payload));
        return;
    }
    m_postings->setRowCount(int(entry.postings.size()));
    for (int row = 0; row < int(entry.postings.size()); ++row) {
        const Posting& p = entry.postings[std::size_t(row)];
        const QString code = toQt(p.accountCode);
        auto* account = new QTableWidgetItem(m_accountNames.value(code, code));
        auto amount = [this](std::int64_t minor) {
            auto* item = new QTableWidgetItem(m_currency ? moneyText(minor, *m_currency) : QString::number(minor));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_postings->setItem(row, 0, account);
        m_postings->setItem(row, 1, p.amount > 0 ? amount(p.amount) : new QTableWidgetItem);
        m_postings->setItem(row, 2, p.amount < 0 ? amount(-p.amount) : new QTableWidgetItem);
    }
}

} // namespace tontine::ui
