#include "ui/dialogs/call_guarantee_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/loan_form_labels.h"
#include "ui/loan_labels.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/custom_lines_editor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tontine::ui {

CallGuaranteeDialog::CallGuaranteeDialog(Session& session, const GroupGuarantee& guarantee, QWidget* parent)
    : QDialog(parent), m_session(session), m_guarantee(guarantee)
{
    setWindowTitle(tr("Call the group guarantee"));
    const Currency& c = session.currency();
    const MemberNames names = memberNames(session.book().members());
    for (const LoanProduct& p : session.book().loanProducts())
        if (p.active)
            m_products.push_back(p);

    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(tr("<b>Guarantee #%1: %2 at %3, up to %4.</b><br>The group pays the supplier from the cash "
                            "box at the open meeting; the amount becomes a loan to %5 on the product's terms.")
                             .arg(guarantee.id)
                             .arg(memberName(names, guarantee.member).toHtmlEscaped(),
                                  toQt(guarantee.supplier).toHtmlEscaped(), moneyText(guarantee.amount, c),
                                  memberName(names, guarantee.member).toHtmlEscaped()));
    m_amount = new QLineEdit(plainMoneyText(guarantee.amount, c), this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount paid to the supplier"));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(new QLabel(toQt(c.symbol), amountRow));
    amountLayout->addStretch();
    amountRow->setFocusProxy(m_amount);
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setAccessibleName(tr("Loan product"));
    for (const LoanProduct& p : m_products)
        m_product->addItem(toQt(p.name), QVariant::fromValue<qlonglong>(p.id));
    m_productTerms = new QLabel(this);
    m_productTerms->setWordWrap(true);
    m_term = new QSpinBox(this);
    m_term->setObjectName(QStringLiteral("term"));
    m_term->setAccessibleName(tr("Term in months"));
    m_term->setRange(1, 120);
    m_term->setSuffix(tr(" months"));
    m_custom = new CustomLinesEditor(c, this);
    m_custom->setStart(session.actor().date);

    auto* form = new QFormLayout;
    m_problems.addRow(form, tr("&Amount:"), m_amount, amountRow, QStringLiteral("amount"), this);
    m_problems.addRow(form, tr("Loan &product:"), m_product, nullptr, QStringLiteral("product"), this);
    form->addRow(QString(), m_productTerms);
    m_problems.addRow(form, tr("&Term:"), m_term, nullptr, QStringLiteral("termMonths"), this);
    m_problems.addRow(form, tr("&Custom lines:"), m_custom, nullptr, QStringLiteral("custom"), this);

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("callProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Pay and make it a loan"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("call"));
    ok->setDefault(true);
    ok->setEnabled(!m_products.empty());
    if (m_products.empty())
        m_productTerms->setText(tr("No active loan product: add one on the Settings page first."));
    connect(ok, &QPushButton::clicked, this, &CallGuaranteeDialog::call);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
    connect(m_product, &QComboBox::currentIndexChanged, this, &CallGuaranteeDialog::productChosen);
    productChosen();
}

void CallGuaranteeDialog::productChosen()
{
    const int i = m_product->currentIndex();
    if (i < 0 || i >= int(m_products.size()))
        return;
    const LoanProduct& p = m_products[std::size_t(i)];
    m_productTerms->setText(productTermsText(p, m_session.currency()));
    const bool custom = p.method == LoanMethod::Custom;
    m_term->setEnabled(!custom);
    m_custom->setEnabled(custom);
    m_term->setValue(p.minTermMonths);
}

void CallGuaranteeDialog::setAmountText(const QString& text) { m_amount->setText(text); }
QString CallGuaranteeDialog::amountText() const { return m_amount->text(); }
void CallGuaranteeDialog::chooseProduct(LoanProductId product)
{
    m_product->setCurrentIndex(m_product->findData(QVariant::fromValue<qlonglong>(product)));
}
void CallGuaranteeDialog::setTerm(int months) { m_term->setValue(months); }
void CallGuaranteeDialog::setCustomLines(const std::vector<CustomInstalment>& lines) { m_custom->setLines(lines); }

QString CallGuaranteeDialog::problems() const
{
    return m_problems.allText({"amount", "product", "termMonths", "custom"}, m_general);
}

void CallGuaranteeDialog::call()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<std::int64_t> amount = amountFromText(m_amount->text(), m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 150000."));
        m_amount->setFocus();
        return;
    }
    const bool custom = m_custom->isEnabled();
    std::vector<CustomInstalment> lines;
    int unreadable = 0;
    if (custom && !m_custom->read(lines, &unreadable)) {
        m_problems.showOne(QStringLiteral("custom"), tr("Line %1: the principal is not an amount.").arg(unreadable));
        return;
    }
    const LoanProductId product = m_product->currentData().toLongLong();
    const int term = custom ? 0 : m_term->value();
    if (!m_problems.attempt(m_general, [&] {
            m_loan = m_session.book().callGuarantee(m_guarantee.id, *amount, product, term, lines, m_session.actor());
        }))
        return;
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
