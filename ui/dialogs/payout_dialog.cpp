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
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);

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
    // A two-column table: what each line is, and the amount, right-aligned so sums read down.
    QString html = tr("<p><b>%1 — round %2</b> (dated %3), paid out today %4.</p>")
                       .arg(toQt(spec.name).toHtmlEscaped())
                       .arg(m_round)
                       .arg(dateText(roundDate(spec, m_round)), dateText(today));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&html](const QString& label, const QString& amount, bool bold = false) {
        const QString a = bold ? QStringLiteral("<b>%1</b>").arg(amount) : amount;
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(label, a);
    };
    row(tr("Pot of the round"), moneyText(grossPot(*state, m_round), c), true);
    for (const BeneficiaryPayout& b : preview.beneficiaries) {
        row(tr("<b>Beneficiary:</b> %1").arg(handText(spec, b.money.hand, names).toHtmlEscaped()), QString());
        if (preview.beneficiaries.size() > 1)
            row(tr("&nbsp;&nbsp;Share of the pot"), moneyText(b.money.potShare, c));
        if (b.money.discount)
            row(tr("&nbsp;&nbsp;Less the discount bid"), moneyText(-b.money.discount, c));
        if (b.money.commission)
            row(tr("&nbsp;&nbsp;Commission"), moneyText(b.money.commission, c));
        row(tr("&nbsp;&nbsp;<b>Handed over</b>"), moneyText(b.money.payout, c), true);
        if (b.holders.size() > 1)
            for (const MemberAmount& h : b.holders)
                row(tr("&nbsp;&nbsp;&nbsp;&nbsp;to %1").arg(memberName(names, h.member).toHtmlEscaped()), moneyText(h.amount, c));
    }
    if (preview.beneficiaries.empty())
        row(tr("<b>Beneficiary:</b> %1").arg(beneficiariesText(spec, scheduledBeneficiaries(*state, m_round), names).toHtmlEscaped()),
            QString());
    for (const MemberAmount& a : preview.advanced)
        row(tr("Advanced by the fund for %1 (owed back by them)").arg(memberName(names, a.member).toHtmlEscaped()),
            moneyText(a.amount, c));
    html += QStringLiteral("</table>");
    m_details->setText(html);
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
