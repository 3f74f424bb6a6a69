#include "ui/pages/insurance_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/partner_dialog.h"
#include "ui/dialogs/premium_dialog.h"
#include "ui/dialogs/remit_dialog.h"
#include "ui/dialogs/send_to_mutual_dialog.h"
#include "ui/insurance_labels.h"
#include "ui/models/coverage_model.h"
#include "ui/models/premium_history_model.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/read_only_table.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

InsurancePage::InsurancePage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new CoverageModel(this)), m_history(new PremiumHistoryModel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Health insurance")), this);

    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partner"));
    m_partner->setAccessibleName(tr("Partner mutual"));
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* partnerLabel = new QLabel(tr("Part&ner mutual:"), this);
    partnerLabel->setBuddy(m_partner);
    auto* add = new QPushButton(tr("&Add partner…"), this);
    add->setObjectName(QStringLiteral("addPartner"));
    connect(add, &QPushButton::clicked, this, &InsurancePage::addPartner);
    m_edit = new QPushButton(tr("Partner &settings…"), this);
    m_edit->setObjectName(QStringLiteral("editPartner"));
    connect(m_edit, &QPushButton::clicked, this, &InsurancePage::editPartner);
    auto* partnerRow = new QHBoxLayout;
    partnerRow->addWidget(partnerLabel);
    partnerRow->addWidget(m_partner);
    partnerRow->addWidget(m_edit);
    partnerRow->addWidget(add);
    partnerRow->addStretch(1);

    m_partnerLine = new QLabel(this);
    m_partnerLine->setObjectName(QStringLiteral("partnerLine"));
    m_partnerLine->setWordWrap(true);
    m_partnerLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_held = new QLabel(this);
    m_held->setObjectName(QStringLiteral("heldLine"));
    m_held->setWordWrap(true);
    m_held->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_premium = new QPushButton(tr("Record &premium…"), this);
    m_premium->setObjectName(QStringLiteral("recordPremium"));
    connect(m_premium, &QPushButton::clicked, this, &InsurancePage::recordPremium);
    m_remit = new QPushButton(tr("Re&mit to the mutual…"), this);
    m_remit->setObjectName(QStringLiteral("remit"));
    connect(m_remit, &QPushButton::clicked, this, &InsurancePage::remit);
    m_send = new QPushButton(tr("Send to the m&utual…"), this);
    m_send->setObjectName(QStringLiteral("sendToMutual"));
    connect(m_send, &QPushButton::clicked, this, &InsurancePage::sendToMutual);
    m_meetingHint = new QLabel(tr("Open a meeting first (Meetings page): premiums are recorded in the open meeting."), this);
    m_meetingHint->setObjectName(QStringLiteral("meetingHint"));
    m_meetingHint->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_premium);
    actions->addWidget(m_remit);
    actions->addWidget(m_send);
    actions->addWidget(m_meetingHint, 1);
    actions->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("insuranceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    m_table = makeReadOnlyTable(m_model, QStringLiteral("coverageTable"), tr("Households"), this);
    m_historyView = makeReadOnlyTable(m_history, QStringLiteral("historyTable"), tr("Premiums and remittances"), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("insuranceTabs"));
    m_tabs->addTab(m_table, tr("Households"));
    m_tabs->addTab(m_historyView, tr("Premiums and remittances"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(partnerRow);
    layout->addWidget(m_partnerLine);
    layout->addWidget(m_held);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_partner, &QComboBox::currentIndexChanged, this, &InsurancePage::showPartner);
    connect(&m_session, &Session::changed, this, &InsurancePage::reload);
    reload();
}

PartnerId InsurancePage::partnerId() const
{
    return m_partner->currentIndex() >= 0 ? m_partner->currentData().toLongLong() : 0;
}

void InsurancePage::choosePartner(PartnerId partner)
{
    const int index = m_partner->findData(QVariant::fromValue<qlonglong>(partner));
    if (index >= 0)
        m_partner->setCurrentIndex(index);
}

QString InsurancePage::heldText() const { return m_held->text(); }
QString InsurancePage::partnerText() const { return m_partnerLine->text(); }
QString InsurancePage::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void InsurancePage::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void InsurancePage::reload()
{
    // The partner chosen stays chosen across reloads (a new one is chosen by addPartner).
    const PartnerId chosen = partnerId();
    {
        QSignalBlocker block(m_partner);
        m_partner->clear();
        for (const Partner& p : m_session.book().partners())
            m_partner->addItem(p.active ? toQt(p.name) : tr("%1 (inactive)").arg(toQt(p.name)),
                               QVariant::fromValue<qlonglong>(p.id));
        const int index = m_partner->findData(QVariant::fromValue<qlonglong>(chosen));
        m_partner->setCurrentIndex(index >= 0 ? index : (m_partner->count() > 0 ? 0 : -1));
    }
    showPartner();
}

void InsurancePage::showPartner()
{
    const Book& book = m_session.book();
    const Currency& c = m_session.currency();
    const std::optional<Partner> partner = partnerId() ? book.partner(partnerId()) : std::nullopt;
    const bool meeting = book.currentMeeting().has_value();
    m_edit->setEnabled(partner.has_value());
    m_premium->setEnabled(partner && partner->active && meeting);
    m_remit->setEnabled(partner.has_value());
    m_send->setEnabled(true); // the group's own files (members, journal, ledger) need no partner
    m_meetingHint->setVisible(partner && !meeting);
    m_premium->setToolTip(!partner            ? tr("Add a partner mutual first.")
                          : !partner->active ? tr("This partner is inactive: it takes no new premiums.")
                          : !meeting         ? tr("Open a meeting first (Meetings page): money is recorded in the open meeting.")
                                             : tr("Record a premium paid by a member for their household."));
    if (!partner) {
        m_partnerLine->setText(tr("No partner mutual yet. Add the mutual the group collects premiums for with "
                                  "Add partner…; its product codes and premium come from the mutual."));
        m_held->clear();
        m_summary->clear();
        m_model->setCoverages({}, {}, m_session.actor().date, c);
        m_history->setHistory({}, {}, {}, c);
        return;
    }

    QStringList products;
    for (const std::string& code : partner->productCodes)
        products.append(toQt(code));
    m_partnerLine->setText(tr("Product codes: %1. Premium %2 %3 for %n month(s), paid as %4. Insurees file: %5.", nullptr,
                              partner->periodMonths)
                               .arg(products.join(QStringLiteral(", ")), moneyText(partner->premium, c),
                                    premiumBasisLabel(partner->basis).toLower(), paymentTypeLabel(toQt(partner->paymentType)),
                                    parseExportProfile(partner->exportProfile)
                                        ? exportProfileLabel(*parseExportProfile(partner->exportProfile))
                                        : toQt(partner->exportProfile)));
    PremiumsHeld held;
    held.partner = partner->id;
    for (const PremiumsHeld& h : book.premiumsHeld())
        if (h.partner == partner->id)
            held = h;
    m_held->setText(tr("Held for %1: <b>%2</b> — collected %3, remitted %4.")
                        .arg(toQt(partner->name).toHtmlEscaped(), moneyText(held.held(), c), moneyText(held.collected, c),
                             moneyText(held.remitted, c)));

    const Date on = m_session.actor().date;
    m_model->setCoverages(book.coverages(partner->id, on), book.members(), on, c);
    m_summary->setText(tr("On %1: %n household(s), %2 to enrol; owed for their next periods: %3.", nullptr, m_model->rowCount())
                           .arg(dateText(on))
                           .arg(m_model->toEnrolCount())
                           .arg(moneyText(m_model->totalOwed(), c)));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CoverageModel::Head, QHeaderView::Stretch);
    m_history->setHistory(book.premiumPayments(partner->id), book.remittances(partner->id), memberNames(book.members()), c);
    m_historyView->resizeColumnsToContents();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setTabText(0, tr("Households (%1)").arg(m_model->rowCount()));
    m_tabs->setTabText(1, tr("Premiums and remittances (%1)").arg(m_history->rowCount()));
}

