#include "ui/pages/journal_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/reverse_dialog.h"
#include "ui/labels.h"
#include "ui/models/journal_table_model.h"
#include "ui/widgets/entry_detail.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

JournalPage::JournalPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new JournalTableModel(session.book(), this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Journal")), this);
    m_head = new QLabel(this);
    m_head->setObjectName(QStringLiteral("chainHead"));
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_head->setAccessibleName(tr("Chain head"));
    m_head->setFrameShape(QFrame::StyledPanel);
    m_head->setMargin(6);

    m_reverse = new QPushButton(tr("&Reverse…"), this);
    auto* verify = new QPushButton(tr("&Verify the books"), this);
    verify->setObjectName(QStringLiteral("verify"));
    connect(m_reverse, &QPushButton::clicked, this, &JournalPage::reverseSelected);
    connect(verify, &QPushButton::clicked, this, &JournalPage::verifyBooks);
    auto addShortcut = [this](const QKeySequence& keys, QPushButton* button) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(button->text().remove(QLatin1Char('&')),
                                                         keys.toString(QKeySequence::NativeText)));
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), m_reverse);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), verify);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and column widths: nothing may measure all rows of a huge journal.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(JournalTableModel::Seq, digit * 8);
    header->resizeSection(JournalTableModel::Date, digit * 12);
    header->resizeSection(JournalTableModel::Amount, digit * 15);
    header->resizeSection(JournalTableModel::Operator, digit * 16);
    header->resizeSection(JournalTableModel::Written, digit * 17);
    header->setSectionResizeMode(JournalTableModel::What, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalPage::showSelected);

    m_detail = new EntryDetail(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The detail pane needs room for account names and amounts; the splitter keeps the ratio.
    splitter->setSizes({640, 360});
    splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_head);
    auto* newestFirst = new QCheckBox(tr("&Newest first"), this);
    newestFirst->setObjectName(QStringLiteral("newestFirst"));
    newestFirst->setChecked(true);
    m_model->setNewestFirst(true);
    connect(newestFirst, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setNewestFirst(on);
        showSelected();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reverse);
    buttons->addStretch();
    buttons->addWidget(newestFirst);
    buttons->addWidget(verify);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    setTabOrder(m_reverse, newestFirst);
    setTabOrder(newestFirst, verify);
    setTabOrder(verify, m_table);

    connect(&m_session, &Session::changed, this, &JournalPage::reload);
    reload();
}

void JournalPage::reload()
{
    m_model->reload();
    m_detail->setAccounts(accountLabels(m_session.book().accounts(), m_session.book().members()), m_session.currency());
    updateHead();
    showSelected();
}

void JournalPage::updateHead()
{
    const ChainHead head = m_session.book().chainHead();
    m_head->setText(tr("Chain head: <b>%1</b>").arg(toQt(head.shortText())));
    m_head->setToolTip(tr("Entry count and the start of the last hash. Write it in the meeting notebook: "
                          "if the books are changed behind the app's back, it will no longer match."));
}

void JournalPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Entry* e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
    if (!e) {
        m_detail->showNothing();
        m_reverse->setEnabled(false);
        return;
    }
    const std::optional<EntrySeq> reversedBy = m_session.book().reversedBy(e->seq);
    m_detail->showEntry(*e, reversedBy);
    m_reverse->setEnabled(e->kind == EntryKind::Transaction && !e->reverses && !reversedBy);
}

void JournalPage::reverseSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Entry* e = rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
    if (!e)
        return;
    const EntrySeq seq = e->seq;
    ReverseDialog dialog(tr("#%1 of %2: %3").arg(seq).arg(dateText(e->date), entrySummary(*e)), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_session.book().reverse(seq, toStd(dialog.reason()), m_session.actor());
    } catch (const ValidationError& err) {
        QStringList texts;
        for (const Problem& p : err.problems())
            texts << problemText(p);
        QMessageBox::warning(this, tr("Entry not reversed"), texts.join(QLatin1Char('\n')));
        return;
    } catch (const Error& err) {
        QMessageBox::warning(this, tr("Entry not reversed"), toQt(std::string(err.what())));
        return;
    }
    m_session.notifyChanged();
}

void JournalPage::verifyBooks()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    VerifyReport report;
    try {
        report = m_session.book().verify();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("Verify the books"), toQt(std::string(e.what())));
        return;
    }
    QApplication::restoreOverrideCursor();
    if (report.ok()) {
        QMessageBox::information(
            this, tr("Verify the books"),
            tr("<b>The books are intact.</b><br>Entries checked: %1; every hash matches.<br><br>"
               "Chain head: <b>%2</b><br>Compare it with the one written in the meeting notebook.")
                .arg(report.entriesChecked)
                .arg(toQt(report.head.shortText())));
        return;
    }
    QStringList what;
    if (!report.integrityOk)
        what << tr("The database file is damaged: %1").arg(toQt(report.integrityMessage).toHtmlEscaped());
    if (report.firstBadEntry)
        what << tr("The first entry that does not match is <b>#%1</b>.").arg(*report.firstBadEntry);
    if (!report.problem.empty())
        what << toQt(report.problem).toHtmlEscaped();
    QMessageBox::critical(this, tr("Verify the books"),
                          tr("<b>The books have been changed outside Tontine.</b><br>%1<br><br>"
                             "Restore a backup and compare, and tell the committee.")
                              .arg(what.join(QStringLiteral("<br>"))));
}

} // namespace tontine::ui
