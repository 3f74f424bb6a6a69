#include "ui/dialogs/social_rules_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/social_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
enum EventKind { NoGrant = 0, Fixed = 1, Ceiling = 2 };
}

SocialRulesDialog::SocialRulesDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Social fund rules"));
    const Currency& c = session.currency();
    const SocialRules rules = session.book().socialRules();

    auto* general = new QGroupBox(tr("Contributions and approvals"), this);
    auto* form = new QFormLayout(general);
    auto addRow = [&](const QString& label, QWidget* editor, const QString& field) {
        auto* problem = FieldProblems::makeLabel(this);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(editor);
        form->addRow(caption, FieldProblems::wrap(editor, problem));
        m_problems.add(field, editor, problem);
    };
    m_contribution = amountEdit(QStringLiteral("contribution"));
    m_contribution->setText(plainMoneyText(rules.contribution, c));
    m_contribution->setToolTip(tr("Owed by every active member at each meeting (0 for none)."));
    addRow(tr("&Contribution per meeting:"), m_contribution, QStringLiteral("contribution"));
    m_approvals = new QSpinBox(this);
    m_approvals->setObjectName(QStringLiteral("approvalsRequired"));
    m_approvals->setRange(0, 99); // core says what is allowed
    m_approvals->setValue(rules.approvalsRequired);
    m_approvals->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8);
    addRow(tr("&Approvals required:"), m_approvals, QStringLiteral("approvalsRequired"));
    m_loans = new QCheckBox(tr("Interest-free social &loans allowed"), this);
    m_loans->setObjectName(QStringLiteral("loansAllowed"));
    m_loans->setChecked(rules.loansAllowed);
    addRow(QString(), m_loans, QStringLiteral("loansAllowed"));
    m_loanMax = amountEdit(QStringLiteral("loanMax"));
    m_loanMax->setText(plainMoneyText(rules.loanMax, c));
    m_loanMax->setToolTip(tr("0: any amount the fund has available."));
    addRow(tr("Largest social loan (&0 = no limit):"), m_loanMax, QStringLiteral("loanMax"));

    auto* events = new QGroupBox(tr("Grants by event"), this);
    auto* grid = new QGridLayout(events);
    grid->addWidget(new QLabel(tr("<b>Event</b>"), events), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Grant</b>"), events), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Amount (%1)</b>").arg(toQt(c.symbol)), events), 0, 2);
    int row = 1;
    for (SocialEvent e : allSocialEvents()) {
        EventRow r;
        r.kind = new QComboBox(events);
        r.kind->setObjectName(QStringLiteral("kind-%1").arg(toQt(socialEventCode(e))));
        r.kind->setAccessibleName(tr("Grant for %1").arg(socialEventLabel(e)));
        r.kind->addItem(tr("No grant"), int(NoGrant));
        r.kind->addItem(tr("Fixed amount"), int(Fixed));
        r.kind->addItem(tr("Up to (ceiling)"), int(Ceiling));
        r.amount = amountEdit(QStringLiteral("amount-%1").arg(toQt(socialEventCode(e))));
        r.amount->setAccessibleName(tr("Amount for %1").arg(socialEventLabel(e)));
        if (const SocialEventRule* rule = rules.ruleFor(e); rule && rule->amount > 0) {
            r.kind->setCurrentIndex(rule->fixed ? Fixed : Ceiling);
            r.amount->setText(plainMoneyText(rule->amount, c));
        }
        auto* caption = new QLabel(socialEventLabel(e), events);
        caption->setBuddy(r.kind);
        grid->addWidget(caption, row, 0);
        grid->addWidget(r.kind, row, 1);
        grid->addWidget(r.amount, row, 2);
        connect(r.kind, &QComboBox::currentIndexChanged, this, &SocialRulesDialog::updateEnabled);
        m_events[e] = r;
        ++row;
    }
    auto* eventsProblem = FieldProblems::makeLabel(events);
    grid->addWidget(eventsProblem, row, 0, 1, 3);
    m_problems.add(QStringLiteral("events"), m_events.begin()->second.kind, eventsProblem);
    grid->setColumnStretch(3, 1);

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("rulesProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SocialRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_loans, &QCheckBox::toggled, this, &SocialRulesDialog::updateEnabled);

    auto* columns = new QHBoxLayout;
    columns->addWidget(general, 1);
    columns->addWidget(events, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The social fund is never shared out; it carries over from cycle to cycle."), this));
    layout->addLayout(columns);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    updateEnabled();
}

QLineEdit* SocialRulesDialog::amountEdit(const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    return edit;
}

void SocialRulesDialog::updateEnabled()
{
    m_loanMax->setEnabled(m_loans->isChecked());
    for (auto& [event, row] : m_events)
        row.amount->setEnabled(row.kind->currentData().toInt() != NoGrant);
}

void SocialRulesDialog::setEvent(SocialEvent event, int kind, const QString& amount)
{
    EventRow& r = m_events.at(event);
    r.kind->setCurrentIndex(r.kind->findData(kind));
    r.amount->setText(amount);
}

void SocialRulesDialog::setContribution(const QString& amount) { m_contribution->setText(amount); }
void SocialRulesDialog::setApprovals(int count) { m_approvals->setValue(count); }
void SocialRulesDialog::setLoans(bool allowed, const QString& max)
{
    m_loans->setChecked(allowed);
    m_loanMax->setText(max);
}

QString SocialRulesDialog::generalProblem() const { return m_general->isHidden() ? QString() : m_general->text(); }

std::optional<SocialRules> SocialRulesDialog::typedRules()
{
    const Currency& c = m_session.currency();
    SocialRules rules;
    bool typed = true;
    auto read = [&](QLineEdit* edit, const QString& field, std::int64_t& into) {
        const QString text = edit->text().trimmed();
        const std::optional<std::int64_t> amount = amountFromText(text.isEmpty() ? QStringLiteral("0") : text, c);
        if (!amount) {
            m_problems.showOne(field, tr("Type an amount, e.g. 500 (0 for none)."));
            if (typed)
                edit->setFocus();
            typed = false;
            return;
        }
        into = *amount;
    };
    read(m_contribution, QStringLiteral("contribution"), rules.contribution);
    rules.approvalsRequired = m_approvals->value();
    rules.loansAllowed = m_loans->isChecked();
    if (rules.loansAllowed)
        read(m_loanMax, QStringLiteral("loanMax"), rules.loanMax);
    for (auto& [event, row] : m_events) {
        const int kind = row.kind->currentData().toInt();
        if (kind == NoGrant)
            continue;
        SocialEventRule rule;
        rule.event = event;
        rule.fixed = kind == Fixed;
        const std::optional<std::int64_t> amount = amountFromText(row.amount->text(), c);
        if (!amount) {
            m_problems.showOne(QStringLiteral("events"), tr("Type the grant for %1, e.g. 25000.").arg(socialEventLabel(event)));
            if (typed)
                row.amount->setFocus();
            typed = false;
            continue;
        }
        rule.amount = *amount;
        rules.events.push_back(rule);
    }
    if (!typed)
        return std::nullopt;
    return rules;
}

void SocialRulesDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    const std::optional<SocialRules> rules = typedRules();
    if (!rules)
        return;
    try {
        m_session.book().setSocialRules(*rules, m_session.actor());
    } catch (const ValidationError& e) {
        // Core may name one event's row ("events[2]", "events.birth"): they all show under the table.
        Problems placed = e.problems();
        for (Problem& p : placed)
            if (p.field.rfind("event", 0) == 0)
                p.field = "events";
        const QStringList rest = m_problems.show(placed);
        if (!rest.isEmpty()) {
            m_general->setText(QStringLiteral("⚠ ") + rest.join(QLatin1Char('\n')));
            m_general->setVisible(true);
        }
        return;
    } catch (const Error& e) {
        m_general->setText(QStringLiteral("⚠ ") + toQt(std::string(e.what())));
        m_general->setVisible(true);
        return;
    }
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
