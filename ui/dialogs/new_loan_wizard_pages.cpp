// The pages of the new-loan wizard and the preview panel shown beside each: building the
// widgets and their tab order only; checking and requesting live in new_loan_wizard.cpp.
#include "ui/dialogs/new_loan_wizard.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/loan_form_labels.h"
#include "ui/models/schedule_preview_model.h"
#include "ui/widgets/custom_lines_editor.h"
#include "ui/widgets/guarantor_rows.h"
#include "ui/widgets/validated_wizard_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
QString memberLine(const Member& m) { return QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())); }

QWidget* withText(QWidget* editor, QLabel* text, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor);
    layout->addWidget(text, 1);
    box->setFocusProxy(editor);
    return box;
}
} // namespace

QVBoxLayout* NewLoanWizard::splitPage(QWizardPage* page, PageId id)
{
    // Its own content on the left, the shared preview panel (moved in) on the right.
    auto* columns = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    columns->addLayout(left, 11);
    auto* holder = new QVBoxLayout;
    holder->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(holder, 10);
    m_holders[id] = holder;
    return left;
}

void NewLoanWizard::showPanelOn(int id)
{
    // One preview, shown beside whichever page is open.
    auto it = m_holders.find(id);
    if (it == m_holders.end())
        return;
    it->second->addWidget(m_panel);
    m_panel->show();
}

QWidget* NewLoanWizard::makePreviewPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("previewPanel"));
    m_scheduleNote = new QLabel(panel);
    m_scheduleNote->setWordWrap(true);
    m_scheduleView = new QTableView(panel);
    m_scheduleView->setObjectName(QStringLiteral("schedule"));
    m_scheduleView->setAccessibleName(tr("Repayment schedule"));
    m_scheduleView->setModel(m_schedule);
    m_scheduleView->verticalHeader()->setVisible(false);
    m_scheduleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scheduleView->setSelectionMode(QAbstractItemView::NoSelection);
    m_scheduleView->setTabKeyNavigation(false);
    // Read, not typed in: Tab goes from the fields to the buttons.
    m_scheduleView->setFocusPolicy(Qt::NoFocus);
    m_scheduleView->horizontalHeader()->setStretchLastSection(true);
    m_scheduleView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_limits = new QLabel(panel);
    m_limits->setObjectName(QStringLiteral("limits"));
    m_limits->setWordWrap(true);
    m_limits->setTextFormat(Qt::RichText);
    m_list = FieldProblems::makeLabel(panel);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* limitsBox = new QWidget(panel);
    auto* limitsLayout = new QVBoxLayout(limitsBox);
    limitsLayout->setContentsMargins(0, 0, 4, 0);
    limitsLayout->addWidget(m_limits);
    limitsLayout->addWidget(m_list);
    limitsLayout->addStretch();
    auto* scroll = new QScrollArea(panel);
    scroll->setWidget(limitsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Repayment schedule")), panel));
    layout->addWidget(m_scheduleNote);
    layout->addWidget(m_scheduleView, 3);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Limits checked")), panel));
    layout->addWidget(scroll, 2);
    return panel;
}

