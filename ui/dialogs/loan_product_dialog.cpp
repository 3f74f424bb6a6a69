#include "ui/dialogs/loan_product_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/loan_form_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
QWidget* withText(QWidget* editor, const QString& text, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor);
    auto* label = new QLabel(text, box);
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    box->setFocusProxy(editor);
    return box;
}
} // namespace

LoanProductDialog::LoanProductDialog(Session& session, LoanProductId id, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(id)
{
    setWindowTitle(id == 0 ? tr("New loan product") : tr("Edit loan product"));
    setAccessibleName(windowTitle());
    const Currency& c = session.currency();
    const QString symbol = toQt(c.symbol);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Ordinary loan, Harvest loan"));
    m_rate = numberEdit(QStringLiteral("rateBasisPoints"), 8);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (LoanMethod m : loanMethods())
        m_method->addItem(methodOptionLabel(m), int(m));
    // Core says which terms are allowed; the boxes only keep the typing to numbers.
    m_minTerm = spinBox(QStringLiteral("minTermMonths"), 0, 999);
    m_maxTerm = spinBox(QStringLiteral("maxTermMonths"), 0, 999);
    m_multiple = spinBox(QStringLiteral("savingsMultiplePercent"), 0, 99999);
    m_multiple->setSingleStep(50);
    m_maxAmount = numberEdit(QStringLiteral("maxAmount"), 14);
    m_guarantors = spinBox(QStringLiteral("guarantorsRequired"), 0, 99);
    m_pledge = numberEdit(QStringLiteral("pledgeBasisPoints"), 8);

    m_penaltyKind = new QComboBox(this);
    m_penaltyKind->setObjectName(QStringLiteral("penalty.kind"));
    for (PenaltyRule::Kind k : {PenaltyRule::Kind::None, PenaltyRule::Kind::Fixed, PenaltyRule::Kind::Percent})
        m_penaltyKind->addItem(penaltyOptionLabel(k), int(k));
    m_penaltyAmount = numberEdit(QStringLiteral("penalty.amount"), 14);
    m_penaltyPercent = numberEdit(QStringLiteral("penalty.basisPoints"), 8);
    m_penaltyRepeat = new QComboBox(this);
    m_penaltyRepeat->setObjectName(QStringLiteral("penalty.perPeriod"));
    m_penaltyRepeat->addItem(tr("Once per late instalment"), false);
    m_penaltyRepeat->addItem(tr("Again for every period it stays late"), true);
    m_periodDays = spinBox(QStringLiteral("penalty.periodDays"), 0, 9999);
    m_graceDays = spinBox(QStringLiteral("penalty.graceDays"), 0, 9999);
    m_topUp = new QCheckBox(tr("A &top-up may be asked once enough is repaid"), this);
    m_topUp->setObjectName(QStringLiteral("topUpAllowed"));
    m_topUpPercent = spinBox(QStringLiteral("topUpMinRepaidPercent"), 0, 999);
    m_active = new QCheckBox(tr("&Active: takes new loan requests"), this);
    m_active->setObjectName(QStringLiteral("active"));

    auto* terms = new QGroupBox(tr("Terms"), this);
    auto* termsForm = new QFormLayout(terms);
    auto* late = new QGroupBox(tr("Late instalments, top-ups"), this);
    auto* lateForm = new QFormLayout(late);
    auto add = [&](QFormLayout* form, const QString& label, QWidget* editor, QWidget* shown, const QString& field) {
        m_problems.addRow(form, label, editor, shown, field, this);
        editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    add(termsForm, tr("&Name:"), m_name, nullptr, QStringLiteral("name"));
    add(termsForm, tr("&Interest:"), m_rate, withText(m_rate, tr("% a month (e.g. 1 or 1.5)"), terms),
        QStringLiteral("rateBasisPoints"));
    add(termsForm, tr("&Schedule:"), m_method, nullptr, QStringLiteral("method"));
    add(termsForm, tr("Sh&ortest term:"), m_minTerm, withText(m_minTerm, tr("month(s)"), terms),
        QStringLiteral("minTermMonths"));
    add(termsForm, tr("&Longest term:"), m_maxTerm,
        withText(m_maxTerm, tr("month(s); custom dates end within it"), terms), QStringLiteral("maxTermMonths"));
    add(termsForm, tr("Largest loan, by &savings:"), m_multiple,
        withText(m_multiple, tr("% of the borrower's savings (300 = 3 times; 0: no such limit)"), terms),
        QStringLiteral("savingsMultiplePercent"));
    add(termsForm, tr("Largest loan, &amount:"), m_maxAmount, withText(m_maxAmount, tr("%1 (0: no cap)").arg(symbol), terms),
        QStringLiteral("maxAmount"));
    add(termsForm, tr("&Guarantors:"), m_guarantors, withText(m_guarantors, tr("required (0 to 10)"), terms),
        QStringLiteral("guarantorsRequired"));
    add(termsForm, tr("&Pledge of each:"), m_pledge, withText(m_pledge, tr("% of the amount lent, at least"), terms),
        QStringLiteral("pledgeBasisPoints"));
    add(lateForm, tr("P&enalty:"), m_penaltyKind, nullptr, QStringLiteral("penalty.kind"));
    add(lateForm, tr("Penalty a&mount:"), m_penaltyAmount, withText(m_penaltyAmount, symbol, late),
        QStringLiteral("penalty.amount"));
    add(lateForm, tr("Penalty pe&rcent:"), m_penaltyPercent,
        withText(m_penaltyPercent, tr("% of the instalment"), late), QStringLiteral("penalty.basisPoints"));
    add(lateForm, tr("C&harged:"), m_penaltyRepeat, nullptr, QStringLiteral("penalty.perPeriod"));
    add(lateForm, tr("Perio&d:"), m_periodDays, withText(m_periodDays, tr("days"), late),
        QStringLiteral("penalty.periodDays"));
    add(lateForm, tr("G&race:"), m_graceDays, withText(m_graceDays, tr("days after the due date"), late),
        QStringLiteral("penalty.graceDays"));
    add(lateForm, tr("Top-up:"), m_topUp, nullptr, QStringLiteral("topUpAllowed"));
    add(lateForm, tr("Top-up a&fter:"), m_topUpPercent, withText(m_topUpPercent, tr("% of the principal repaid"), late),
        QStringLiteral("topUpMinRepaidPercent"));
    add(lateForm, tr("Status:"), m_active, nullptr, QStringLiteral("active"));

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("productProblems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save the product"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoanProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(terms, 1);
    columns->addWidget(late, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Loans already requested keep the terms they were requested with."), this));
    layout->addLayout(columns);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);

    LoanProduct product; // core's defaults for a new one
    if (id != 0)
        for (const LoanProduct& p : session.book().loanProducts())
            if (p.id == id)
                product = p;
    load(product);
    connect(m_penaltyKind, &QComboBox::currentIndexChanged, this, &LoanProductDialog::updateEnabled);
    connect(m_penaltyRepeat, &QComboBox::currentIndexChanged, this, &LoanProductDialog::updateEnabled);
    connect(m_topUp, &QCheckBox::toggled, this, &LoanProductDialog::updateEnabled);
    updateEnabled();
    m_name->setFocus();
}

QLineEdit* LoanProductDialog::numberEdit(const QString& name, int digits)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * (digits + 2));
    return edit;
}

QSpinBox* LoanProductDialog::spinBox(const QString& name, int min, int max)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    return box;
}

