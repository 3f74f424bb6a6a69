#include "ui/dialogs/reschedule_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/loan_dialog_parts.h"
#include "ui/labels.h"
#include "ui/loan_form_labels.h"
#include "ui/loan_labels.h"
#include "ui/widgets/approver_list.h"
#include "ui/models/loan_schedule_model.h"
#include "ui/widgets/custom_lines_editor.h"
#include "ui/widgets/read_only_table.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tontine::ui {

RescheduleDialog::RescheduleDialog(Session& session, const Loan& loan, QWidget* parent)
    : QDialog(parent), m_session(session), m_loan(loan), m_preview(new LoanScheduleModel(this))
{
    setWindowTitle(tr("Reschedule the loan"));
    const Book& book = session.book();
    const Currency& c = session.currency();
    m_position = book.loanPosition(loan.id, session.actor().date);

    auto* headline = new QLabel(this);
    headline->setWordWrap(true);
    headline->setText(tr("<b>%1</b><br>Principal outstanding %2; the new schedule starts today and plans it "
                         "again. Interest and penalties due are paid first.")
                          .arg(loanHeadline(book, loan, c).toHtmlEscaped(), moneyText(m_position.principalOutstanding, c)));

    m_term = new QSpinBox(this);
    m_term->setObjectName(QStringLiteral("term"));
    m_term->setAccessibleName(tr("Term in months"));
    m_term->setRange(1, 120);
    m_term->setSuffix(tr(" months"));
    m_term->setValue(std::max(1, loan.termMonths));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setAccessibleName(tr("Method"));
    for (LoanMethod m : {LoanMethod::Flat, LoanMethod::Declining, LoanMethod::Annuity, LoanMethod::Custom})
        m_method->addItem(methodOptionLabel(m), int(m));
    m_method->setCurrentIndex(m_method->findData(int(loan.product.method)));
    m_custom = new CustomLinesEditor(c, this);
    m_custom->setStart(session.actor().date);
    m_topUp = new QLineEdit(this);
    m_topUp->setObjectName(QStringLiteral("topUp"));
    m_topUp->setAccessibleName(tr("Top-up"));
    m_topUp->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_topUp->setEnabled(loan.product.topUpAllowed);
    m_topUp->setPlaceholderText(loan.product.topUpAllowed ? tr("0") : tr("not allowed by the product"));
    m_approvals = new ApprovalsBox(book, loan.borrower, {}, this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. poor harvest: repay after the next one"));

    auto* form = new QFormLayout;
    m_problems.addRow(form, tr("&Method:"), m_method, nullptr, QStringLiteral("method"), this);
    m_problems.addRow(form, tr("&Term:"), m_term, nullptr, QStringLiteral("termMonths"), this);
    m_problems.addRow(form, tr("&Custom lines:"), m_custom, nullptr, QStringLiteral("custom"), this);
    m_problems.addRow(form, tr("T&op-up:"), m_topUp, nullptr, QStringLiteral("topUp"), this);
    m_problems.addRow(form, tr("A&pproved by:"), m_approvals->list(), m_approvals, QStringLiteral("approvers"), this);
    m_problems.addRow(form, tr("&Reason:"), m_reason, nullptr, QStringLiteral("reason"), this);

    m_previewView = makeReadOnlyTable(m_preview, QStringLiteral("reschedulePreview"), tr("New schedule"), this);
    // A plan has no payments yet: only its own columns.
    for (int column = LoanScheduleModel::Paid; column < LoanScheduleModel::ColumnCount; ++column)
        m_previewView->setColumnHidden(column, true);
    m_previewProblems = new QLabel(this);
    m_previewProblems->setObjectName(QStringLiteral("previewProblems"));
    m_previewProblems->setWordWrap(true);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("The new schedule")), this));
    right->addWidget(m_previewView, 1);
    right->addWidget(m_previewProblems);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(right, 1);

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("rescheduleProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Reschedule"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("reschedule"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &RescheduleDialog::reschedule);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addLayout(columns, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 70);

    connect(m_term, &QSpinBox::valueChanged, this, &RescheduleDialog::updatePreview);
    connect(m_method, &QComboBox::currentIndexChanged, this, &RescheduleDialog::updatePreview);
    connect(m_custom, &CustomLinesEditor::changed, this, &RescheduleDialog::updatePreview);
    connect(m_topUp, &QLineEdit::textChanged, this, &RescheduleDialog::updatePreview);
    updatePreview();
}