void InsurancePage::addPartner()
{
    PartnerDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    choosePartner(dialog.partnerId());
    setStatus(tr("Partner mutual added."));
}

void InsurancePage::editPartner()
{
    const std::optional<Partner> partner = m_session.book().partner(partnerId());
    if (!partner)
        return;
    PartnerDialog dialog(m_session, partner, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("The partner's settings were saved."));
}

void InsurancePage::recordPremium()
{
    PremiumDialog dialog(m_session, partnerId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const PremiumPayment& p : m_session.book().premiumPayments(partnerId()))
        if (p.id == dialog.recorded()) {
            setStatus(tr("Premium of %1 recorded for the household of %2, for %3 to %4 (receipt %5).")
                          .arg(moneyText(p.amount, m_session.currency()),
                               memberName(memberNames(m_session.book().members()), p.head), dateText(p.periodStart),
                               dateText(p.periodEnd), toQt(p.receiptNumber)));
            const int row = m_model->rowOfHead(p.head);
            if (row >= 0)
                m_table->selectRow(row);
        }
}

void InsurancePage::remit()
{
    RemitDialog dialog(m_session, partnerId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const PremiumRemittance& r : m_session.book().remittances(partnerId()))
        if (r.id == dialog.recorded())
            setStatus(tr("Remitted %1 to %2 on %3 (the mutual's receipt %4).")
                          .arg(moneyText(r.amount, m_session.currency()), m_partner->currentText(), dateText(r.date),
                               toQt(r.mutualReceipt)));
}

void InsurancePage::sendToMutual()
{
    SendToMutualDialog dialog(m_session, partnerId(), this);
    dialog.exec();
    if (dialog.recordedId() != 0)
        setStatus(dialog.statusText());
}

} // namespace tontine::ui
