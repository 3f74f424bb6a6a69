#include "ui/pages/meetings_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/cash_count_dialog.h"
#include "ui/dialogs/meeting_summary_dialog.h"
#include "ui/models/loan_columns.h"
#include "ui/models/meeting_list_model.h"
#include "ui/models/meeting_sheet_model.h"
#include "ui/models/rotation_columns.h"
#include "ui/models/savings_columns.h"
#include "ui/widgets/attendance_delegate.h"
#include "ui/widgets/field_problems.h"
#include "ui/widgets/meeting_sheet_view.h"
#include "ui/widgets/meeting_summary_view.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace tontine::ui {

namespace {
// A page shortcut: window-wide, but Qt ignores it while the page is hidden in the stack.
void addShortcut(QWidget* page, const QKeySequence& keys, QPushButton* button)
{
    auto* action = new QAction(page);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isVisible())
            button->click();
    });
    page->addAction(action);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(button->text().remove(QLatin1Char('&')),
                                                     keys.toString(QKeySequence::NativeText)));
}
} // namespace

MeetingsPage::MeetingsPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_sheetModel(new MeetingSheetModel(session, this)),
      m_listModel(new MeetingListModel(this))
{
    m_sheetModel->addProvider(std::make_unique<RotationColumns>());
    m_sheetModel->addProvider(std::make_unique<SavingsColumns>());
    m_sheetModel->addProvider(std::make_unique<LoanColumns>());
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Meetings")), this);
    m_views = new QStackedWidget(this);
    m_views->addWidget(buildListView());
    m_views->addWidget(buildSheetView());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_views, 1);

    connect(m_sheetModel, &MeetingSheetModel::written, this, [this] {
        // The last problem stays in view until every refused cell is corrected.
        if (!m_sheetModel->hasRefused())
            m_problem->setVisible(false);
        m_session.notifyChanged();
    });
    connect(m_sheetModel, &MeetingSheetModel::problemRaised, this, [this](const QString& text) {
        m_problem->setText(QStringLiteral("⚠ ") + text);
        m_problem->setVisible(true);
    });
    connect(&m_session, &Session::changed, this, &MeetingsPage::reload);
    reload();
}

QWidget* MeetingsPage::buildListView()
{
    auto* view = new QWidget(this);
    auto* open = new QPushButton(tr("&Open a meeting…"), view);
    open->setObjectName(QStringLiteral("openMeeting"));
    connect(open, &QPushButton::clicked, this, &MeetingsPage::openMeeting);
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_M), open);
    m_noMeeting = new QLabel(tr("No meeting is open. Open one to record attendance and money; "
                                "choose a past meeting to read its summary."),
                             view);
    m_noMeeting->setWordWrap(true);

    m_list = new QTableView(view);
    m_list->setObjectName(QStringLiteral("meetingsList"));
    m_list->setAccessibleName(tr("Past meetings"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->setVisible(false);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->horizontalHeader()->setHighlightSections(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeetingsPage::showSelectedSummary);

    m_summary = new MeetingSummaryView(view);
    auto* split = new QSplitter(Qt::Horizontal, view);
    split->addWidget(m_list);
    split->addWidget(m_summary);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(m_noMeeting, 1);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    return view;
}

QWidget* MeetingsPage::buildSheetView()
{
    auto* view = new QWidget(this);
    m_openTitle = new QLabel(view);
    m_openTitle->setObjectName(QStringLiteral("openMeetingTitle"));
    m_openTitle->setWordWrap(true);
    auto* help = new QLabel(tr("Attendance: type P, L, A or E. Dues paid today: type the amount. Rotations: the "
                               "amount due is suggested in grey; Enter records it, or type what was paid (0 for "
                               "nothing). Shares bought: type how many (the cycle's minimum is suggested). Tab goes to the next cell, "
                               "Enter records and goes to the next member."),
                            view);
    help->setWordWrap(true);

    m_sheet = new MeetingSheetView(view);
    m_sheet->setObjectName(QStringLiteral("meetingSheet"));
    m_sheet->setAccessibleName(tr("Meeting sheet"));
    m_sheet->setModel(m_sheetModel);
    auto* attendance = new AttendanceDelegate(m_sheet);
    m_sheet->setItemDelegateForColumn(m_sheetModel->columnOf(QStringLiteral("attendance")), attendance);
    connect(attendance, &AttendanceDelegate::recordedByKey, m_sheet, &MeetingSheetView::moveDown);

    m_problem = FieldProblems::makeLabel(view);
    m_problem->setObjectName(QStringLiteral("sheetProblem"));
    m_totals = new QLabel(view);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cash = new QLabel(view);
    m_cash->setObjectName(QStringLiteral("cashExpected"));
    m_cash->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* summary = new QPushButton(tr("Meeting &summary…"), view);
    auto* close = new QPushButton(tr("&Close the meeting…"), view);
    close->setObjectName(QStringLiteral("closeMeeting"));
    connect(summary, &QPushButton::clicked, this, &MeetingsPage::showCurrentSummary);
    connect(close, &QPushButton::clicked, this, &MeetingsPage::closeMeeting);
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), close);

    // The buttons sit beside the title and the cash beside the totals: the sheet gets the height.
    auto* top = new QHBoxLayout;
    top->addWidget(m_openTitle, 1);
    top->addWidget(summary);
    top->addWidget(close);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_cash, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(help);
    layout->addWidget(m_sheet, 1);
    layout->addWidget(m_problem);
    layout->addLayout(bottom);
    setTabOrder(m_sheet, summary);
    setTabOrder(summary, close);
    return view;
}

