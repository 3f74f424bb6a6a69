#include "ui/dialogs/loan_decision_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/loan_dialog_parts.h"
#include "ui/loan_labels.h"
#include "ui/widgets/approver_list.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

LoanDecisionDialog::LoanDecisionDialog(Session& session, const Loan& loan, Kind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_loan(loan), m_kind(kind)
{
    const Book& book = session.book();
    const Currency& c = session.currency();
    QString title;
    QString explanation = QStringLiteral("<b>%1</b><br>").arg(loanHeadline(book, loan, c).toHtmlEscaped());
    QString button;
    switch (kind) {
    case Kind::Approve:
        title = tr("Approve the loan");
        explanation += tr("Tick the committee members who approve it. Once enough have approved, it is paid out "
                          "at a meeting with Disburse.");
        button = tr("&Approve");
        break;
    case Kind::Cancel:
        title = tr("Cancel the loan");
        explanation += tr("The request is withdrawn; nothing was paid out, so no money moves. Say why.");
        button = tr("Cancel the &loan");
        break;
    case Kind::Default:
        title = tr("Declare the loan in default");
        explanation += tr("The committee declares that the borrower will not repay. Then the guarantors' pledges "
                          "are recovered from their savings, and what is left may be written off.");
        button = tr("&Declare default");
        break;
    case Kind::WriteOff:
        title = tr("Write the loan off");
        explanation += tr("The principal still outstanding becomes a loss of the fund and the loan is closed. "
                          "Recover from the guarantors first if their pledges still hold something.");
        button = tr("&Write off");
        break;
    }
    setWindowTitle(title);
    m_explanation = new QLabel(explanation, this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    if (kind != Kind::Cancel) {
        const std::vector<MemberId> already = kind == Kind::Approve ? loan.approvers : std::vector<MemberId>{};
        m_approvals = new ApprovalsBox(book, loan.borrower, already, this);
        m_problems.addRow(form, tr("A&pproved by:"), m_approvals->list(), m_approvals, QStringLiteral("approvers"), this);
    }
    if (kind == Kind::Cancel || kind == Kind::Default) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        m_reason->setAccessibleName(tr("Reason"));
        m_reason->setPlaceholderText(kind == Kind::Cancel ? tr("e.g. the member no longer needs it")
                                                          : tr("e.g. left the village, no payment for 4 months"));
        m_problems.addRow(form, tr("&Reason:"), m_reason, nullptr, QStringLiteral("reason"), this);
    }

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("decisionProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_ok = buttons->addButton(button, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("decide"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &LoanDecisionDialog::decide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
}

void LoanDecisionDialog::setApprovers(const std::vector<MemberId>& members)
{
    if (m_approvals)
        m_approvals->setApprovers(members);
}

void LoanDecisionDialog::setReason(const QString& reason)
{
    if (m_reason)
        m_reason->setText(reason);
}

QString LoanDecisionDialog::explanationText() const { return m_explanation->text(); }

QString LoanDecisionDialog::problems() const { return m_problems.allText({"approvers", "reason"}, m_general); }

void LoanDecisionDialog::decide()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::vector<MemberId> approvers = m_approvals ? m_approvals->approvers() : std::vector<MemberId>{};
    const std::string reason = m_reason ? toStd(m_reason->text().trimmed()) : std::string();
    Book& book = m_session.book();
    const Actor actor = m_session.actor();
    const bool done = m_problems.attempt(m_general, [&] {
        switch (m_kind) {
        case Kind::Approve: book.approveLoan(m_loan.id, approvers, actor); break;
        case Kind::Cancel: book.cancelLoan(m_loan.id, reason, actor); break;
        case Kind::Default: book.declareDefault(m_loan.id, approvers, reason, actor); break;
        case Kind::WriteOff: book.writeOffLoan(m_loan.id, approvers, actor); break;
        }
    });
    if (!done)
        return;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
