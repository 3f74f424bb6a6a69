#include "ui/pages/members_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/import_problems_dialog.h"
#include "ui/dialogs/member_dialog.h"
#include "ui/models/member_table_model.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
// A page shortcut: window-wide, but Qt ignores it while the page is hidden in the stack.
void addShortcut(QWidget* page, const QKeySequence& keys, QPushButton* button)
{
    auto* action = new QAction(page);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, button, &QPushButton::click);
    page->addAction(action);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(button->text().remove(QLatin1Char('&')),
                                                     keys.toString(QKeySequence::NativeText)));
}
} // namespace

MembersPage::MembersPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new MemberTableModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name, phone, place or number  (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &MembersPage::filter);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(find);

    m_showInactive = new QCheckBox(tr("Show &inactive members"), this);
    m_showInactive->setChecked(true);
    connect(m_showInactive, &QCheckBox::toggled, this, &MembersPage::filter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableView::activated, this, &MembersPage::editMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateButtons);

    auto* add = new QPushButton(tr("&Add member…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_deactivate = new QPushButton(tr("&Deactivate…"), this);
    auto* import = new QPushButton(tr("Import &CSV…"), this);
    connect(add, &QPushButton::clicked, this, &MembersPage::addMember);
    connect(m_edit, &QPushButton::clicked, this, &MembersPage::editMember);
    connect(m_deactivate, &QPushButton::clicked, this, &MembersPage::deactivateMember);
    connect(import, &QPushButton::clicked, this, &MembersPage::importCsv);
    addShortcut(this, QKeySequence::New, add);
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_E), m_edit);
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_I), import);

    m_count = new QLabel(this);

    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Members")), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showInactive);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_deactivate);
    buttons->addStretch();
    buttons->addWidget(import);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    setTabOrder(m_search, m_showInactive);
    setTabOrder(m_showInactive, add);
    setTabOrder(add, m_edit);
    setTabOrder(m_edit, m_deactivate);
    setTabOrder(m_deactivate, import);
    setTabOrder(import, m_table);

    connect(&m_session, &Session::changed, this, &MembersPage::reload);
    reload();
}

void MembersPage::reload()
{
    // Balances are derived from every posting: read them once per change, not per keystroke.
    m_savings.clear();
    for (const AccountBalance& b : m_session.book().balances())
        if (b.account.memberId && b.account.code == accounts::savings(*b.account.memberId))
            m_savings[*b.account.memberId] = b.natural();
    filter();
}

void MembersPage::filter()
{
    const int row = currentRow();
    const std::int64_t keep = row >= 0 && m_model->memberAt(row) ? m_model->memberAt(row)->id : 0;

    std::vector<Member> members = m_session.book().members(
        MemberQuery{toStd(m_search->text().trimmed()), m_showInactive->isChecked()});
    const int shown = int(members.size());
    m_model->setMembers(std::move(members), m_savings, m_session.currency());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::Name, QHeaderView::Stretch);
    m_count->setText(tr("Members shown: %1").arg(shown));
    if (keep)
        selectMember(keep);
    updateButtons();
}

int MembersPage::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MembersPage::selectMember(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        // A member just added goes to the end of the list: show them.
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void MembersPage::updateButtons()
{
    const Member* m = m_model->memberAt(currentRow());
    m_edit->setEnabled(m != nullptr);
    m_deactivate->setEnabled(m != nullptr && m->active);
}

void MembersPage::addMember()
{
    MemberDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        selectMember(dialog.memberId());
}

void MembersPage::editMember()
{
    const Member* m = m_model->memberAt(currentRow());
    if (!m)
        return;
    MemberDialog dialog(m_session, *m, this);
    if (dialog.exec() == QDialog::Accepted)
        selectMember(dialog.memberId());
}

void MembersPage::deactivateMember()
{
    const Member* m = m_model->memberAt(currentRow());
    if (!m || !m->active)
        return;
    const MemberId id = m->id;
    const auto answer = QMessageBox::question(
        this, tr("Deactivate a member"),
        tr("Deactivate %1 (no. %2)?\n\nThe member stays in the books with all their history "
           "but no longer takes part in new meetings.")
            .arg(toQt(m->fullName()))
            .arg(id),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_session.book().deactivateMember(id, m_session.actor());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Member not deactivated"), toQt(std::string(e.what())));
        return;
    }
    m_session.notifyChanged();
    selectMember(id);
}

void MembersPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import members from CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import members"), tr("The file could not be read: %1").arg(file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    try {
        const ImportReport report = m_session.book().importMembers(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), m_session.actor());
        m_session.notifyChanged();
        QMessageBox::information(this, tr("Import members"),
                                 tr("Members imported from %1: %2.").arg(name).arg(report.added.size()));
    } catch (const ValidationError& e) {
        ImportProblemsDialog(name, e.problems(), this).exec();
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Import members"), toQt(std::string(e.what())));
    }
}

} // namespace tontine::ui