void LoanProductDialog::load(const LoanProduct& p)
{
    const Currency& c = m_session.currency();
    m_name->setText(toQt(p.name));
    m_rate->setText(percentText(p.rateBasisPoints));
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(p.method))));
    m_minTerm->setValue(p.minTermMonths);
    m_maxTerm->setValue(p.maxTermMonths);
    m_multiple->setValue(p.savingsMultiplePercent);
    m_maxAmount->setText(plainMoneyText(p.maxAmount, c));
    m_guarantors->setValue(p.guarantorsRequired);
    m_pledge->setText(percentText(p.pledgeBasisPoints));
    m_penaltyKind->setCurrentIndex(std::max(0, m_penaltyKind->findData(int(p.penalty.kind))));
    m_penaltyAmount->setText(plainMoneyText(p.penalty.amount, c));
    m_penaltyPercent->setText(percentText(p.penalty.basisPoints));
    m_penaltyRepeat->setCurrentIndex(p.penalty.perPeriod ? 1 : 0);
    m_periodDays->setValue(p.penalty.periodDays);
    m_graceDays->setValue(p.penalty.graceDays);
    m_topUp->setChecked(p.topUpAllowed);
    m_topUpPercent->setValue(p.topUpMinRepaidPercent);
    m_active->setChecked(p.active);
}

void LoanProductDialog::updateEnabled()
{
    const auto kind = PenaltyRule::Kind(m_penaltyKind->currentData().toInt());
    const bool penalty = kind != PenaltyRule::Kind::None;
    m_penaltyAmount->setEnabled(kind == PenaltyRule::Kind::Fixed);
    m_penaltyPercent->setEnabled(kind == PenaltyRule::Kind::Percent);
    m_penaltyRepeat->setEnabled(penalty);
    m_periodDays->setEnabled(penalty && m_penaltyRepeat->currentData().toBool());
    m_graceDays->setEnabled(penalty);
    m_topUpPercent->setEnabled(m_topUp->isChecked());
}