bool MeetingsPage::showsSheet() const { return m_views->currentIndex() == 1; }

void MeetingsPage::reload()
{
    m_sheetModel->reload();
    if (m_sheetModel->meeting()) {
        m_views->setCurrentIndex(1);
        // Sized once per meeting, and again when rotation columns come or go.
        if (m_sizedFor != m_sheetModel->meeting()->id || m_sizedColumns != m_sheetModel->columnCount()) {
            m_sizedFor = m_sheetModel->meeting()->id;
            m_sizedColumns = m_sheetModel->columnCount();
            sizeSheetColumns();
        }
        reloadSheetLabels();
    } else {
        m_problem->setVisible(false);
        m_views->setCurrentIndex(0);
        reloadList();
    }
}

void MeetingsPage::sizeSheetColumns()
{
    // Sized for what will be typed, not for the empty cells of a meeting just opened.
    m_sheet->resizeColumnsToContents();
    const QFontMetrics fm = m_sheet->fontMetrics();
    // Room for a six-figure amount; a bigger one still shows whole once typed (resize to contents).
    const int money = fm.horizontalAdvance(moneyText(999'999, m_session.currency())) + 16;
    for (int c = MeetingSheetModel::FixedColumnCount; c < m_sheetModel->columnCount(); ++c) {
        // A header may hold two lines (a rotation's name over its column): the longer one counts.
        int header = 0;
        for (const QString& line : m_sheetModel->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            header = std::max(header, fm.horizontalAdvance(line) + 24);
        m_sheet->setColumnWidth(c, std::max({m_sheet->columnWidth(c), money, header}));
    }
    // Names are read aloud and must never be cut: the view shows them whole as row headers
    // that stay in sight when the table scrolls sideways (the name column itself is hidden
    // there but keeps a sensible width for anyone who shows it); spare room goes to the last
    // column.
    const int nameWidth = std::min(m_sheet->columnWidth(MeetingSheetModel::Name), fm.horizontalAdvance(QLatin1Char('M')) * 22);
    m_sheet->horizontalHeader()->setSectionResizeMode(MeetingSheetModel::Name, QHeaderView::Interactive);
    m_sheet->setColumnWidth(MeetingSheetModel::Name, nameWidth);
    m_sheet->horizontalHeader()->setStretchLastSection(true);
}

void MeetingsPage::reloadSheetLabels()
{
    const Meeting& m = *m_sheetModel->meeting();
    const Currency& c = m_session.currency();
    m_openTitle->setText(tr("<b>Meeting of %1 — open.</b> Opened by %2; %3 counted in the box at opening.")
                             .arg(dateText(m.date), toQt(m.openedBy).toHtmlEscaped(), moneyText(m.openingCounted, c)));
    // Who has not been marked yet, so nobody is forgotten before closing.
    int unmarked = 0;
    const int attendance = m_sheetModel->columnOf(QStringLiteral("attendance"));
    for (int row = 0; row < m_sheetModel->rowCount(); ++row)
        if (m_sheetModel->index(row, attendance).data(Qt::EditRole).toString().isEmpty())
            ++unmarked;
    m_totals->setText(tr("Members: %1, not marked yet: %2 · %3")
                          .arg(m_sheetModel->rowCount())
                          .arg(unmarked)
                          .arg(m_sheetModel->totalsText()));
    m_cash->setText(tr("<b>Cash the books expect now: %1</b>").arg(moneyText(m_session.book().cashBalance(), c)));
}

void MeetingsPage::reloadList()
{
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    const MeetingListRow* was = selected.isEmpty() ? nullptr : m_listModel->rowAt(selected.first().row());
    const MeetingId keep = was ? was->meeting.id : 0;

    std::vector<MeetingListRow> rows;
    const std::vector<Meeting> meetings = m_session.book().meetings();
    for (auto it = meetings.rbegin(); it != meetings.rend(); ++it) {
        const MeetingSummary s = m_session.book().meetingSummary(it->id);
        rows.push_back(MeetingListRow{*it, s.totalIn, s.totalOut, s.chainHead});
    }
    const bool any = !rows.empty();
    m_listModel->setRows(std::move(rows), m_session.currency());
    m_list->resizeColumnsToContents();
    if (keep && m_listModel->rowOf(keep) >= 0)
        selectMeeting(keep);
    else if (any)
        m_list->selectRow(0);
    else
        m_summary->showNothing(tr("No meeting has been held yet."));
}

void MeetingsPage::selectMeeting(MeetingId id)
{
    const int row = m_listModel->rowOf(id);
    if (row >= 0) {
        m_list->selectRow(row);
        m_list->scrollTo(m_listModel->index(row, 0));
    }
}

void MeetingsPage::showSelectedSummary()
{
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    const MeetingListRow* row = selected.isEmpty() ? nullptr : m_listModel->rowAt(selected.first().row());
    if (!row) {
        m_summary->showNothing(tr("Choose a meeting to read its summary."));
        return;
    }
    m_summary->showSummary(m_session.book().meetingSummary(row->meeting.id), m_session.book().members(),
                           m_session.currency());
}

void MeetingsPage::openMeeting()
{
    CashCountDialog dialog(m_session, CashCountDialog::Mode::Open, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Straight to the first member's attendance.
    const int column = m_sheetModel->columnOf(QStringLiteral("attendance"));
    if (m_sheetModel->rowCount() > 0 && column >= 0) {
        m_sheet->setCurrentIndex(m_sheetModel->index(0, column));
        m_sheet->setFocus();
    }
}

void MeetingsPage::closeMeeting()
{
    if (!m_sheetModel->meeting())
        return;
    const MeetingId id = m_sheetModel->meeting()->id;
    CashCountDialog dialog(m_session, CashCountDialog::Mode::Close, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MeetingSummaryDialog(m_session, id, this).exec();
    selectMeeting(id);
}

void MeetingsPage::showCurrentSummary()
{
    if (m_sheetModel->meeting())
        MeetingSummaryDialog(m_session, m_sheetModel->meeting()->id, this).exec();
}

} // namespace tontine::ui
