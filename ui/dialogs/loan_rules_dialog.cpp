#include "ui/dialogs/loan_rules_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/widgets/approver_list.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tontine::ui {

LoanRulesDialog::LoanRulesDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Loan rules"));
    setAccessibleName(windowTitle());
    const LoanRules rules = session.book().loanRules();

    m_committee = new ApproverList(session.book().members(MemberQuery{{}, false}), this);
    m_committee->setObjectName(QStringLiteral("committee"));
    m_committee->setAccessibleName(tr("Loan committee"));
    m_committee->setApprovers(rules.committee);
    auto* committeeBox = new QWidget(this);
    auto* committeeLayout = new QVBoxLayout(committeeBox);
    committeeLayout->setContentsMargins(0, 0, 0, 0);
    auto* committeeHint = new QLabel(tr("Tick the members who approve loans. None ticked: any member may approve "
                                        "(never the borrower)."),
                                     committeeBox);
    committeeHint->setWordWrap(true);
    committeeLayout->addWidget(committeeHint);
    committeeLayout->addWidget(m_committee);
    committeeBox->setFocusProxy(m_committee);

    // Core says which values are allowed; the boxes only keep the typing to numbers.
    auto spin = [this](const QString& name, int max, int value) {
        auto* box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, max);
        box->setValue(value);
        box->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
        return box;
    };
    m_approvals = spin(QStringLiteral("approvalsRequired"), 99, rules.approvalsRequired);
    m_daysLate = spin(QStringLiteral("maxDaysLateToBorrow"), 9999, rules.maxDaysLateToBorrow);
    m_exposure = spin(QStringLiteral("guarantorExposurePercent"), 99999, rules.guarantorExposurePercent);
    m_exposure->setSingleStep(10);
    auto withText = [this](QWidget* editor, const QString& text) {
        auto* box = new QWidget(this);
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor);
        auto* label = new QLabel(text, box);
        label->setWordWrap(true);
        layout->addWidget(label, 1);
        box->setFocusProxy(editor);
        return box;
    };

    auto* form = new QFormLayout;
    auto add = [&](const QString& label, QWidget* editor, QWidget* shown, const QString& field) {
        m_problems.addRow(form, label, editor, shown, field, this);
        if (editor != m_committee)
            editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    add(tr("&Committee:"), m_committee, committeeBox, QStringLiteral("committee"));
    add(tr("&Approvals required:"), m_approvals,
        withText(m_approvals, tr("for a loan, a rescheduling, a top-up, a default or a group guarantee")),
        QStringLiteral("approvalsRequired"));
    add(tr("&Days late allowed:"), m_daysLate,
        withText(m_daysLate, tr("a member later than this on a loan or a due cannot borrow")),
        QStringLiteral("maxDaysLateToBorrow"));
    add(tr("Guarantor &exposure:"), m_exposure,
        withText(m_exposure, tr("% of a guarantor's savings their pledges may reach")),
        QStringLiteral("guarantorExposurePercent"));

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("rulesProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoanRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
}

LoanRules LoanRulesDialog::typedRules() const
{
    LoanRules rules;
    rules.committee = m_committee->approvers();
    rules.approvalsRequired = m_approvals->value();
    rules.maxDaysLateToBorrow = m_daysLate->value();
    rules.guarantorExposurePercent = m_exposure->value();
    return rules;
}

QString LoanRulesDialog::generalProblem() const { return m_general->isHidden() ? QString() : m_general->text(); }
void LoanRulesDialog::setCommittee(const std::vector<MemberId>& members) { m_committee->setApprovers(members); }
void LoanRulesDialog::setApprovalsRequired(int count) { m_approvals->setValue(count); }
void LoanRulesDialog::setMaxDaysLate(int days) { m_daysLate->setValue(days); }
void LoanRulesDialog::setExposurePercent(int percent) { m_exposure->setValue(percent); }

void LoanRulesDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    const LoanRules rules = typedRules();
    if (!m_problems.attempt(m_general, [&] { m_session.book().setLoanRules(rules, m_session.actor()); }))
        return;
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
