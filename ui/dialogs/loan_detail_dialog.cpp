#include "ui/dialogs/loan_detail_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/print_document_dialog.h"
#include "ui/print/report_documents.h"
#include "ui/loan_form_labels.h"
#include "ui/loan_labels.h"
#include "ui/models/loan_history_model.h"
#include "ui/models/loan_schedule_model.h"
#include "ui/rotation_labels.h"
#include "ui/social_labels.h"
#include "ui/widgets/read_only_table.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
QLabel* infoLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}
} // namespace

LoanDetailDialog::LoanDetailDialog(Session& session, LoanId id, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(id), m_schedule(new LoanScheduleModel(this)),
      m_history(new LoanHistoryModel(this)), m_version(new LoanScheduleModel(this))
{
    setWindowTitle(tr("Loan %1").arg(loanNumberText(id)));
    m_terms = infoLabel(QStringLiteral("loanTerms"), this);
    m_positionLine = infoLabel(QStringLiteral("loanPosition"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_terms, 3);
    top->addWidget(m_positionLine, 2);

    // Decisions on one row, money at the meeting on the other.
    auto* decisions = new QWidget(this);
    new QHBoxLayout(decisions);
    decisions->layout()->setContentsMargins(0, 0, 0, 0);
    m_approve = addButton(decisions, QStringLiteral("approve"), tr("&Approve…"), &LoanDetailDialog::approve);
    m_cancel = addButton(decisions, QStringLiteral("cancelLoan"), tr("&Cancel the loan…"), &LoanDetailDialog::cancelLoan);
    m_reschedule = addButton(decisions, QStringLiteral("reschedule"), tr("Re&schedule…"), &LoanDetailDialog::reschedule);
    m_default = addButton(decisions, QStringLiteral("declareDefault"), tr("Declare de&fault…"), &LoanDetailDialog::declareDefault);
    m_writeOff = addButton(decisions, QStringLiteral("writeOff"), tr("&Write off…"), &LoanDetailDialog::writeOff);
    static_cast<QHBoxLayout*>(decisions->layout())->addStretch();
    auto* money = new QWidget(this);
    new QHBoxLayout(money);
    money->layout()->setContentsMargins(0, 0, 0, 0);
    m_disburse = addButton(money, QStringLiteral("disburse"), tr("&Disburse"), &LoanDetailDialog::disburse);
    m_repay = addButton(money, QStringLiteral("repay"), tr("&Repay…"), &LoanDetailDialog::repay);
    m_recover = addButton(money, QStringLiteral("recover"), tr("Recover from &guarantors…"), &LoanDetailDialog::recover);
    m_repayGuarantor = addButton(money, QStringLiteral("repayGuarantor"), tr("Borrower repays g&uarantor…"),
                                 &LoanDetailDialog::repayGuarantor);
    static_cast<QHBoxLayout*>(money->layout())->addStretch();
    m_meetingHint = new QLabel(tr("Money moves only at an open meeting (Meetings page): disburse, repay and recover "
                                  "are off until one is open."),
                               this);
    m_meetingHint->setObjectName(QStringLiteral("meetingHint"));
    m_meetingHint->setWordWrap(true);
    m_status = infoLabel(QStringLiteral("loanStatus"), this);
    m_status->setVisible(false);

    m_scheduleView = makeReadOnlyTable(m_schedule, QStringLiteral("scheduleTable"), tr("Schedule"), this);
    m_historyView = makeReadOnlyTable(m_history, QStringLiteral("historyTable"), tr("Payments"), this);
    m_guarantors = infoLabel(QStringLiteral("loanGuarantors"), this);
    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("scheduleVersion"));
    m_versions->setAccessibleName(tr("Schedule version"));
    m_versionView = makeReadOnlyTable(m_version, QStringLiteral("versionTable"), tr("Schedule version"), this);
    for (int column = LoanScheduleModel::Paid; column < LoanScheduleModel::ColumnCount; ++column)
        m_versionView->setColumnHidden(column, true);
    auto* versionsPage = new QWidget(this);
    auto* versionsLayout = new QVBoxLayout(versionsPage);
    auto* versionLabel = new QLabel(tr("&Version:"), versionsPage);
    versionLabel->setBuddy(m_versions);
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(versionLabel);
    versionRow->addWidget(m_versions);
    versionRow->addStretch();
    versionsLayout->addLayout(versionRow);
    versionsLayout->addWidget(m_versionView, 1);
    connect(m_versions, &QComboBox::currentIndexChanged, this, &LoanDetailDialog::showVersion);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loanTabs"));
    m_tabs->addTab(m_scheduleView, tr("Sche&dule"));
    m_tabs->addTab(m_historyView, tr("&Payments"));
    m_tabs->addTab(m_guarantors, tr("Guarantors and a&pprovals"));
    m_tabs->addTab(versionsPage, tr("Schedule &versions"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_print = buttons->addButton(tr("Pr&int the schedule…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printSchedule"));
    m_print->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, &LoanDetailDialog::printSchedule);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(decisions);
    layout->addWidget(money);
    layout->addWidget(m_meetingHint);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 80, fontMetrics().height() * 40);

    connect(&m_session, &Session::changed, this, &LoanDetailDialog::reload);
    reload();
}

QPushButton* LoanDetailDialog::addButton(QWidget* row, const QString& name, const QString& text,
                                         void (LoanDetailDialog::*slot)())
{
    auto* button = new QPushButton(text, row);
    button->setObjectName(name);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    row->layout()->addWidget(button);
    return button;
}

QPushButton* LoanDetailDialog::button(const QString& name) const { return findChild<QPushButton*>(name); }
QString LoanDetailDialog::termsText() const { return m_terms->text(); }
QString LoanDetailDialog::positionText() const { return m_positionLine->text(); }
QString LoanDetailDialog::guarantorsText() const { return m_guarantors->text(); }
QString LoanDetailDialog::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void LoanDetailDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void LoanDetailDialog::reload()
{
    const Book& book = m_session.book();
    const Currency& c = m_session.currency();
    m_loan = book.loan(m_id);
    m_position.reset();
    if (!m_loan) {
        m_terms->setText(tr("There is no loan %1.").arg(loanNumberText(m_id)));
        updateActions();
        return;
    }
    const Loan& l = *m_loan;
    const MemberNames names = memberNames(book.members());
    if (!l.schedule.empty())
        m_position = book.loanPosition(m_id, m_session.actor().date);

    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Borrower:"), QStringLiteral("<b>%1</b>").arg(memberName(names, l.borrower).toHtmlEscaped()));
    row(tr("Status:"), QStringLiteral("<b>%1</b>").arg(loanStatusLabel(l.status)));
    row(tr("Principal:"), moneyText(l.principal, c));
    row(tr("Product:"), QStringLiteral("%1 — %2").arg(toQt(l.product.name).toHtmlEscaped(), productTermsText(l.product, c)));
    row(tr("Term:"), l.custom.empty() ? tr("%1 month(s)").arg(l.termMonths) : tr("custom, %1 line(s)").arg(l.custom.size()));
    row(tr("Late penalty:"), penaltyRuleText(l.product.penalty, c));
    row(tr("Purpose:"), toQt(l.purpose).toHtmlEscaped());
    QString dates = tr("requested %1").arg(dateText(l.requestedOn));
    if (l.approvedOn)
        dates += tr(", approved %1").arg(dateText(*l.approvedOn));
    if (l.disbursedOn)
        dates += tr(", paid out %1").arg(dateText(*l.disbursedOn));
    if (l.defaultedOn)
        dates += tr(", in default since %1").arg(dateText(*l.defaultedOn));
    if (l.closedOn)
        dates += tr(", closed %1").arg(dateText(*l.closedOn));
    row(tr("Dates:"), dates);
    if (l.writtenOff)
        row(tr("Written off:"), moneyText(l.writtenOff, c));
    if (l.fromGuarantee)
        row(tr("From:"), tr("group guarantee #%1, called").arg(*l.fromGuarantee));
    html += QStringLiteral("</table>");
    m_terms->setText(html);

    if (m_position) {
        const LoanPosition& p = *m_position;
        QString pos = QStringLiteral("<b>%1</b><table cellspacing='0' cellpadding='2'>").arg(tr("On %1").arg(dateText(p.on)));
        auto money = [&pos, &c](const QString& label, std::int64_t v) {
            pos += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(label, moneyText(v, c));
        };
        money(tr("Principal outstanding:"), p.principalOutstanding);
        money(tr("Interest due:"), p.interestDue);
        money(tr("Penalties due:"), p.penaltiesDue);
        money(tr("<b>Due today:</b>"), p.dueToday());
        money(tr("To pay it all off:"), p.payoff());
        pos += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(tr("Late:"), daysLateText(p.daysLate));
        pos += QStringLiteral("</table>");
        m_positionLine->setText(pos);
        m_schedule->setPosition(p, c);
    } else {
        m_positionLine->setText(tr("Not paid out yet: the schedule starts on the day it is disbursed."));
        m_schedule->clear();
    }
    m_history->setAllocations(l.allocations, c);
    m_guarantors->setText(guarantorsHtml());

    const int keep = m_versions->currentIndex();
    {
        const QSignalBlocker block(m_versions);
        m_versions->clear();
        const auto history = book.scheduleHistory(m_id);
        for (std::size_t v = 0; v < history.size(); ++v)
            m_versions->addItem(v == 0 ? tr("1 — at disbursement") : tr("%1 — rescheduled").arg(v + 1), int(v));
        m_versions->setCurrentIndex(keep >= 0 && keep < m_versions->count() ? keep : m_versions->count() - 1);
    }
    showVersion();
    m_tabs->setTabText(3, tr("Schedule &versions (%1)").arg(m_versions->count()));
    for (QTableView* view : {m_scheduleView, m_historyView})
        view->resizeColumnsToContents();
    m_scheduleView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    updateActions();
}

void LoanDetailDialog::showVersion()
{
    const auto history = m_session.book().scheduleHistory(m_id);
    const int v = m_versions->currentIndex();
    if (v < 0 || v >= int(history.size())) {
        m_version->clear();
        return;
    }
    m_version->setPlan(history[std::size_t(v)], m_session.currency());
    m_versionView->resizeColumnsToContents();
}

QString LoanDetailDialog::guarantorsHtml() const
{
    if (!m_loan)
        return {};
    const Book& book = m_session.book();
    const Currency& c = m_session.currency();
    const MemberNames names = memberNames(book.members());
    std::vector<GuarantorPledge> held;
    try {
        held = book.pledgesHeld(m_id, m_session.actor().date);
    } catch (const Error&) {
        // Shown as "—" below: the pledges themselves still are.
    }
    auto heldBy = [&held](MemberId g) -> std::optional<std::int64_t> {
        for (const GuarantorPledge& p : held)
            if (p.guarantor == g)
                return p.pledge;
        return std::nullopt;
    };
    QString html = QStringLiteral("<b>%1</b>").arg(tr("Guarantors"));
    if (m_loan->guarantors.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None."));
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='right'>%2</th>"
                               "<th align='right'>%3</th></tr>")
                    .arg(tr("Member"), tr("Pledged"), tr("Still held"));
        for (const GuarantorPledge& p : m_loan->guarantors) {
            const std::optional<std::int64_t> h = heldBy(p.guarantor);
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                        .arg(memberName(names, p.guarantor).toHtmlEscaped(), moneyText(p.pledge, c),
                             h ? moneyText(*h, c) : QStringLiteral("—"));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Approved by:"), m_loan->approvers.empty() ? tr("nobody yet")
                                                                  : approversText(m_loan->approvers, names).toHtmlEscaped());
    QString debts;
    for (const GuarantorDebt& d : book.guarantorDebts())
        if (d.loan == m_id)
            debts += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                         .arg(memberName(names, d.guarantor).toHtmlEscaped(), moneyText(d.recovered, c),
                              moneyText(d.repaid, c), moneyText(d.left(), c));
    if (!debts.isEmpty())
        html += QStringLiteral("<b>%1</b><table cellspacing='0' cellpadding='3'><tr><th align='left'>%2</th><th align='right'>%3</th>"
                               "<th align='right'>%4</th><th align='right'>%5</th></tr>%6</table>")
                    .arg(tr("The borrower owes the guarantors"), tr("Guarantor"), tr("Taken from their savings"),
                         tr("Paid back"), tr("Still owed"), debts);
    return html;
}

void LoanDetailDialog::printSchedule()
{
    const Book& book = m_session.book();
    const std::optional<Member> borrower = m_loan ? book.member(m_loan->borrower) : std::nullopt;
    if (!m_loan || m_loan->schedule.empty() || !borrower)
        return;
    PrintDocumentDialog dialog(loanScheduleDocument(*m_loan, m_loan->schedule, m_position, *borrower, book.settings(),
                                                    m_session.actor().date),
                               tr("loan-%1-schedule.pdf").arg(m_id), this);
    dialog.exec();
}

} // namespace tontine::ui
