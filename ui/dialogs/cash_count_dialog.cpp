#include "ui/dialogs/cash_count_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tontine::ui {

namespace {

std::optional<Meeting> lastMeeting(const Session& session)
{
    std::vector<Meeting> all = session.book().meetings();
    if (all.empty())
        return std::nullopt;
    return *std::max_element(all.begin(), all.end(), [](const Meeting& a, const Meeting& b) { return a.date < b.date; });
}

} // namespace

CashCountDialog::CashCountDialog(Session& session, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode)
{
    const bool opening = mode == Mode::Open;
    const Currency& currency = session.currency();
    m_expected = session.book().cashBalance();
    std::optional<Meeting> current = session.book().currentMeeting();
    m_meetingId = current && !opening ? current->id : 0;
    const Date date = opening || !current ? session.actor().date : current->date;

    setWindowTitle(opening ? tr("Open a meeting") : tr("Close the meeting"));
    // Opening asks for the date: a meeting held on paper (battery dead, laptop elsewhere) is
    // typed in later under its own date.
    auto* intro = new QLabel(opening ? tr("Count the cash in the box before anything is recorded, and type what "
                                          "you counted. A meeting held on paper is typed in under its own date.")
                                     : tr("Meeting of <b>%1</b>. Count the cash in the box again now that "
                                          "everything is recorded. Once closed, nothing in this meeting changes.")
                                           .arg(dateText(date)),
                             this);
    intro->setWordWrap(true);

    auto* expected = new QLabel(QStringLiteral("<b>%1</b>").arg(moneyText(m_expected, currency)), this);
    expected->setObjectName(QStringLiteral("expected"));
    expected->setAccessibleName(tr("Cash the books expect"));
    expected->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_counted = new QLineEdit(this);
    m_counted->setObjectName(QStringLiteral("counted"));
    m_counted->setAccessibleName(tr("Cash counted"));
    m_counted->setPlaceholderText(tr("e.g. %1").arg(plainMoneyText(m_expected, currency)));
    m_counted->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    auto* countedRow = new QWidget(this);
    auto* countedLayout = new QHBoxLayout(countedRow);
    countedLayout->setContentsMargins(0, 0, 0, 0);
    countedLayout->addWidget(m_counted);
    countedLayout->addWidget(new QLabel(toQt(currency.symbol), countedRow));
    countedLayout->addStretch();
    countedRow->setFocusProxy(m_counted);

    m_difference = new QLabel(this);
    m_difference->setObjectName(QStringLiteral("difference"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Why the count differs, e.g. 500 F lent for transport"));
    m_note->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);

    auto* form = new QFormLayout;
    if (opening) {
        m_date = new QDateEdit(toQDate(date), this);
        m_date->setObjectName(QStringLiteral("date"));
        m_date->setAccessibleName(tr("Meeting date"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setMaximumDate(toQDate(date)); // a meeting cannot be recorded before it happens
        if (std::optional<Meeting> last = lastMeeting(session))
            m_date->setMinimumDate(toQDate(last->date).addDays(1));
        auto* dateProblem = FieldProblems::makeLabel(this);
        auto* dateCaption = new QLabel(tr("Meeting &date:"), this);
        dateCaption->setBuddy(m_date);
        form->addRow(dateCaption, FieldProblems::wrap(m_date, dateProblem));
        m_problems.add(QStringLiteral("date"), m_date, dateProblem);
    }
    form->addRow(tr("The books expect:"), expected);
    auto* countedProblem = FieldProblems::makeLabel(this);
    auto* countedCaption = new QLabel(tr("Cash &counted:"), this);
    countedCaption->setBuddy(m_counted);
    form->addRow(countedCaption, FieldProblems::wrap(countedRow, countedProblem));
    form->addRow(tr("Difference:"), m_difference);
    auto* noteProblem = FieldProblems::makeLabel(this);
    m_noteCaption = new QLabel(this);
    m_noteCaption->setBuddy(m_note);
    form->addRow(m_noteCaption, FieldProblems::wrap(m_note, noteProblem));
    // Core names the fields after the moment of the count.
    m_problems.add(opening ? QStringLiteral("openingCounted") : QStringLiteral("closingCounted"), m_counted, countedProblem);
    m_problems.add(opening ? QStringLiteral("openingNote") : QStringLiteral("closingNote"), m_note, noteProblem);
    m_general = FieldProblems::makeLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(opening ? tr("&Open the meeting") : tr("C&lose the meeting"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CashCountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_counted, &QLineEdit::textChanged, this, &CashCountDialog::updateDifference);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    // Closing freezes the meeting: say who has not been marked, while it can still be done.
    if (!opening && current) {
        std::set<MemberId> marked;
        for (const Attendance& a : session.book().attendance(current->id))
            marked.insert(a.member);
        int unmarked = 0;
        for (const Member& m : session.book().members(MemberQuery{"", false}))
            unmarked += marked.count(m.id) ? 0 : 1;
        if (unmarked > 0) {
            auto* warning = new QLabel(tr("Attendance is not marked yet for %n member(s).", nullptr, unmarked), this);
            warning->setObjectName(QStringLiteral("unmarked"));
            layout->addWidget(warning);
        }
    }
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateDifference();
    m_counted->setFocus();
}

void CashCountDialog::updateDifference()
{
    const Currency& currency = m_session.currency();
    const std::optional<std::int64_t> counted = amountFromText(m_counted->text(), currency);
    const bool differs = counted && *counted != m_expected;
    if (!counted)
        m_difference->setText(m_counted->text().trimmed().isEmpty() ? tr("(type the count)") : tr("(not an amount)"));
    else if (!differs)
        m_difference->setText(tr("None: the box matches the books."));
    else
        m_difference->setText(tr("%1%2 — say why in the note")
                                  .arg(*counted > m_expected ? QStringLiteral("+") : QString(),
                                       moneyText(*counted - m_expected, currency)));
    // The note is asked for only when the count differs; the caption says so.
    m_noteCaption->setText(differs ? tr("&Note (required):") : tr("&Note:"));
}

void CashCountDialog::growToFit()
{
    // A problem shown under a field needs room: grow instead of squeezing the fields.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

void CashCountDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    const QString countedField = m_mode == Mode::Open ? QStringLiteral("openingCounted") : QStringLiteral("closingCounted");
    const std::optional<std::int64_t> counted = amountFromText(m_counted->text(), m_session.currency());
    if (!counted) {
        m_problems.showOne(countedField, tr("Type the cash counted as an amount, e.g. %1.")
                                             .arg(plainMoneyText(m_expected, m_session.currency())));
        m_counted->setFocus();
        growToFit();
        return;
    }
    const std::string note = toStd(m_note->text().trimmed());
    const bool done = m_problems.attempt(m_general, [&] {
        if (m_mode == Mode::Open)
            m_meetingId = m_session.book().openMeeting(*counted, note, Actor{m_session.actor().operatorName, toDate(m_date->date())});
        else
            m_session.book().closeMeeting(*counted, note, m_session.actor());
    });
    if (!done) {
        growToFit();
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
