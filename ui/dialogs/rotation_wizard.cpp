#include "ui/dialogs/rotation_wizard.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/widgets/hands_editor.h"
#include "ui/widgets/money_rules_form.h"
#include "ui/widgets/order_method_form.h"
#include "ui/widgets/validated_wizard_page.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

RotationWizard::RotationWizard(Session& session, QWidget* parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("New rotation"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Create the rotation"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(BasicsPage, makeBasicsPage());
    setPage(HandsPage, makeHandsPage());
    setPage(OrderPage, makeOrderPage());
    setPage(RulesPage, makeRulesPage());
    // The order page follows the hands as they are now.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == OrderPage)
            m_order->setHands(m_hands->handLabels(), int(m_hands->hands().size()));
    });
    setMinimumSize(720, 560);
}

QWizardPage* RotationWizard::makeBasicsPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("The rotation"));
    page->setSubTitle(tr("What each hand pays per round, and when rounds happen."));
    const Currency& currency = m_session.currency();
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Tour des mamans 2026"));
    m_contribution = new QLineEdit(page);
    m_contribution->setObjectName(QStringLiteral("contributionPerHand"));
    m_contribution->setPlaceholderText(tr("e.g. %1").arg(plainMoneyText(5000 * minorPerMajor(currency), currency)));
    m_contribution->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_start = new QDateEdit(toQDate(m_session.actor().date), page);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_everyKth = new QSpinBox(page);
    m_everyKth->setObjectName(QStringLiteral("everyKth"));
    m_everyKth->setRange(1, 52);
    m_beneficiaries = new QSpinBox(page);
    m_beneficiaries->setObjectName(QStringLiteral("beneficiariesPerRound"));
    m_beneficiaries->setRange(1, 100);

    auto* form = new QFormLayout(page);
    auto addRow = [&](const QString& label, QWidget* editor, QWidget* shown, const QStringList& fields) {
        auto* problem = FieldProblems::makeLabel(page);
        form->addRow(label, FieldProblems::wrap(shown ? shown : editor, problem));
        editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        for (const QString& f : fields)
            m_problems.add(f, editor, problem);
    };
    auto withText = [page](QWidget* editor, const QString& text) {
        auto* box = new QWidget(page);
        auto* layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor);
        layout->addWidget(new QLabel(text, box), 1);
        box->setFocusProxy(editor);
        return box;
    };
    addRow(tr("&Name:"), m_name, nullptr, {QStringLiteral("name")});
    addRow(tr("&Contribution per hand:"), m_contribution,
           withText(m_contribution, tr("%1 each round").arg(toQt(currency.symbol))),
           {QStringLiteral("contributionPerHand"), QStringLiteral("currencyCode"), QStringLiteral("roundingUnit")});
    addRow(tr("&First round on:"), m_start, nullptr, {QStringLiteral("start")});
    addRow(tr("A round &every:"), m_everyKth,
           withText(m_everyKth, tr("meeting period(s) — the fund meets: %1")
                                    .arg(frequencyLabel(m_session.book().settings().frequency).toLower())),
           {QStringLiteral("everyKth")});
    addRow(tr("&Beneficiaries per round:"), m_beneficiaries,
           withText(m_beneficiaries, tr("hand(s) receive the pot each round")), {QStringLiteral("beneficiariesPerRound")});
    page->setValidator([this] { return checkPage(BasicsPage); });
    return page;
}

QWizardPage* RotationWizard::makeHandsPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("Hands"));
    page->setSubTitle(tr("Each hand pays the contribution every round and receives the pot once per cycle."));
    m_hands = new HandsEditor(page);
    m_hands->setMembers(m_session.book().members(MemberQuery{{}, false}));
    m_handsProblem = FieldProblems::makeLabel(page);
    m_problems.add(QStringLiteral("hands"), m_hands, m_handsProblem);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_hands, 1);
    layout->addWidget(m_handsProblem);
    page->setValidator([this] { return checkPage(HandsPage); });
    return page;
}

