#include "ui/dialogs/savings_money_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/savings_labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

SavingsMoneyDialog::SavingsMoneyDialog(Session& session, const SavingsCycle& cycle, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_cycle(cycle), m_mode(mode), m_balances(session.book().savingsBalances(cycle.id))
{
    const Currency& c = session.currency();
    switch (mode) {
    case Mode::Opening: setWindowTitle(tr("Opening savings")); break;
    case Mode::Voluntary: setWindowTitle(tr("Voluntary saving")); break;
    case Mode::Withdraw: setWindowTitle(tr("Withdraw savings")); break;
    }
    setAccessibleName(windowTitle());

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setAccessibleName(tr("Member"));
    for (const Member& m : session.book().members()) {
        const bool saves = std::any_of(m_balances.begin(), m_balances.end(),
                                       [&](const MemberSavings& s) { return s.member == m.id; });
        // Only a member with savings can take some out; a member who left can still do so.
        if (mode == Mode::Withdraw ? saves : m.active)
            m_member->addItem(QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())), QVariant::fromValue<qlonglong>(m.id));
    }
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_amount->setPlaceholderText(tr("e.g. %1").arg(plainMoneyText(1000 * minorPerMajor(c), c)));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto add = [&](const QString& label, QWidget* editor, const QStringList& fields) {
        auto* problem = FieldProblems::makeLabel(this);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(editor);
        form->addRow(caption, FieldProblems::wrap(editor, problem));
        for (const QString& f : fields)
            m_problems.add(f, editor, problem);
    };
    add(tr("&Member:"), m_member, {QStringLiteral("member")});
    if (mode == Mode::Opening) {
        m_shares = new QSpinBox(this);
        m_shares->setObjectName(QStringLiteral("shares"));
        m_shares->setAccessibleName(tr("Shares"));
        m_shares->setRange(0, 100000);
        add(tr("&Shares held:"), m_shares, {QStringLiteral("shares")});
        connect(m_shares, &QSpinBox::valueChanged, this, &SavingsMoneyDialog::followShares);
        connect(m_amount, &QLineEdit::textEdited, this, [this] { m_amountEdited = true; });
    }
    m_amount->setAccessibleName(tr("Amount in %1").arg(toQt(c.symbol)));
    add(mode == Mode::Withdraw ? tr("&Amount taken out:") : tr("&Amount:"), m_amount, {QStringLiteral("amount")});

    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("moneyProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::Withdraw ? tr("&Withdraw") : tr("&Record"));
    ok->setObjectName(QStringLiteral("record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SavingsMoneyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_member, &QComboBox::currentIndexChanged, this, &SavingsMoneyDialog::showMember);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b> — %2")
                                     .arg(toQt(cycle.name).toHtmlEscaped(),
                                          tr("share price %1").arg(moneyText(cycle.sharePrice, c))),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
    followShares();
    showMember();
    // The member is usually chosen on the page already: straight to what is typed.
    if (m_shares)
        m_shares->setFocus();
    else
        m_amount->setFocus();
}

MemberId SavingsMoneyDialog::member() const { return m_member->currentData().toLongLong(); }

void SavingsMoneyDialog::chooseMember(MemberId member)
{
    m_member->setCurrentIndex(m_member->findData(QVariant::fromValue<qlonglong>(member)));
}

QString SavingsMoneyDialog::details() const { return m_details->text(); }

QString SavingsMoneyDialog::generalProblem() const { return m_general->isHidden() ? QString() : m_general->text(); }

void SavingsMoneyDialog::followShares()
{
    // The savings start is usually whole shares at the cycle's price; a different amount may be typed.
    if (m_shares && !m_amountEdited)
        m_amount->setText(m_shares->value() > 0
                              ? plainMoneyText(std::int64_t(m_shares->value()) * m_cycle.sharePrice, m_session.currency())
                              : QString());
}

void SavingsMoneyDialog::showMember()
{
    const Currency& c = m_session.currency();
    const auto it = std::find_if(m_balances.begin(), m_balances.end(),
                                 [this](const MemberSavings& s) { return s.member == member(); });
    const MemberSavings s = it != m_balances.end() ? *it : MemberSavings{member()};
    switch (m_mode) {
    case Mode::Opening:
        m_details->setText(tr("What the member already held when the group began keeping its books here. It is "
                              "entered once per member, before their first purchase, and counts as cash in the box."));
        break;
    case Mode::Voluntary:
        m_details->setText(tr("Saved so far in the cycle: %1 (%2).").arg(moneyText(s.saved, c), sharesText(s.shares)));
        break;
    case Mode::Withdraw:
        m_details->setText(member() <= 0 ? tr("Nobody has savings to withdraw.")
                                         : tr("Free to withdraw: <b>%1</b> (saved %2 − pledged %3 − owed %4).")
                                               .arg(moneyText(s.free(), c), moneyText(s.saved, c),
                                                    moneyText(s.pledged, c), moneyText(s.owed, c)));
        break;
    }
}

void SavingsMoneyDialog::growToFit()
{
    // A problem shown under a field needs room: grow instead of squeezing the fields.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

void SavingsMoneyDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    if (member() <= 0) {
        m_problems.showOne(QStringLiteral("member"), tr("Choose a member."));
        growToFit();
        return;
    }
    const QString text = m_amount->text().trimmed();
    const std::optional<std::int64_t> amount = amountFromText(text, m_session.currency());
    if (!amount) {
        m_problems.showOne(QStringLiteral("amount"), tr("Type an amount, e.g. 1000."));
        m_amount->setFocus();
        growToFit();
        return;
    }
    const bool done = m_problems.attempt(m_general, [&] {
        Book& book = m_session.book();
        switch (m_mode) {
        case Mode::Opening: book.recordOpeningShares(m_cycle.id, member(), m_shares->value(), *amount, m_session.actor()); break;
        case Mode::Voluntary: book.saveVoluntary(m_cycle.id, member(), *amount, m_session.actor()); break;
        case Mode::Withdraw: book.withdrawSavings(m_cycle.id, member(), *amount, m_session.actor()); break;
        }
    });
    if (!done) {
        growToFit();
        return;
    }
    m_amountRecorded = *amount;
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
