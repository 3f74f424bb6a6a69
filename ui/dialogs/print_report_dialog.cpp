#include "ui/dialogs/print_report_dialog.h"

#include "core/report/collection_sheet.h"
#include "core/report/fund_report.h"
#include "core/report/member_statement.h"
#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/print/report_documents.h"
#include "ui/widgets/document_output_box.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {

// Statements and reports go back two years from this month: older ones are rarely reprinted,
// and the CLI prints any month.
constexpr int MonthsOffered = 24;

QString monthLabel(Month month)
{
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.standaloneMonthName(month.month, QLocale::LongFormat)).arg(month.year);
}

} // namespace

PrintReportDialog::PrintReportDialog(Session& session, Kind kind, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Print reports"));
    const Book& book = session.book();
    const Date today = book.clock().today();

    auto* what = new QGroupBox(tr("What to print"), this);
    m_statements = new QRadioButton(tr("&Statements of members, one page each"), what);
    m_statements->setObjectName(QStringLiteral("statements"));
    m_fundReport = new QRadioButton(tr("&Fund report with charts"), what);
    m_fundReport->setObjectName(QStringLiteral("fundReport"));
    m_sheet = new QRadioButton(tr("Collection s&heet for a meeting, to fill in on paper"), what);
    m_sheet->setObjectName(QStringLiteral("collectionSheet"));
    auto* whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_statements);
    whatLayout->addWidget(m_fundReport);
    whatLayout->addWidget(m_sheet);

    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    Month month = Month::of(today);
    for (int i = 0; i < MonthsOffered; ++i, month = month.previous()) {
        QString label = monthLabel(month);
        if (i == 0)
            label = tr("This month (%1)").arg(label);
        else if (i == 1)
            label = tr("Last month (%1)").arg(label);
        m_month->addItem(label, QString::fromStdString(month.text()));
    }
    // A month's statements are printed once it is over; a fund that began this month has only this one.
    std::optional<Date> firstMeeting;
    for (const Meeting& m : book.meetings())
        if (!firstMeeting || m.date < *firstMeeting)
            firstMeeting = m.date;
    m_month->setCurrentIndex(firstMeeting && Month::of(*firstMeeting) == Month::of(today) ? 0 : 1);
    m_monthLabel = new QLabel(tr("&Month:"), this);
    m_monthLabel->setBuddy(m_month);

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->addItem(tr("All members"));
    for (const Member& m : book.members())
        m_member->addItem(toQt(m.fullName()), QVariant::fromValue<qlonglong>(m.id));
    m_memberLabel = new QLabel(tr("M&ember:"), this);
    m_memberLabel->setBuddy(m_member);

    m_meetingDate = new QDateEdit(toQDate(book.nextMeetingDate(today)), this);
    m_meetingDate->setObjectName(QStringLiteral("meetingDate"));
    m_meetingDate->setCalendarPopup(true);
    m_meetingDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateLabel = new QLabel(tr("Meeting da&te:"), this);
    m_dateLabel->setBuddy(m_meetingDate);

    auto* form = new QFormLayout;
    form->addRow(m_monthLabel, m_month);
    form->addRow(m_memberLabel, m_member);
    form->addRow(m_dateLabel, m_meetingDate);

    auto build = [this](const PrintProgress& progress) -> std::optional<PrintDocument> {
        const Book& book = m_session.book();
        const FundSettings settings = book.settings();
        switch (this->kind()) {
        case Kind::Statements: {
            StatementBuilder builder(book, this->month());
            if (const std::optional<MemberId> one = this->member())
                return statementsDocument({builder.build(*one)}, settings);
            bool cancelled = false;
            std::vector<MemberStatement> statements = builder.buildAll([&](int done, int total) {
                cancelled = progress && !progress(done, total);
                return !cancelled;
            });
            if (cancelled)
                return std::nullopt;
            return statementsDocument(statements, settings);
        }
        case Kind::FundReport:
            return fundReportDocument(buildFundReport(book, this->month()), settings);
        case Kind::CollectionSheet:
            return collectionSheetDocument(buildCollectionSheet(book, this->meetingDate()), settings);
        }
        return std::nullopt;
    };
    m_output = new DocumentOutputBox(build, QString(), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_output);
    layout->addWidget(buttons);

    for (QRadioButton* r : {m_statements, m_fundReport, m_sheet})
        connect(r, &QRadioButton::toggled, this, &PrintReportDialog::updateChoices);
    connect(m_month, &QComboBox::currentIndexChanged, this, &PrintReportDialog::updateChoices);
    connect(m_member, &QComboBox::currentIndexChanged, this, &PrintReportDialog::updateChoices);
    connect(m_meetingDate, &QDateEdit::dateChanged, this, &PrintReportDialog::updateChoices);
    setKind(kind);
    updateChoices();
    resize(560, sizeHint().height());
}

PrintReportDialog::Kind PrintReportDialog::kind() const
{
    if (m_fundReport->isChecked())
        return Kind::FundReport;
    if (m_sheet->isChecked())
        return Kind::CollectionSheet;
    return Kind::Statements;
}

void PrintReportDialog::setKind(Kind kind)
{
    (kind == Kind::FundReport ? m_fundReport : kind == Kind::CollectionSheet ? m_sheet : m_statements)->setChecked(true);
}

Month PrintReportDialog::month() const
{
    return Month::parse(toStd(m_month->currentData().toString())).value_or(Month::of(m_session.book().clock().today()));
}

void PrintReportDialog::setMonth(Month month)
{
    const int index = m_month->findData(QString::fromStdString(month.text()));
    if (index >= 0) {
        m_month->setCurrentIndex(index);
        return;
    }
    // An older month than the list offers: added at the end, so any month can still be printed.
    m_month->addItem(monthLabel(month), QString::fromStdString(month.text()));
    m_month->setCurrentIndex(m_month->count() - 1);
}

std::optional<MemberId> PrintReportDialog::member() const
{
    const QVariant id = m_member->currentData();
    if (!id.isValid())
        return std::nullopt;
    return MemberId(id.toLongLong());
}

void PrintReportDialog::setMember(std::optional<MemberId> member)
{
    m_member->setCurrentIndex(member ? std::max(0, m_member->findData(QVariant::fromValue<qlonglong>(*member))) : 0);
}

Date PrintReportDialog::meetingDate() const
{
    return toDate(m_meetingDate->date());
}

void PrintReportDialog::setMeetingDate(Date date)
{
    m_meetingDate->setDate(toQDate(date));
}

void PrintReportDialog::updateChoices()
{
    const Kind k = kind();
    const bool monthly = k != Kind::CollectionSheet;
    m_month->setEnabled(monthly);
    m_monthLabel->setEnabled(monthly);
    m_member->setEnabled(k == Kind::Statements);
    m_memberLabel->setEnabled(k == Kind::Statements);
    m_meetingDate->setEnabled(!monthly);
    m_dateLabel->setEnabled(!monthly);
    m_output->setSuggestedFileName(suggestedFileName());
}

QString PrintReportDialog::suggestedFileName() const
{
    switch (kind()) {
    case Kind::Statements:
        return member() ? tr("statement-%1-%2.pdf").arg(QString::fromStdString(month().text())).arg(*member())
                        : tr("statements-%1.pdf").arg(QString::fromStdString(month().text()));
    case Kind::FundReport:
        return tr("fund-report-%1.pdf").arg(QString::fromStdString(month().text()));
    case Kind::CollectionSheet:
        return tr("collection-sheet-%1.pdf").arg(dateText(meetingDate()));
    }
    return {};
}

} // namespace tontine::ui
