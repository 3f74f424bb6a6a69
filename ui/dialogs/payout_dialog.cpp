#include "ui/dialogs/payout_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/field_problems.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

PayoutDialog::PayoutDialog(Session& session, RotationId rotation, QWidget* parent)
    : QDialog(parent), m_session(session), m_rotation(rotation)
{
    setWindowTitle(tr("Pay out a round"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("payoutDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = FieldProblems::makeLabel(this);
    m_problems->setObjectName(QStringLiteral("payoutProblems"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_pay = buttons->addButton(tr("&Pay out"), QDialogButtonBox::AcceptRole);
    m_pay->setObjectName(QStringLiteral("pay"));
    connect(m_pay, &QPushButton::clicked, this, &PayoutDialog::pay);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(buttons);

    const auto state = session.book().rotation(rotation);
    const auto collecting = state ? collectingRound(*state) : std::nullopt;
    if (!collecting) {
        m_details->setText(state ? tr("Every round of this cycle is paid out.") : tr("This rotation no longer exists."));
        m_pay->setEnabled(false);
        return;
    }
    m_round = *collecting;
    const RotationSpec& spec = state->spec;
    const Currency& c = spec.currency();
    const MemberNames names = memberNames(session.book().members());
    const Date today = session.actor().date;
    // What Book will do today, worked out by the same engine without writing anything.
    const PayoutResult preview = preparePayout(*state, m_round, today);
    QStringList lines;
    lines << tr("<b>%1 — round %2</b> (dated %3), paid out on %4.")
                 .arg(toQt(spec.name).toHtmlEscaped())
                 .arg(m_round)
                 .arg(dateText(roundDate(spec, m_round)), dateText(today));
    lines << tr("Pot of the round: <b>%1</b>").arg(moneyText(grossPot(*state, m_round), c));
    for (const BeneficiaryPayout& b : preview.beneficiaries) {
        lines << tr("Beneficiary: <b>%1</b>").arg(handText(spec, b.money.hand, names).toHtmlEscaped());
        QString money = tr("&nbsp;&nbsp;share of the pot %1").arg(moneyText(b.money.potShare, c));
        if (b.money.discount)
            money += tr(", less discount %1").arg(moneyText(b.money.discount, c));
        if (b.money.commission)
            money += tr(", commission %1").arg(moneyText(b.money.commission, c));
        lines << money + tr(" → <b>receives %1</b>").arg(moneyText(b.money.payout, c));
        if (b.holders.size() > 1)
            for (const MemberAmount& h : b.holders)
                lines << tr("&nbsp;&nbsp;%1: %2").arg(memberName(names, h.member).toHtmlEscaped(), moneyText(h.amount, c));
    }
    if (preview.beneficiaries.empty())
        lines << tr("Beneficiary: %1").arg(beneficiariesText(spec, scheduledBeneficiaries(*state, m_round), names));
    for (const MemberAmount& a : preview.advanced)
        lines << tr("The fund advances %1 for %2 (owed back by them).")
                     .arg(moneyText(a.amount, c), memberName(names, a.member).toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
    showProblems(preview.problems);
}

void PayoutDialog::showProblems(const Problems& problems)
{
    if (problems.empty()) {
        m_problems->setVisible(false);
        m_pay->setEnabled(m_round > 0);
        return;
    }
    QStringList texts;
    for (const Problem& p : problems)
        texts.append(QStringLiteral("• ") + problemLine(p));
    m_problems->setText(tr("This round cannot be paid out yet:") + QLatin1Char('\n') + texts.join(QLatin1Char('\n')));
    m_problems->setVisible(true);
    m_pay->setEnabled(false);
}

QString PayoutDialog::problemLine(const Problem& problem) const
{
    // Core names a late member by number; people know them by name.
    if (problem.code == "payout.contributionsMissing" && problem.args.size() == 3) {
        const Currency& c = m_session.currency();
        const auto amount = amountFromText(toQt(problem.args[1]), c);
        const MemberId member = QString::fromStdString(problem.args[0]).toLongLong();
        return tr("%1 still owes %2 for round %3")
            .arg(memberName(memberNames(m_session.book().members()), member),
                 amount ? moneyText(*amount, c) : toQt(problem.args[1]), toQt(problem.args[2]));
    }
    return problemText(problem);
}

QString PayoutDialog::details() const { return m_details->text(); }

QString PayoutDialog::problems() const { return m_problems->isHidden() ? QString() : m_problems->text(); }

bool PayoutDialog::canPay() const { return m_pay->isEnabled(); }

void PayoutDialog::pay()
{
    try {
        m_result = m_session.book().payout(m_rotation, m_round, m_session.actor());
    } catch (const ValidationError& e) {
        showProblems(e.problems());
        return;
    } catch (const Error& e) {
        showProblems({Problem{"", "error", {}, e.what()}});
        return;
    }
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
