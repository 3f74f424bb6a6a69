#include "ui/dialogs/guarantor_repay_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/loan_dialog_parts.h"
#include "ui/rotation_labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

GuarantorRepayDialog::GuarantorRepayDialog(Session& session, const Loan& loan, QWidget* parent)
    : QDialog(parent), m_session(session), m_loan(loan)
{
    setWindowTitle(tr("The borrower repays a guarantor"));
    const Currency& c = session.currency();
    const MemberNames names = memberNames(session.book().members());
    for (const GuarantorDebt& d : session.book().guarantorDebts())
        if (d.loan == loan.id && d.left() > 0)
            m_debts.push_back(d);

    auto* headline = new QLabel(QStringLiteral("<b>%1</b>").arg(loanHeadline(session.book(), loan, c).toHtmlEscaped()), this);
    headline->setWordWrap(true);
    m_guarantor = new QComboBox(this);
    m_guarantor->setObjectName(QStringLiteral("guarantor"));
    m_guarantor->setAccessibleName(tr("Guarantor"));
    for (const GuarantorDebt& d : m_debts)
        m_guarantor->addItem(tr("%1 — owed %2").arg(memberName(names, d.guarantor), moneyText(d.left(), c)),
                             QVariant::fromValue<qlonglong>(d.guarantor));
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amount"));
    m_amountEdit->setAccessibleName(tr("Amount"));
    m_amountEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amountEdit);
    amountLayout->addWidget(new QLabel(toQt(c.symbol), amountRow));
    amountLayout->addStretch();
    amountRow->setFocusProxy(m_amountEdit);

    auto* form = new QFormLayout;
    m_problems.addRow(form, tr("&Guarantor:"), m_guarantor, nullptr, QStringLiteral("guarantor"), this);
    m_problems.addRow(form, tr("&Amount paid:"), m_amountEdit, amountRow, QStringLiteral("amount"), this);
    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("guarantorProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("record"));
    ok->setDefault(true);
    ok->setEnabled(!m_debts.empty());
    connect(ok, &QPushButton::clicked, this, &GuarantorRepayDialog::repay);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    connect(m_guarantor, &QComboBox::currentIndexChanged, this, &GuarantorRepayDialog::guarantorChosen);
    guarantorChosen();
}

MemberId GuarantorRepayDialog::guarantor() const { return m_guarantor->currentData().toLongLong(); }

void GuarantorRepayDialog::guarantorChosen()
{
    for (const GuarantorDebt& d : m_debts)
        if (d.guarantor == guarantor())
            m_amountEdit->setText(plainMoneyText(d.left(), m_session.currency()));
}

void GuarantorRepayDialog::chooseGuarantor(MemberId g)
{
    m_guarantor->setCurrentIndex(m_guarantor->findData(QVariant::fromValue<qlonglong>(g)));
}

void GuarantorRepayDialog::setAmountText(const QString& text) { m_amountEdit->setText(text); }
QString GuarantorRepayDialog::amountText() const { return m_amountEdit->text(); }
QString GuarantorRepayDialog::problems() const { return m_problems.allText({"guarantor", "amount"}, m_general); }

void GuarantorRepayDialog::repay()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<std::int64_t> amount = amountFromText(m_amountEdit->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 5000."));
        m_amountEdit->setFocus();
        return;
    }
    const MemberId g = guarantor();
    if (!m_problems.attempt(m_general, [&] { m_session.book().repayGuarantor(m_loan.id, g, *amount, m_session.actor()); }))
        return;
    m_amount = *amount;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