std::optional<LoanProduct> LoanProductDialog::typedProduct()
{
    const Currency& c = m_session.currency();
    LoanProduct p;
    p.id = m_id;
    bool typed = true;
    auto fail = [&](const QString& field, QWidget* editor, const QString& text) {
        m_problems.showOne(field, text);
        if (typed)
            editor->setFocus();
        typed = false;
    };
    auto percent = [&](QLineEdit* edit, const QString& field, int& into) {
        const QString text = edit->text().trimmed();
        const std::optional<std::int64_t> bp = basisPointsFromText(text.isEmpty() ? QStringLiteral("0") : text);
        if (!bp)
            return fail(field, edit, tr("Type a percentage with at most two decimals, e.g. 1.5."));
        into = int(*bp);
    };
    auto amount = [&](QLineEdit* edit, const QString& field, std::int64_t& into) {
        const QString text = edit->text().trimmed();
        const std::optional<std::int64_t> minor = amountFromText(text.isEmpty() ? QStringLiteral("0") : text, c);
        if (!minor)
            return fail(field, edit, tr("Type an amount, e.g. 500 (0 for none)."));
        into = *minor;
    };
    p.name = toStd(m_name->text().trimmed());
    percent(m_rate, QStringLiteral("rateBasisPoints"), p.rateBasisPoints);
    p.method = LoanMethod(m_method->currentData().toInt());
    p.minTermMonths = m_minTerm->value();
    p.maxTermMonths = m_maxTerm->value();
    p.savingsMultiplePercent = m_multiple->value();
    amount(m_maxAmount, QStringLiteral("maxAmount"), p.maxAmount);
    p.guarantorsRequired = m_guarantors->value();
    percent(m_pledge, QStringLiteral("pledgeBasisPoints"), p.pledgeBasisPoints);
    p.penalty.kind = PenaltyRule::Kind(m_penaltyKind->currentData().toInt());
    // Only the field of the kind chosen is read (the other is greyed and stays 0).
    if (p.penalty.kind == PenaltyRule::Kind::Fixed)
        amount(m_penaltyAmount, QStringLiteral("penalty.amount"), p.penalty.amount);
    if (p.penalty.kind == PenaltyRule::Kind::Percent)
        percent(m_penaltyPercent, QStringLiteral("penalty.basisPoints"), p.penalty.basisPoints);
    p.penalty.perPeriod = m_penaltyRepeat->currentData().toBool();
    p.penalty.periodDays = m_periodDays->value();
    p.penalty.graceDays = m_graceDays->value();
    p.topUpAllowed = m_topUp->isChecked();
    p.topUpMinRepaidPercent = m_topUpPercent->value();
    p.active = m_active->isChecked();
    if (!typed)
        return std::nullopt;
    return p;
}

QString LoanProductDialog::generalProblem() const { return m_general->isHidden() ? QString() : m_general->text(); }

QString LoanProductDialog::problems() const
{
    return m_problems.allText({"name", "rateBasisPoints", "method", "minTermMonths", "maxTermMonths",
                               "savingsMultiplePercent", "maxAmount", "guarantorsRequired", "pledgeBasisPoints",
                               "penalty.kind", "penalty.amount", "penalty.basisPoints", "penalty.perPeriod",
                               "penalty.periodDays", "penalty.graceDays", "topUpAllowed", "topUpMinRepaidPercent",
                               "active"},
                              m_general);
}

void LoanProductDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<LoanProduct> product = typedProduct();
    if (!product)
        return;
    if (!m_problems.attempt(m_general, [&] { m_saved = m_session.book().saveLoanProduct(*product, m_session.actor()); })) {
        layout()->activate();
        resize(width(), std::max(height(), sizeHint().height()));
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

void LoanProductDialog::setName(const QString& name) { m_name->setText(name); }
void LoanProductDialog::setRateText(const QString& percent) { m_rate->setText(percent); }
void LoanProductDialog::setMethod(LoanMethod method) { m_method->setCurrentIndex(m_method->findData(int(method))); }
void LoanProductDialog::setTerms(int minMonths, int maxMonths)
{
    m_minTerm->setValue(minMonths);
    m_maxTerm->setValue(maxMonths);
}
void LoanProductDialog::setSavingsMultiple(int percent) { m_multiple->setValue(percent); }
void LoanProductDialog::setMaxAmountText(const QString& amount) { m_maxAmount->setText(amount); }
void LoanProductDialog::setGuarantors(int count, const QString& pledgePercent)
{
    m_guarantors->setValue(count);
    m_pledge->setText(pledgePercent);
}
void LoanProductDialog::setPenalty(PenaltyRule::Kind kind, const QString& amountOrPercent, bool perPeriod, int periodDays,
                                   int graceDays)
{
    m_penaltyKind->setCurrentIndex(m_penaltyKind->findData(int(kind)));
    if (kind == PenaltyRule::Kind::Fixed)
        m_penaltyAmount->setText(amountOrPercent);
    if (kind == PenaltyRule::Kind::Percent)
        m_penaltyPercent->setText(amountOrPercent);
    m_penaltyRepeat->setCurrentIndex(perPeriod ? 1 : 0);
    m_periodDays->setValue(periodDays);
    m_graceDays->setValue(graceDays);
}
void LoanProductDialog::setTopUp(bool allowed, int minRepaidPercent)
{
    m_topUp->setChecked(allowed);
    m_topUpPercent->setValue(minRepaidPercent);
}
void LoanProductDialog::setActive(bool active) { m_active->setChecked(active); }

} // namespace tontine::ui
