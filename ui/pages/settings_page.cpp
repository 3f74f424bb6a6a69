#include "ui/pages/settings_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/loan_product_dialog.h"
#include "ui/dialogs/loan_rules_dialog.h"
#include "ui/dialogs/operator_dialog.h"
#include "ui/labels.h"
#include "ui/loan_form_labels.h"
#include "ui/widgets/meeting_rules_box.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tontine::ui {

SettingsPage::SettingsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings")), this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_currency = new QLabel(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rounding = new QLineEdit(this);
    m_rounding->setObjectName(QStringLiteral("roundingUnit"));
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    for (MeetingFrequency f : {MeetingFrequency::Weekly, MeetingFrequency::Fortnightly, MeetingFrequency::Monthly})
        m_frequency->addItem(frequencyLabel(f), toQt(frequencyCode(f)));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString& code : languageCodes())
        m_language->addItem(languageLabel(toStd(code)), code);
    m_backupKeep = new QSpinBox(this);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 100);

    auto* fundBox = new QGroupBox(tr("Fund"), this);
    auto* form = new QFormLayout(fundBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_name->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    m_rounding->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    auto addRow = [&](const QString& label, QWidget* editor, const QString& field, QWidget* row = nullptr) {
        auto* caption = new QLabel(label, fundBox);
        caption->setBuddy(editor);
        editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto* problem = FieldProblems::makeLabel(fundBox);
        form->addRow(caption, FieldProblems::wrap(row ? row : editor, problem));
        if (!field.isEmpty())
            m_problems.add(field, editor, problem);
    };
    addRow(tr("Fund &name:"), m_name, QStringLiteral("name"));
    addRow(tr("Currency:"), m_currency, QStringLiteral("currencyCode"));
    // The rounding unit is typed as an amount, followed by the currency's symbol.
    auto* roundingRow = new QWidget(fundBox);
    auto* roundingLayout = new QHBoxLayout(roundingRow);
    roundingLayout->setContentsMargins(0, 0, 0, 0);
    roundingLayout->addWidget(m_rounding);
    m_roundingSymbol = new QLabel(roundingRow);
    roundingLayout->addWidget(m_roundingSymbol);
    roundingLayout->addStretch();
    roundingRow->setFocusProxy(m_rounding);
    addRow(tr("&Round amounts to:"), m_rounding, QStringLiteral("roundingUnit"), roundingRow);
    addRow(tr("&Meetings:"), m_frequency, QStringLiteral("frequency"));
    addRow(tr("&Language:"), m_language, QStringLiteral("language"));
    addRow(tr("&Backups kept:"), m_backupKeep, QStringLiteral("backupKeep"));

    m_general = FieldProblems::makeLabel(this);
    m_saved = new QLabel(this);
    auto* saveButton = new QPushButton(tr("&Save settings"), this);
    auto* revertButton = new QPushButton(tr("Re&vert"), this);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(revertButton, &QPushButton::clicked, this, &SettingsPage::reload);
    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, &SettingsPage::save);
    addAction(saveAction);
    saveButton->setToolTip(tr("Save settings (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    // Enter in a field saves, as in a dialog.
    for (QLineEdit* edit : {m_name, m_rounding})
        connect(edit, &QLineEdit::returnPressed, this, &SettingsPage::save);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(saveButton);
    saveRow->addWidget(revertButton);
    saveRow->addWidget(m_saved, 1);
    form->addRow(m_general);
    form->addRow(saveRow);

    auto* operatorsBox = new QGroupBox(tr("Operators"), this);
    m_operators = new QTableWidget(0, 3, operatorsBox);
    m_operators->setObjectName(QStringLiteral("operators"));
    m_operators->setAccessibleName(tr("Operators"));
    m_operators->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Status")});
    m_operators->verticalHeader()->setVisible(false);
    m_operators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operators->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operators->setTabKeyNavigation(false);
    m_operators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* addOperatorButton = new QPushButton(tr("Add &operator…"), operatorsBox);
    connect(addOperatorButton, &QPushButton::clicked, this, &SettingsPage::addOperator);
    auto* operatorsLayout = new QVBoxLayout(operatorsBox);
    operatorsLayout->addWidget(new QLabel(tr("The people who record things. Each entry names its operator."), operatorsBox));
    operatorsLayout->addWidget(m_operators, 1);
    operatorsLayout->addWidget(addOperatorButton, 0, Qt::AlignLeft);

    auto* loansBox = buildLoansBox();

    auto* rulesBox = new MeetingRulesBox(session, this);
    auto* left = new QVBoxLayout;
    left->addWidget(fundBox);
    left->addWidget(rulesBox);
    left->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(operatorsBox, 1);
    right->addWidget(loansBox, 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);

    connect(&m_session, &Session::changed, this, &SettingsPage::reload);
    reload();
}

void SettingsPage::reload()
{
    m_problems.clear();
    m_general->setVisible(false);
    const FundSettings s = m_session.book().settings();
    const Currency& c = s.currency();
    m_name->setText(toQt(s.name));
    m_currency->setText(tr("%1 (%2) — cannot be changed once money is recorded").arg(toQt(c.code), toQt(c.symbol)));
    m_rounding->setText(plainMoneyText(s.roundingUnit, c));
    m_roundingSymbol->setText(toQt(c.symbol));
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(toQt(frequencyCode(s.frequency)))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(toQt(s.language))));
    m_backupKeep->setValue(s.backupKeep);

    const std::vector<Operator> ops = m_session.book().operators();
    m_operators->setRowCount(int(ops.size()));
    for (int row = 0; row < int(ops.size()); ++row) {
        const Operator& op = ops[std::size_t(row)];
        m_operators->setItem(row, 0, new QTableWidgetItem(toQt(op.name)));
        m_operators->setItem(row, 1, new QTableWidgetItem(roleLabel(op.role)));
        m_operators->setItem(row, 2, new QTableWidgetItem(op.active ? tr("Active") : tr("Inactive")));
    }
    m_operators->resizeColumnToContents(1);
    reloadLoans();
}

