#include "ui/loan_form_labels.h"

#include "ui/convert.h"
#include "ui/rotation_labels.h"

#include <QCoreApplication>

namespace tontine::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("LoanLabels", text); }
} // namespace

QString methodOptionLabel(LoanMethod method)
{
    switch (method) {
    case LoanMethod::Flat: return tr("Flat (interest on the first amount)");
    case LoanMethod::Declining: return tr("Declining balance (equal principal)");
    case LoanMethod::Annuity: return tr("Equal instalments (annuity)");
    case LoanMethod::Custom: return tr("Custom dates (e.g. after harvest)");
    }
    return {};
}

QString methodShortLabel(LoanMethod method)
{
    switch (method) {
    case LoanMethod::Flat: return tr("flat");
    case LoanMethod::Declining: return tr("declining balance");
    case LoanMethod::Annuity: return tr("equal instalments");
    case LoanMethod::Custom: return tr("custom dates");
    }
    return {};
}

std::vector<LoanMethod> loanMethods()
{
    return {LoanMethod::Flat, LoanMethod::Declining, LoanMethod::Annuity, LoanMethod::Custom};
}

QString penaltyOptionLabel(PenaltyRule::Kind kind)
{
    switch (kind) {
    case PenaltyRule::Kind::None: return tr("No penalty");
    case PenaltyRule::Kind::Fixed: return tr("Fixed amount");
    case PenaltyRule::Kind::Percent: return tr("Percent of the instalment");
    }
    return {};
}

QString productTermsText(const LoanProduct& product, const Currency& currency)
{
    QStringList parts;
    parts << tr("%1 % a month").arg(percentText(product.rateBasisPoints));
    parts << methodShortLabel(product.method);
    parts << (product.minTermMonths == product.maxTermMonths
                  ? tr("%1 month(s)").arg(product.minTermMonths)
                  : tr("%1 to %2 months").arg(product.minTermMonths).arg(product.maxTermMonths));
    if (product.savingsMultiplePercent > 0)
        parts << tr("up to %1 % of savings").arg(product.savingsMultiplePercent);
    if (product.maxAmount > 0)
        parts << tr("at most %1").arg(moneyText(product.maxAmount, currency));
    if (product.guarantorsRequired > 0)
        parts << tr("%1 guarantor(s) pledging %2 % each")
                     .arg(product.guarantorsRequired)
                     .arg(percentText(product.pledgeBasisPoints));
    else
        parts << tr("no guarantor");
    return parts.join(QStringLiteral(", "));
}

QStringList loanPurposeSuggestions()
{
    return {tr("Trade"), tr("Agriculture"), tr("Livestock"), tr("School fees"), tr("Health"), tr("Housing"),
            tr("Family event")};
}

std::string problemFieldRoot(const std::string& field)
{
    if (field.rfind("penalty", 0) == 0)
        return field;
    const std::size_t cut = field.find_first_of(".[");
    return cut == std::string::npos ? field : field.substr(0, cut);
}

QString loanLimitsHtml(const LoanPreview& preview, MemberId borrower, const std::optional<LoanProduct>& product,
                       const LoanRules& rules, const MemberNames& names, const Currency& c)
{
    QStringList limits;
    // The borrower's standing comes first, when the borrower is a member.
    const bool borrowerFirst = !preview.standings.empty() && borrower != 0 && preview.standings.front().member == borrower;
    if (borrowerFirst) {
        const LoanMemberStanding& b = preview.standings.front();
        QString line = tr("<b>%1</b>: savings %2, loans outstanding %3.")
                           .arg(memberName(names, b.member).toHtmlEscaped(), moneyText(b.savings, c),
                                moneyText(b.loansOutstanding, c));
        if (preview.limit)
            line += QLatin1Char(' ') + tr("Largest loan outstanding: %1.").arg(moneyText(*preview.limit, c));
        else
            line += QLatin1Char(' ') + tr("The product sets no largest loan.");
        if (b.daysLate > 0)
            line += QLatin1Char(' ') + tr("Late %1 day(s) (the rules allow %2).").arg(b.daysLate).arg(rules.maxDaysLateToBorrow);
        limits << line;
    } else {
        limits << tr("Choose the borrower to see their savings and loan limit.");
    }
    if (product && product->guarantorsRequired > 0)
        limits << tr("Each guarantor pledges at least %1.").arg(moneyText(preview.minimumPledge, c));
    for (std::size_t i = borrowerFirst ? 1 : 0; i < preview.standings.size(); ++i) {
        const LoanMemberStanding& g = preview.standings[i];
        QString room;
        for (const GuarantorPledge& r : preview.pledgeRoom)
            if (r.guarantor == g.member)
                room = moneyText(r.pledge, c);
        limits << tr("%1: savings %2, already pledged %3, may still pledge %4.")
                      .arg(memberName(names, g.member).toHtmlEscaped(), moneyText(g.savings, c),
                           moneyText(g.pledgesHeld, c), room);
    }
    return limits.join(QStringLiteral("<br>"));
}

QString loanReviewHtml(const LoanRequest& req, const std::optional<LoanProduct>& product,
                       const std::vector<Instalment>& s, const LoanRules& rules, const MemberNames& names,
                       const Currency& c)
{
    QStringList rows;
    auto row = [&](const QString& what, const QString& value) {
        rows << QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(what, value.toHtmlEscaped());
    };
    row(tr("Borrower"), req.borrower ? memberName(names, req.borrower) : tr("not chosen"));
    row(tr("Product"), product ? toQt(product->name) : tr("none"));
    row(tr("Amount"), req.principal > 0 ? moneyText(req.principal, c) : tr("not typed"));
    if (product && product->method == LoanMethod::Custom)
        row(tr("Repayment dates"), QString::number(req.custom.size()));
    else
        row(tr("Term"), tr("%1 month(s)").arg(req.termMonths));
    row(tr("Purpose"), req.purpose.empty() ? tr("not given") : toQt(req.purpose));
    if (req.guarantors.empty())
        row(tr("Guarantors"), tr("none"));
    for (const GuarantorPledge& g : req.guarantors)
        row(tr("Guarantor"), tr("%1 pledges %2").arg(memberName(names, g.guarantor), moneyText(g.pledge, c)));
    if (!s.empty()) {
        row(tr("Instalments"),
            tr("%1, from %2 to %3").arg(s.size()).arg(dateText(s.front().dueOn), dateText(s.back().dueOn)));
        row(tr("Interest"), moneyText(scheduleInterest(s), c));
        row(tr("To repay in all"), moneyText(schedulePrincipal(s) + scheduleInterest(s), c));
    }
    QString text = QStringLiteral("<table cellspacing=4>%1</table>").arg(rows.join(QString()));
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("Once requested, the loan waits for %1 approval(s) of the committee on the Loans page, then "
                        "is paid out at a meeting; the schedule starts that day.")
                         .arg(rules.approvalsRequired));
    return text;
}

} // namespace tontine::ui
