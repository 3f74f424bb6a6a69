#include "ui/dialogs/savings_cycle_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/savings_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

namespace {
// The usual cycle: a year, ending the day before the same date next year.
QDate defaultEnd(const QDate& start) { return start.addYears(1).addDays(-1); }

QDateEdit* makeDateEdit(const QDate& date, const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    return edit;
}
} // namespace

SavingsCycleDialog::SavingsCycleDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New savings cycle"));
    setAccessibleName(windowTitle());
    const Currency& currency = session.currency();
    const QDate start = toQDate(session.actor().date);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    // "Cycle 2026", or "Cycle 2026-2027" for a cycle that runs across the new year.
    const int endYear = defaultEnd(start).year();
    m_name->setText(endYear == start.year() ? tr("Cycle %1").arg(start.year())
                                            : tr("Cycle %1-%2").arg(start.year()).arg(endYear));
    m_start = makeDateEdit(start, QStringLiteral("start"), this);
    m_end = makeDateEdit(defaultEnd(start), QStringLiteral("end"), this);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("sharePrice"));
    m_price->setPlaceholderText(tr("e.g. %1").arg(plainMoneyText(500 * minorPerMajor(currency), currency)));
    m_price->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_minShares = new QSpinBox(this);
    m_minShares->setObjectName(QStringLiteral("minShares"));
    m_minShares->setRange(0, 100);
    m_minShares->setValue(1);
    m_maxShares = new QSpinBox(this);
    m_maxShares->setObjectName(QStringLiteral("maxShares"));
    m_maxShares->setRange(0, 100);
    m_maxShares->setValue(5);
    m_voluntary = new QCheckBox(tr("Members may also save free amounts (&voluntary savings)"), this);
    m_voluntary->setObjectName(QStringLiteral("voluntaryAllowed"));
    m_withdrawals = new QCheckBox(tr("Members may &withdraw before the share-out (within what is free)"), this);
    m_withdrawals->setObjectName(QStringLiteral("withdrawalsAllowed"));
    m_loanRule = new QComboBox(this);
    m_loanRule->setObjectName(QStringLiteral("loanRule"));
    for (LoanAtShareOut rule : {LoanAtShareOut::NetOff, LoanAtShareOut::RepayFirst})
        m_loanRule->addItem(loanAtShareOutLabel(rule), QVariant::fromValue(int(rule)));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto withText = [this](QWidget* editor, const QString& text) {
        auto* box = new QWidget(this);
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor);
        layout->addWidget(new QLabel(text, box), 1);
        box->setFocusProxy(editor);
        return box;
    };
    auto* box = new QVBoxLayout(this);
    box->addLayout(form);
    auto add = [&](const QString& label, QWidget* editor, QWidget* shown, const QStringList& fields) {
        auto* problem = FieldProblems::makeLabel(this);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(editor);
        form->addRow(caption, FieldProblems::wrap(shown ? shown : editor, problem));
        editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        for (const QString& f : fields)
            m_problems.add(f, editor, problem);
    };
    add(tr("&Name:"), m_name, nullptr, {QStringLiteral("name")});
    add(tr("&Starts on:"), m_start, nullptr, {QStringLiteral("start")});
    add(tr("&Share-out planned on:"), m_end, withText(m_end, tr("the end of the cycle")), {QStringLiteral("end")});
    add(tr("Share &price:"), m_price, withText(m_price, tr("%1, fixed for the whole cycle").arg(toQt(currency.symbol))),
        {QStringLiteral("sharePrice")});
    add(tr("Mi&nimum shares:"), m_minShares,
        withText(m_minShares, tr("per member per meeting (0: buying is optional)")), {QStringLiteral("minShares")});
    add(tr("Ma&ximum shares:"), m_maxShares, withText(m_maxShares, tr("per member per meeting, at most 100")),
        {QStringLiteral("maxShares")});
    add(tr("Voluntary savings:"), m_voluntary, nullptr, {QStringLiteral("voluntaryAllowed")});
    add(tr("Withdrawals:"), m_withdrawals, nullptr, {QStringLiteral("withdrawalsAllowed")});
    add(tr("&Loans at share-out:"), m_loanRule, nullptr, {QStringLiteral("loanRule")});

    // The end follows the start until the treasurer picks one.
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_endEdited) {
            QSignalBlocker block(m_end);
            m_end->setDate(defaultEnd(date));
        }
    });
    connect(m_end, &QDateEdit::dateChanged, this, [this] { m_endEdited = true; });

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("cycleProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create the cycle"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SavingsCycleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    box->addWidget(m_general);
    box->addStretch();
    box->addWidget(buttons);
    m_price->setFocus();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 46);
}

QString SavingsCycleDialog::generalProblem() const { return m_general->isHidden() ? QString() : m_general->text(); }

bool SavingsCycleDialog::buildCycle(SavingsCycle& cycle)
{
    cycle.name = toStd(m_name->text().trimmed());
    cycle.start = toDate(m_start->date());
    cycle.end = toDate(m_end->date());
    cycle.minShares = m_minShares->value();
    cycle.maxShares = m_maxShares->value();
    cycle.voluntaryAllowed = m_voluntary->isChecked();
    cycle.withdrawalsAllowed = m_withdrawals->isChecked();
    cycle.loanRule = LoanAtShareOut(m_loanRule->currentData().toInt());
    const QString price = m_price->text().trimmed();
    if (price.isEmpty()) {
        cycle.sharePrice = 0; // core says a price is needed
        return true;
    }
    if (auto amount = amountFromText(price, m_session.currency())) {
        cycle.sharePrice = *amount;
        return true;
    }
    m_problems.showOne(QStringLiteral("sharePrice"), tr("Type an amount, e.g. 500."));
    growToFit();
    return false;
}

void SavingsCycleDialog::growToFit()
{
    // A problem shown under a field needs room: grow instead of squeezing the fields.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

void SavingsCycleDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    SavingsCycle cycle;
    if (!buildCycle(cycle))
        return;
    // The same check Book makes, first, so every field's problem shows at once.
    const Problems problems = validateSavingsCycle(cycle, m_session.book().settings().roundingUnit);
    if (!problems.empty()) {
        const QStringList rest = m_problems.show(problems);
        if (!rest.isEmpty()) {
            m_general->setText(QStringLiteral("⚠ ") + rest.join(QLatin1Char('\n')));
            m_general->setVisible(true);
        }
        growToFit();
        return;
    }
    if (!m_problems.attempt(m_general, [&] { m_created = m_session.book().createSavingsCycle(cycle, m_session.actor()); })) {
        growToFit();
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