void RescheduleDialog::setTerm(int months) { m_term->setValue(months); }
void RescheduleDialog::setMethod(LoanMethod method) { m_method->setCurrentIndex(m_method->findData(int(method))); }
void RescheduleDialog::setCustomLines(const std::vector<CustomInstalment>& lines) { m_custom->setLines(lines); }
void RescheduleDialog::setTopUpText(const QString& text) { m_topUp->setText(text); }
void RescheduleDialog::setApprovers(const std::vector<MemberId>& members) { m_approvals->setApprovers(members); }
void RescheduleDialog::setReason(const QString& reason) { m_reason->setText(reason); }
QString RescheduleDialog::previewProblems() const { return m_previewProblems->text(); }

QString RescheduleDialog::problems() const
{
    return m_problems.allText({"method", "termMonths", "custom", "topUp", "approvers", "reason"}, m_general);
}

std::optional<RescheduleRequest> RescheduleDialog::request(bool show)
{
    RescheduleRequest r;
    r.method = LoanMethod(m_method->currentData().toInt());
    const bool custom = *r.method == LoanMethod::Custom;
    r.termMonths = custom ? 0 : m_term->value();
    if (custom) {
        int unreadable = 0;
        if (!m_custom->read(r.custom, &unreadable)) {
            const QString problem = tr("Line %1: the principal is not an amount.").arg(unreadable);
            if (show)
                m_problems.showOne(QStringLiteral("custom"), problem);
            else
                m_previewProblems->setText(QStringLiteral("⚠ ") + problem);
            return std::nullopt;
        }
    }
    if (!m_topUp->text().trimmed().isEmpty()) {
        const std::optional<std::int64_t> topUp = amountFromText(m_topUp->text(), m_session.currency());
        if (!topUp) {
            if (show)
                m_problems.showOne(QStringLiteral("topUp"), tr("Type an amount, e.g. 20000, or leave it empty."));
            else
                m_previewProblems->setText(QStringLiteral("⚠ ") + tr("The top-up is not an amount."));
            return std::nullopt;
        }
        r.topUp = *topUp;
    }
    r.approvers = m_approvals->approvers();
    r.reason = toStd(m_reason->text().trimmed());
    return r;
}

void RescheduleDialog::updatePreview()
{
    const bool custom = LoanMethod(m_method->currentData().toInt()) == LoanMethod::Custom;
    m_term->setEnabled(!custom);
    m_custom->setEnabled(custom);
    m_previewProblems->clear();
    const std::optional<RescheduleRequest> r = request(false);
    if (!r) {
        m_preview->clear();
        return;
    }
    // The engine's own rescheduling rule, as Book will apply it (Book adds the approvals).
    ScheduleRequest plan;
    plan.rateBasisPoints = m_loan.product.rateBasisPoints;
    plan.method = *r->method;
    plan.termMonths = r->termMonths;
    plan.start = m_session.actor().date;
    plan.custom = r->custom;
    plan.roundingUnit = m_session.book().settings().roundingUnit;
    try {
        m_preview->setPlan(tontine::reschedule(m_position, plan, r->topUp), m_session.currency());
        m_previewView->resizeColumnsToContents();
    } catch (const ValidationError& e) {
        m_preview->clear();
        QStringList texts;
        for (const Problem& p : e.problems())
            texts << QStringLiteral("⚠ ") + problemText(p);
        m_previewProblems->setText(texts.join(QLatin1Char('\n')));
    }
}

void RescheduleDialog::reschedule()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<RescheduleRequest> r = request(true);
    if (!r)
        return;
    if (!m_problems.attempt(m_general, [&] { m_session.book().rescheduleLoan(m_loan.id, *r, m_session.actor()); }))
        return;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