QWizardPage* NewLoanWizard::makeLoanPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("The loan"));
    page->setSubTitle(tr("Who borrows, on which product, how much, for how long and what for."));
    const Currency& c = m_session.currency();
    QVBoxLayout* left = splitPage(page, LoanPage);

    m_borrower = new QComboBox(page);
    m_borrower->setObjectName(QStringLiteral("borrower"));
    m_borrower->addItem(tr("— choose the borrower —"), QVariant::fromValue<qlonglong>(0));
    for (const Member& m : m_session.book().members(MemberQuery{{}, false}))
        m_borrower->addItem(memberLine(m), QVariant::fromValue<qlonglong>(m.id));

    m_product = new QComboBox(page);
    m_product->setObjectName(QStringLiteral("product"));
    for (const LoanProduct& p : m_products)
        m_product->addItem(toQt(p.name), QVariant::fromValue<qlonglong>(p.id));
    m_productTerms = new QLabel(page);
    m_productTerms->setObjectName(QStringLiteral("productTerms"));
    m_productTerms->setWordWrap(true);
    auto* productBox = new QWidget(page);
    auto* productLayout = new QVBoxLayout(productBox);
    productLayout->setContentsMargins(0, 0, 0, 0);
    productLayout->setSpacing(2);
    productLayout->addWidget(m_product);
    productLayout->addWidget(m_productTerms);
    productBox->setFocusProxy(m_product);

    m_amount = new QLineEdit(page);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("e.g. %1").arg(plainMoneyText(100000 * minorPerMajor(c), c)));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);

    m_term = new QSpinBox(page);
    m_term->setObjectName(QStringLiteral("termMonths"));
    m_term->setRange(1, 120); // the product's limits are core's to check, and shown beside
    m_termRange = new QLabel(page);
    m_termRow = withText(m_term, m_termRange, page);

    m_custom = new CustomLinesEditor(c, page);
    m_custom->setStart(m_session.actor().date);

    m_purpose = new QComboBox(page);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setEditable(true);
    m_purpose->setInsertPolicy(QComboBox::NoInsert);
    m_purpose->addItems(loanPurposeSuggestions());
    m_purpose->setCurrentIndex(-1);
    m_purpose->lineEdit()->setPlaceholderText(tr("e.g. Trade, Agriculture, School fees"));

    m_loanForm = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* editor, QWidget* shown, const QString& field) {
        m_problems.addRow(m_loanForm, label, editor, shown, field, page);
        editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    addRow(tr("&Borrower:"), m_borrower, nullptr, QStringLiteral("borrower"));
    addRow(tr("&Product:"), m_product, productBox, QStringLiteral("product"));
    addRow(tr("&Amount:"), m_amount, withText(m_amount, new QLabel(toQt(c.symbol), page), page),
           QStringLiteral("principal"));
    addRow(tr("&Term:"), m_term, m_termRow, QStringLiteral("termMonths"));
    addRow(tr("Repayment &dates:"), m_custom, nullptr, QStringLiteral("custom"));
    addRow(tr("P&urpose:"), m_purpose, nullptr, QStringLiteral("purpose"));
    // The rows are shown or hidden as wholes (the product decides term or dates): keep the
    // widgets the form holds, the editors wrapped with their problem labels.
    m_termRow = m_termRow->parentWidget();
    m_customRow = m_custom->parentWidget();
    left->addLayout(m_loanForm);
    if (m_products.empty()) {
        auto* none = new QLabel(tr("No active loan product: add one under Settings → Loans first."), page);
        none->setObjectName(QStringLiteral("noProduct"));
        none->setWordWrap(true);
        left->addWidget(none);
    }
    left->addStretch();

    connect(m_borrower, &QComboBox::currentIndexChanged, this, &NewLoanWizard::borrowerChosen);
    connect(m_product, &QComboBox::currentIndexChanged, this, &NewLoanWizard::productChosen);
    connect(m_amount, &QLineEdit::textChanged, this, &NewLoanWizard::refreshPreview);
    connect(m_term, &QSpinBox::valueChanged, this, &NewLoanWizard::refreshPreview);
    connect(m_custom, &CustomLinesEditor::changed, this, &NewLoanWizard::refreshPreview);
    connect(m_purpose, &QComboBox::currentTextChanged, this, &NewLoanWizard::refreshPreview);
    QWidget::setTabOrder(m_borrower, m_product);
    QWidget::setTabOrder(m_product, m_amount);
    QWidget::setTabOrder(m_amount, m_term);
    page->setValidator([this] { return checkPage(LoanPage); });
    return page;
}

QWizardPage* NewLoanWizard::makeGuarantorsPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("Guarantors"));
    page->setSubTitle(tr("Members who pledge part of their savings behind the loan."));
    QVBoxLayout* left = splitPage(page, GuarantorsPage);
    m_guarantorsHint = new QLabel(page);
    m_guarantorsHint->setObjectName(QStringLiteral("guarantorsHint"));
    m_guarantorsHint->setWordWrap(true);
    m_guarantors = new GuarantorRows(m_session.currency(), m_session.book().members(MemberQuery{{}, false}), page);
    m_unticked = new QLabel(page);
    m_unticked->setWordWrap(true);
    m_unticked->setVisible(false);
    auto* problem = FieldProblems::makeLabel(page);
    m_problems.add(QStringLiteral("guarantors"), m_guarantors, problem);
    left->addWidget(m_guarantorsHint);
    left->addWidget(m_guarantors);
    left->addWidget(m_unticked);
    left->addWidget(problem);
    left->addStretch();
    connect(m_guarantors, &GuarantorRows::changed, this, &NewLoanWizard::refreshPreview);
    page->setValidator([this] { return checkPage(GuarantorsPage); });
    return page;
}

QWizardPage* NewLoanWizard::makeReviewPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Check with the borrower and the guarantors, then request the loan."));
    QVBoxLayout* left = splitPage(page, ReviewPage);
    m_review = new QLabel(page);
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_general = FieldProblems::makeLabel(page);
    m_general->setObjectName(QStringLiteral("requestProblem"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_review);
    left->addWidget(m_general);
    left->addStretch();
    page->setValidator([this] { return request(); });
    return page;
}

} // namespace tontine::ui
