#include "ui/widgets/share_out_options_form.h"

#include "ui/convert.h"
#include "ui/social_labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace tontine::ui {

ShareOutOptionsForm::ShareOutOptionsForm(const Currency& currency, QWidget* parent)
    : QGroupBox(tr("The group's choices"), parent), m_currency(currency)
{
    setObjectName(QStringLiteral("shareOutOptions"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setAccessibleName(tr("Rule"));
    for (ShareOutRule r : {ShareOutRule::Standard, ShareOutRule::TimeWeighted})
        m_rule->addItem(shareOutRuleLabel(r), int(r));
    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("basis"));
    m_basis->setAccessibleName(tr("Basis"));
    for (ShareOutBasis b : {ShareOutBasis::Books, ShareOutBasis::Counted})
        m_basis->addItem(shareOutBasisLabel(b), int(b));
    const int amountWidth = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14;
    m_counted = new QLineEdit(this);
    m_counted->setObjectName(QStringLiteral("countedCash"));
    m_counted->setAccessibleName(tr("Cash counted"));
    m_counted->setMaximumWidth(amountWidth);
    m_counted->setPlaceholderText(tr("cash in the box"));
    m_keptBack = new QLineEdit(QStringLiteral("0"), this);
    m_keptBack->setObjectName(QStringLiteral("keptBack"));
    m_keptBack->setAccessibleName(tr("Kept back"));
    m_keptBack->setMaximumWidth(amountWidth);
    m_keptBackNote = new QLineEdit(this);
    m_keptBackNote->setObjectName(QStringLiteral("keptBackNote"));
    m_keptBackNote->setAccessibleName(tr("Why it is kept back"));
    m_keptBackNote->setPlaceholderText(tr("why, e.g. to start the next cycle"));

    auto* ruleLabel = new QLabel(tr("&Rule:"), this);
    ruleLabel->setBuddy(m_rule);
    form->addRow(ruleLabel, m_rule);

    auto* basisRow = new QWidget(this);
    auto* basisLayout = new QHBoxLayout(basisRow);
    basisLayout->setContentsMargins(0, 0, 0, 0);
    basisLayout->addWidget(m_basis);
    auto* countedLabel = new QLabel(tr("C&ounted:"), basisRow);
    countedLabel->setBuddy(m_counted);
    basisLayout->addWidget(countedLabel);
    basisLayout->addWidget(m_counted);
    basisLayout->addWidget(new QLabel(toQt(currency.symbol), basisRow));
    basisLayout->addStretch();
    basisRow->setFocusProxy(m_basis);
    auto* countedProblem = FieldProblems::makeLabel(this);
    auto* basisLabel = new QLabel(tr("&Basis:"), this);
    basisLabel->setBuddy(m_basis);
    form->addRow(basisLabel, FieldProblems::wrap(basisRow, countedProblem));
    m_problems.add(QStringLiteral("countedCash"), m_counted, countedProblem);

    auto* keptRow = new QWidget(this);
    auto* keptLayout = new QHBoxLayout(keptRow);
    keptLayout->setContentsMargins(0, 0, 0, 0);
    keptLayout->addWidget(m_keptBack);
    keptLayout->addWidget(new QLabel(toQt(currency.symbol), keptRow));
    keptLayout->addWidget(m_keptBackNote, 1);
    keptRow->setFocusProxy(m_keptBack);
    auto* keptProblem = FieldProblems::makeLabel(this);
    auto* keptLabel = new QLabel(tr("&Kept back:"), this);
    keptLabel->setBuddy(m_keptBack);
    form->addRow(keptLabel, FieldProblems::wrap(keptRow, keptProblem));
    m_problems.add(QStringLiteral("keptBack"), m_keptBack, keptProblem);

    connect(m_rule, &QComboBox::currentIndexChanged, this, &ShareOutOptionsForm::changed);
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    // Amounts count once typed and left, not at every key: each change previews again.
    for (QLineEdit* edit : {m_counted, m_keptBack, m_keptBackNote})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->isModified()) {
                edit->setModified(false);
                emit changed();
            }
        });
    updateEnabled();
}

void ShareOutOptionsForm::updateEnabled()
{
    m_counted->setEnabled(ShareOutBasis(m_basis->currentData().toInt()) == ShareOutBasis::Counted);
}

ShareOutOptions ShareOutOptionsForm::options() const
{
    ShareOutOptions o;
    o.rule = ShareOutRule(m_rule->currentData().toInt());
    o.basis = ShareOutBasis(m_basis->currentData().toInt());
    if (o.basis == ShareOutBasis::Counted && !m_counted->text().trimmed().isEmpty())
        o.countedCash = amountFromText(m_counted->text(), m_currency);
    const QString kept = m_keptBack->text().trimmed();
    o.keptBack = amountFromText(kept.isEmpty() ? QStringLiteral("0") : kept, m_currency).value_or(0);
    o.keptBackNote = toStd(m_keptBackNote->text().trimmed());
    return o;
}

bool ShareOutOptionsForm::readable()
{
    m_problems.clear();
    bool ok = true;
    const bool counted = ShareOutBasis(m_basis->currentData().toInt()) == ShareOutBasis::Counted;
    if (counted && !m_counted->text().trimmed().isEmpty() && !amountFromText(m_counted->text(), m_currency)) {
        m_problems.showOne(QStringLiteral("countedCash"), tr("Type the cash counted in the box, e.g. 412500."));
        ok = false;
    }
    const QString kept = m_keptBack->text().trimmed();
    if (!kept.isEmpty() && !amountFromText(kept, m_currency)) {
        m_problems.showOne(QStringLiteral("keptBack"), tr("Type an amount, e.g. 5000 (0 for nothing kept back)."));
        ok = false;
    }
    return ok;
}

void ShareOutOptionsForm::showChoices(const ShareOutPlan& plan)
{
    const QSignalBlocker r(m_rule), b(m_basis);
    m_problems.clear();
    setRule(plan.result.rule);
    setBasis(plan.fund.basis);
    m_counted->setText(plan.fund.cashCounted ? plainMoneyText(*plan.fund.cashCounted, m_currency) : QString());
    m_keptBack->setText(plainMoneyText(plan.fund.keptBack, m_currency));
    m_keptBackNote->setText(toQt(plan.keptBackNote));
    updateEnabled();
}

void ShareOutOptionsForm::setRule(ShareOutRule rule) { m_rule->setCurrentIndex(m_rule->findData(int(rule))); }
void ShareOutOptionsForm::setBasis(ShareOutBasis basis) { m_basis->setCurrentIndex(m_basis->findData(int(basis))); }

void ShareOutOptionsForm::setCountedCash(const QString& text)
{
    m_counted->setText(text);
    emit changed();
}

void ShareOutOptionsForm::setKeptBack(const QString& amount, const QString& note)
{
    m_keptBack->setText(amount);
    m_keptBackNote->setText(note);
    emit changed();
}

} // namespace tontine::ui