QWizardPage* RotationWizard::makeOrderPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("Order"));
    page->setSubTitle(tr("How the beneficiaries of each round are chosen."));
    m_order = new OrderMethodForm(m_session.currency(), page);
    m_order->addProblemSlots(m_problems);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_order, 1);
    page->setValidator([this] { return checkPage(OrderPage); });
    return page;
}

QWizardPage* RotationWizard::makeRulesPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("Money rules"));
    page->setSubTitle(tr("Fines, missing contributions, leavers and the organiser's commission."));
    m_rules = new MoneyRulesForm(m_session.currency(), page);
    m_rules->addProblemSlots(m_problems);
    m_general = FieldProblems::makeLabel(page);
    m_general->setObjectName(QStringLiteral("wizardProblem"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_rules);
    layout->addStretch();
    layout->addWidget(m_general);
    page->setValidator([this] { return create(); });
    return page;
}

QString RotationWizard::generalProblem() const { return m_general->isHidden() ? QString() : m_general->text(); }

bool RotationWizard::buildSpec(RotationSpec& spec)
{
    const FundSettings fund = m_session.book().settings();
    spec.currencyCode = fund.currencyCode;
    spec.frequency = fund.frequency;
    spec.roundingUnit = fund.roundingUnit;
    spec.name = toStd(m_name->text().trimmed());
    spec.start = toDate(m_start->date());
    spec.everyKth = m_everyKth->value();
    spec.beneficiariesPerRound = m_beneficiaries->value();
    spec.hands = m_hands->hands();
    bool ok = true;
    if (auto amount = amountFromText(m_contribution->text(), m_session.currency()))
        spec.contributionPerHand = *amount;
    else if (!m_contribution->text().trimmed().isEmpty()) {
        m_problems.showOne(QStringLiteral("contributionPerHand"), tr("Type an amount, e.g. 5000."));
        ok = false;
    }
    ok = m_order->apply(spec, m_problems) && ok;
    ok = m_rules->apply(spec, m_problems) && ok;
    return ok;
}

RotationWizard::PageId RotationWizard::pageOf(const std::string& field)
{
    if (field == "hands")
        return HandsPage;
    if (field == "fixedOrder" || field == "drawSeed" || field == "discountRule" || field == "minimumBid")
        return OrderPage;
    if (field == "lateFine" || field == "commission" || field == "shortfall" || field == "leaverRefund")
        return RulesPage;
    return BasicsPage;
}

bool RotationWizard::checkPage(PageId page)
{
    m_problems.clear();
    RotationSpec spec;
    if (!buildSpec(spec))
        return false;
    // The same check Book makes at the end, shown only for the fields on this page: problems
    // for later pages wait until the person has been there.
    Problems mine;
    for (const Problem& p : validateRotation(spec))
        if (pageOf(p.field) == page)
            mine.push_back(p);
    m_problems.show(mine);
    return mine.empty();
}

bool RotationWizard::create()
{
    m_problems.clear();
    m_general->setVisible(false);
    RotationSpec spec;
    if (!buildSpec(spec))
        return false;
    try {
        m_created = m_session.book().createRotation(spec, m_session.actor());
    } catch (const ValidationError& e) {
        QStringList lines = m_problems.show(e.problems());
        int first = RulesPage;
        for (const Problem& p : e.problems()) {
            if (pageOf(p.field) != RulesPage)
                lines.append(problemText(p));
            // Only a page that shows the problem beside its field is worth going back to.
            if (!m_problems.textOf(toQt(p.field)).isEmpty())
                first = std::min<int>(first, pageOf(p.field));
        }
        lines.removeDuplicates();
        if (!lines.isEmpty()) {
            m_general->setText(tr("⚠ Not created yet. Please change:\n") + lines.join(QLatin1Char('\n')));
            m_general->setVisible(true);
        }
        // Back to the first page with a problem, once Finish has returned.
        if (first != RulesPage)
            QTimer::singleShot(0, this, [this, first] {
                while (currentId() > first)
                    back();
            });
        return false;
    } catch (const Error& e) {
        m_general->setText(QStringLiteral("⚠ ") + toQt(std::string(e.what())));
        m_general->setVisible(true);
        return false;
    }
    m_session.notifyChanged();
    return true;
}

} // namespace tontine::ui