QWidget* SettingsPage::buildLoansBox()
{
    auto* box = new QGroupBox(tr("Loans"), this);
    m_products = new QTableWidget(0, 2, box);
    m_products->setObjectName(QStringLiteral("loanProducts"));
    m_products->setAccessibleName(tr("Loan products"));
    m_products->setHorizontalHeaderLabels({tr("Product"), tr("Terms")});
    m_products->verticalHeader()->setVisible(false);
    m_products->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_products->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_products->setSelectionMode(QAbstractItemView::SingleSelection);
    m_products->setTabKeyNavigation(false);
    m_products->setWordWrap(true);
    m_products->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_products, &QTableWidget::activated, this, &SettingsPage::editLoanProduct);
    m_loanRules = new QLabel(box);
    m_loanRules->setObjectName(QStringLiteral("loanRules"));
    m_loanRules->setWordWrap(true);
    auto* add = new QPushButton(tr("Add &product…"), box);
    add->setObjectName(QStringLiteral("addLoanProduct"));
    m_editProduct = new QPushButton(tr("&Edit product…"), box);
    m_editProduct->setObjectName(QStringLiteral("editLoanProduct"));
    auto* rules = new QPushButton(tr("Loan r&ules…"), box);
    rules->setObjectName(QStringLiteral("loanRulesButton"));
    connect(add, &QPushButton::clicked, this, &SettingsPage::addLoanProduct);
    connect(m_editProduct, &QPushButton::clicked, this, &SettingsPage::editLoanProduct);
    connect(rules, &QPushButton::clicked, this, &SettingsPage::editLoanRules);
    connect(m_products, &QTableWidget::itemSelectionChanged, this,
            [this] { m_editProduct->setEnabled(m_products->currentRow() >= 0); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editProduct);
    buttons->addWidget(rules);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_products, 1);
    layout->addWidget(m_loanRules);
    layout->addLayout(buttons);
    return box;
}

void SettingsPage::reloadLoans()
{
    const Currency& c = m_session.currency();
    const LoanProductId selected = m_products->currentRow() >= 0
                                       ? m_products->item(m_products->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                                       : 0;
    const std::vector<LoanProduct> products = m_session.book().loanProducts();
    m_products->setRowCount(int(products.size()));
    for (int row = 0; row < int(products.size()); ++row) {
        const LoanProduct& p = products[std::size_t(row)];
        auto* name = new QTableWidgetItem(p.active ? toQt(p.name) : tr("%1 (inactive)").arg(toQt(p.name)));
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(p.id));
        m_products->setItem(row, 0, name);
        m_products->setItem(row, 1, new QTableWidgetItem(productTermsText(p, c)));
        if (p.id == selected)
            m_products->setCurrentCell(row, 0);
    }
    m_products->resizeColumnToContents(0);
    m_products->resizeRowsToContents();
    m_editProduct->setEnabled(m_products->currentRow() >= 0);
    const LoanRules rules = m_session.book().loanRules();
    const QString committee = rules.committee.empty() ? tr("any member approves")
                                                      : tr("committee of %1").arg(rules.committee.size());
    m_loanRules->setText(tr("Rules: %1, %2 approval(s) per loan, borrowers at most %3 day(s) late, guarantors pledge "
                            "up to %4 % of their savings.")
                             .arg(committee)
                             .arg(rules.approvalsRequired)
                             .arg(rules.maxDaysLateToBorrow)
                             .arg(rules.guarantorExposurePercent));
}

void SettingsPage::addLoanProduct()
{
    LoanProductDialog(m_session, 0, this).exec();
}

void SettingsPage::editLoanProduct()
{
    const int row = m_products->currentRow();
    if (row < 0)
        return;
    LoanProductDialog(m_session, m_products->item(row, 0)->data(Qt::UserRole).toLongLong(), this).exec();
}

void SettingsPage::editLoanRules()
{
    LoanRulesDialog(m_session, this).exec();
}

void SettingsPage::save()
{
    m_problems.clear();
    m_general->setVisible(false);
    m_saved->clear();
    FundSettings s = m_session.book().settings();
    const std::optional<std::int64_t> unit = amountFromText(m_rounding->text(), s.currency());
    if (!unit || *unit <= 0) {
        m_problems.showOne(QStringLiteral("roundingUnit"),
                           tr("Type a positive amount, e.g. 5 to round to 5 %1.").arg(toQt(s.currency().symbol)));
        m_rounding->setFocus();
        return;
    }
    s.name = toStd(m_name->text().trimmed());
    s.roundingUnit = *unit;
    s.frequency = parseFrequency(toStd(m_frequency->currentData().toString())).value_or(s.frequency);
    s.language = toStd(m_language->currentData().toString());
    s.backupKeep = m_backupKeep->value();
    const bool done = m_problems.attempt(m_general, [&] {
        m_session.book().updateSettings(s, m_session.actor());
    });
    if (!done)
        return;
    m_session.notifyChanged();
    m_saved->setText(tr("Settings saved."));
}

void SettingsPage::addOperator()
{
    OperatorDialog(m_session, this).exec();
}

} // namespace tontine::ui
