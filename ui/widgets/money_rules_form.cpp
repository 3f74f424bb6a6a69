#include "ui/widgets/money_rules_form.h"

#include "ui/convert.h"
#include "ui/rotation_labels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace tontine::ui {

namespace {
// The kinds shared by the fine and the commission: none, an amount, a percentage.
enum Kind { None, Fixed, Percent };

QComboBox* kindBox(const QString& name, const QString& fixedText, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(QCoreApplication::translate("MoneyRulesForm", "None"), int(None));
    box->addItem(fixedText, int(Fixed));
    box->addItem(QCoreApplication::translate("MoneyRulesForm", "A percentage"), int(Percent));
    return box;
}

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    box->setFocusProxy(*widgets.begin());
    return box;
}
} // namespace

MoneyRulesForm::MoneyRulesForm(const Currency& currency, QWidget* parent) : QWidget(parent), m_currency(currency)
{
    const int amountWidth = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12;
    m_fineKind = kindBox(QStringLiteral("lateFineKind"), tr("A fixed amount"), this);
    m_fineKind->setAccessibleName(tr("Late fine"));
    m_fineAmount = new QLineEdit(this);
    m_fineAmount->setObjectName(QStringLiteral("lateFineAmount"));
    m_fineAmount->setAccessibleName(tr("Late fine amount or percentage"));
    m_fineAmount->setFixedWidth(amountWidth);
    m_finePeriod = new QComboBox(this);
    m_finePeriod->setObjectName(QStringLiteral("lateFinePeriod"));
    m_finePeriod->addItem(tr("once per round paid late"), false);
    m_finePeriod->addItem(tr("for each period late"), true);

    m_shortfall = new QComboBox(this);
    m_shortfall->setObjectName(QStringLiteral("shortfall"));
    for (ShortfallRule r : {ShortfallRule::Wait, ShortfallRule::Advance})
        m_shortfall->addItem(shortfallRuleLabel(r), int(r));
    m_leaver = new QComboBox(this);
    m_leaver->setObjectName(QStringLiteral("leaverRefund"));
    for (LeaverRefund r : {LeaverRefund::Return, LeaverRefund::Keep})
        m_leaver->addItem(leaverRefundLabel(r), int(r));

    m_commissionKind = kindBox(QStringLiteral("commissionKind"), tr("A fixed amount per beneficiary"), this);
    m_commissionKind->setAccessibleName(tr("Organiser's commission"));
    m_commissionAmount = new QLineEdit(this);
    m_commissionAmount->setObjectName(QStringLiteral("commissionAmount"));
    m_commissionAmount->setAccessibleName(tr("Commission amount or percentage"));
    m_commissionAmount->setFixedWidth(amountWidth);
    m_commissionSource = new QComboBox(this);
    m_commissionSource->setObjectName(QStringLiteral("commissionSource"));
    m_commissionSource->addItem(tr("taken from the winner's payout"), int(CommissionSource::Winner));
    m_commissionSource->addItem(tr("taken from the pot (the discount first)"), int(CommissionSource::Pot));

    m_fineProblem = FieldProblems::makeLabel(this);
    m_shortfallProblem = FieldProblems::makeLabel(this);
    m_leaverProblem = FieldProblems::makeLabel(this);
    m_commissionProblem = FieldProblems::makeLabel(this);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Late fine:"), FieldProblems::wrap(row(this, {m_fineKind, m_fineAmount, m_finePeriod}), m_fineProblem));
    form->addRow(tr("&Missing contributions at payout:"), FieldProblems::wrap(m_shortfall, m_shortfallProblem));
    form->addRow(tr("A member who &leaves before receiving:"), FieldProblems::wrap(m_leaver, m_leaverProblem));
    form->addRow(tr("Organiser's &commission:"),
                 FieldProblems::wrap(row(this, {m_commissionKind, m_commissionAmount}), m_commissionProblem));
    form->addRow(tr("Commission &taken:"), row(this, {m_commissionSource}));
    auto* help = new QLabel(tr("Amounts in %1; a percentage is typed as a number, e.g. 2.5 for 2.5 %.")
                                .arg(toQt(currency.symbol)),
                            this);
    help->setWordWrap(true);
    form->addRow(help);

    connect(m_fineKind, &QComboBox::currentIndexChanged, this, &MoneyRulesForm::updateEnabled);
    connect(m_commissionKind, &QComboBox::currentIndexChanged, this, &MoneyRulesForm::updateEnabled);
    updateEnabled();
}

void MoneyRulesForm::updateEnabled()
{
    const bool fine = m_fineKind->currentData().toInt() != None;
    m_fineAmount->setEnabled(fine);
    m_finePeriod->setEnabled(fine);
    const bool commission = m_commissionKind->currentData().toInt() != None;
    m_commissionAmount->setEnabled(commission);
    m_commissionSource->setEnabled(commission);
}

bool MoneyRulesForm::apply(RotationSpec& spec, FieldProblems& problems) const
{
    bool ok = true;
    // An amount or basis points, by the kind chosen; false when the text is neither.
    auto read = [&](int kind, const QLineEdit* edit, std::int64_t& amount, std::int64_t& basisPoints,
                    const QString& field) {
        amount = 0;
        basisPoints = 0;
        if (kind == None)
            return;
        if (kind == Fixed) {
            if (auto v = amountFromText(edit->text(), m_currency))
                amount = *v;
            else {
                problems.showOne(field, tr("Type an amount, e.g. 500."));
                ok = false;
            }
        } else if (auto v = basisPointsFromText(edit->text())) {
            basisPoints = *v;
        } else {
            problems.showOne(field, tr("Type a percentage, e.g. 2.5."));
            ok = false;
        }
    };
    const int fineKind = m_fineKind->currentData().toInt();
    spec.lateFine.kind = static_cast<FineRule::Kind>(fineKind);
    spec.lateFine.perPeriod = m_finePeriod->currentData().toBool();
    read(fineKind, m_fineAmount, spec.lateFine.amount, spec.lateFine.basisPoints, QStringLiteral("lateFine"));
    const int commissionKind = m_commissionKind->currentData().toInt();
    spec.commission.kind = static_cast<CommissionRule::Kind>(commissionKind);
    spec.commission.source = static_cast<CommissionSource>(m_commissionSource->currentData().toInt());
    read(commissionKind, m_commissionAmount, spec.commission.amount, spec.commission.basisPoints,
         QStringLiteral("commission"));
    spec.shortfall = static_cast<ShortfallRule>(m_shortfall->currentData().toInt());
    spec.leaverRefund = static_cast<LeaverRefund>(m_leaver->currentData().toInt());
    return ok;
}

void MoneyRulesForm::addProblemSlots(FieldProblems& problems)
{
    problems.add(QStringLiteral("lateFine"), m_fineAmount, m_fineProblem);
    problems.add(QStringLiteral("shortfall"), m_shortfall, m_shortfallProblem);
    problems.add(QStringLiteral("leaverRefund"), m_leaver, m_leaverProblem);
    problems.add(QStringLiteral("commission"), m_commissionAmount, m_commissionProblem);
}

} // namespace tontine::ui
