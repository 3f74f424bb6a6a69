#include "ui/dialogs/partner_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/insurance_labels.h"

#include <QCheckBox>
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

PartnerDialog::PartnerDialog(Session& session, std::optional<Partner> editing, QWidget* parent)
    : QDialog(parent), m_session(session), m_editing(std::move(editing))
{
    setWindowTitle(m_editing ? tr("Partner mutual: %1").arg(toQt(m_editing->name)) : tr("Add a partner mutual"));
    const Currency& c = session.currency();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto line = [this](const char* name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        return edit;
    };
    auto addRow = [&](const QString& caption, QWidget* editor, QWidget* shown, const char* field) {
        m_problems.addRow(form, caption, editor, shown, QLatin1String(field), this);
    };

    m_name = line("name", tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Mutuelle de santé And Fagaru"));
    addRow(tr("&Name:"), m_name, nullptr, "name");
    m_payer = line("payerName", tr("Payer name"));
    m_payer->setPlaceholderText(tr("The group's name as the mutual knows it"));
    m_payer->setText(session.fundName());
    addRow(tr("&Payer name:"), m_payer, nullptr, "payerName");
    m_products = line("productCodes", tr("Product codes"));
    m_products->setPlaceholderText(tr("e.g. FAM-BASE, FAM-PLUS"));
    m_products->setToolTip(tr("The mutual's product codes, separated by commas; the first is the one usually paid."));
    addRow(tr("Pro&duct codes:"), m_products, nullptr, "productCodes");

    m_premium = line("premium", tr("Premium"));
    m_premium->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("basis"));
    m_basis->setAccessibleName(tr("Premium basis"));
    for (PremiumBasis b : {PremiumBasis::PerMember, PremiumBasis::PerHousehold})
        m_basis->addItem(premiumBasisLabel(b), int(b));
    auto* premiumRow = new QWidget(this);
    auto* premiumLayout = new QHBoxLayout(premiumRow);
    premiumLayout->setContentsMargins(0, 0, 0, 0);
    premiumLayout->addWidget(m_premium);
    premiumLayout->addWidget(new QLabel(toQt(c.symbol), premiumRow));
    premiumLayout->addWidget(m_basis);
    premiumLayout->addStretch(1);
    premiumRow->setFocusProxy(m_premium);
    addRow(tr("P&remium:"), m_premium, premiumRow, "premium");
    // The basis has its own problem line (a problem "basis" would otherwise be unplaced).
    auto* basisProblem = FieldProblems::makeLabel(this);
    form->addRow(QString(), basisProblem);
    m_problems.add(QStringLiteral("basis"), m_basis, basisProblem);

    m_period = new QSpinBox(this);
    m_period->setObjectName(QStringLiteral("periodMonths"));
    m_period->setAccessibleName(tr("Period covered, in months"));
    m_period->setRange(0, 99); // core says what is allowed (1..24)
    m_period->setSuffix(tr(" month(s)"));
    m_period->setValue(12);
    m_period->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    addRow(tr("Period &covered by one premium:"), m_period, nullptr, "periodMonths");

    m_paymentType = new QComboBox(this);
    m_paymentType->setObjectName(QStringLiteral("paymentType"));
    m_paymentType->setAccessibleName(tr("Payment type"));
    for (const QString& code : paymentTypeCodes())
        m_paymentType->addItem(paymentTypeLabel(code), code);
    addRow(tr("Payment &type:"), m_paymentType, nullptr, "paymentType");
    m_category = line("contributionCategory", tr("Contribution category"));
    m_category->setText(QStringLiteral("C"));
    m_category->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_category->setToolTip(tr("The mutual's category code for a premium, written in the contributions file."));
    addRow(tr("Contribution cate&gory:"), m_category, nullptr, "contributionCategory");

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("exportProfile"));
    m_profile->setAccessibleName(tr("Insurees file"));
    for (ExportProfile p : insureesProfiles())
        m_profile->addItem(exportProfileLabel(p), toQt(exportProfileCode(p)));
    addRow(tr("&Insurees file it wants:"), m_profile, nullptr, "exportProfile");

    m_partial = new QCheckBox(tr("A household may pay a period in se&veral parts"), this);
    m_partial->setObjectName(QStringLiteral("partialPayments"));
    addRow(QString(), m_partial, nullptr, "partialPayments");
    m_active = new QCheckBox(tr("&Active (takes new premiums)"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    addRow(QString(), m_active, nullptr, "active");

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("partnerProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_editing ? tr("&Save") : tr("&Add partner"));
    ok->setObjectName(QStringLiteral("save"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("Settings of a health mutual the group collects premiums for. Insurance numbers "
                                "and receipts come from the mutual; nothing here invents them."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);

    if (m_editing)
        fill(*m_editing);
    m_name->setFocus();
}

void PartnerDialog::fill(const Partner& p)
{
    const Currency& c = m_session.currency();
    m_name->setText(toQt(p.name));
    m_payer->setText(toQt(p.payerName));
    QStringList products;
    for (const std::string& code : p.productCodes)
        products.append(toQt(code));
    m_products->setText(products.join(QStringLiteral(", ")));
    m_premium->setText(plainMoneyText(p.premium, c));
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(int(p.basis))));
    m_period->setValue(p.periodMonths);
    if (m_paymentType->findData(toQt(p.paymentType)) < 0)
        m_paymentType->addItem(toQt(p.paymentType), toQt(p.paymentType));
    m_paymentType->setCurrentIndex(m_paymentType->findData(toQt(p.paymentType)));
    m_category->setText(toQt(p.contributionCategory));
    if (m_profile->findData(toQt(p.exportProfile)) < 0)
        m_profile->addItem(toQt(p.exportProfile), toQt(p.exportProfile));
    m_profile->setCurrentIndex(m_profile->findData(toQt(p.exportProfile)));
    m_partial->setChecked(p.partialPayments);
    m_active->setChecked(p.active);
}

std::optional<Partner> PartnerDialog::partner()
{
    Partner p = m_editing.value_or(Partner{});
    p.name = toStd(m_name->text().trimmed());
    p.payerName = toStd(m_payer->text().trimmed());
    p.productCodes.clear();
    // Commas separate codes; core checks each (blank, spaces, repeated).
    for (const QString& code : m_products->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!code.trimmed().isEmpty())
            p.productCodes.push_back(toStd(code.trimmed()));
    const QString premium = m_premium->text().trimmed();
    const std::optional<std::int64_t> amount = premium.isEmpty() ? std::optional<std::int64_t>(0)
                                                                 : amountFromText(premium, m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("premium"), tr("Type an amount, e.g. 3500."));
        m_premium->setFocus();
        return std::nullopt;
    }
    p.premium = *amount;
    p.basis = PremiumBasis(m_basis->currentData().toInt());
    p.periodMonths = m_period->value();
    p.paymentType = toStd(m_paymentType->currentData().toString());
    p.contributionCategory = toStd(m_category->text().trimmed());
    p.exportProfile = toStd(m_profile->currentData().toString());
    p.partialPayments = m_partial->isChecked();
    p.active = m_active->isChecked();
    return p;
}

QString PartnerDialog::problems() const
{
    return m_problems.allText({"name", "payerName", "productCodes", "premium", "basis", "periodMonths", "paymentType",
                               "contributionCategory", "exportProfile", "partialPayments", "active"},
                              m_general);
}

void PartnerDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<Partner> p = partner();
    if (!p)
        return;
    const bool done = m_problems.attempt(m_general, [&] { m_id = m_session.book().savePartner(*p, m_session.actor()); });
    if (!done)
        return;
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
