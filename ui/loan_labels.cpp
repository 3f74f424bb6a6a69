#include "ui/loan_labels.h"

#include "ui/convert.h"

#include <QCoreApplication>
#include <QStringList>

namespace tontine::ui {

QString loanStatusLabel(LoanStatus status)
{
    switch (status) {
    case LoanStatus::Requested: return QCoreApplication::translate("Labels", "Requested");
    case LoanStatus::Approved: return QCoreApplication::translate("Labels", "Approved");
    case LoanStatus::Active: return QCoreApplication::translate("Labels", "Active");
    case LoanStatus::Repaid: return QCoreApplication::translate("Labels", "Repaid");
    case LoanStatus::Defaulted: return QCoreApplication::translate("Labels", "In default");
    case LoanStatus::Closed: return QCoreApplication::translate("Labels", "Closed after default");
    case LoanStatus::Cancelled: return QCoreApplication::translate("Labels", "Cancelled");
    }
    return {};
}

QString loanMethodLabel(LoanMethod method)
{
    switch (method) {
    case LoanMethod::Flat: return QCoreApplication::translate("Labels", "Flat interest");
    case LoanMethod::Declining: return QCoreApplication::translate("Labels", "Declining balance");
    case LoanMethod::Annuity: return QCoreApplication::translate("Labels", "Equal instalments (annuity)");
    case LoanMethod::Custom: return QCoreApplication::translate("Labels", "Custom schedule");
    }
    return {};
}

QString guaranteeStatusLabel(GuaranteeStatus status)
{
    switch (status) {
    case GuaranteeStatus::Open: return QCoreApplication::translate("Labels", "Open");
    case GuaranteeStatus::Released: return QCoreApplication::translate("Labels", "Released");
    case GuaranteeStatus::Called: return QCoreApplication::translate("Labels", "Called (now a loan)");
    }
    return {};
}

QString ageingBucketLabel(AgeingBucket bucket)
{
    switch (bucket) {
    case AgeingBucket::Current: return QCoreApplication::translate("Labels", "On time");
    case AgeingBucket::Late1To30: return QCoreApplication::translate("Labels", "1–30 days late");
    case AgeingBucket::Late31To60: return QCoreApplication::translate("Labels", "31–60 days late");
    case AgeingBucket::Late61To90: return QCoreApplication::translate("Labels", "61–90 days late");
    case AgeingBucket::LateOver90: return QCoreApplication::translate("Labels", "Over 90 days late");
    }
    return {};
}

QString daysLateText(int daysLate)
{
    if (daysLate <= 0)
        return QCoreApplication::translate("Labels", "on time");
    // English needs both forms even without a translation loaded.
    return daysLate == 1 ? QCoreApplication::translate("Labels", "1 day late") : QCoreApplication::translate("Labels", "%1 days late").arg(daysLate);
}

QString ratePerMonthText(int basisPoints) { return QCoreApplication::translate("Labels", "%1 % a month").arg(percentText(basisPoints)); }

QString loanProductText(const LoanProduct& p, const Currency& c)
{
    QStringList parts;
    parts << ratePerMonthText(p.rateBasisPoints) << loanMethodLabel(p.method).toLower();
    parts << (p.minTermMonths == p.maxTermMonths ? QCoreApplication::translate("Labels", "%1 month(s)").arg(p.maxTermMonths)
                                                 : QCoreApplication::translate("Labels", "%1–%2 months").arg(p.minTermMonths).arg(p.maxTermMonths));
    if (p.savingsMultiplePercent > 0)
        parts << QCoreApplication::translate("Labels", "up to %1 × savings").arg(percentText(p.savingsMultiplePercent));
    if (p.maxAmount > 0)
        parts << QCoreApplication::translate("Labels", "at most %1").arg(moneyText(p.maxAmount, c));
    if (p.guarantorsRequired > 0)
        parts << QCoreApplication::translate("Labels", "%1 guarantor(s) pledging at least %2 % each")
                     .arg(p.guarantorsRequired)
                     .arg(percentText(p.pledgeBasisPoints));
    else
        parts << QCoreApplication::translate("Labels", "no guarantor required");
    return parts.join(QStringLiteral(", "));
}

QString penaltyRuleText(const PenaltyRule& rule, const Currency& c)
{
    if (rule.kind == PenaltyRule::Kind::None)
        return QCoreApplication::translate("Labels", "none");
    const QString what = rule.kind == PenaltyRule::Kind::Fixed
                             ? moneyText(rule.amount, c)
                             : QCoreApplication::translate("Labels", "%1 % of the instalment").arg(percentText(rule.basisPoints));
    QString text = rule.perPeriod ? QCoreApplication::translate("Labels", "%1 for every %2 days late").arg(what).arg(rule.periodDays)
                                  : QCoreApplication::translate("Labels", "%1 once").arg(what);
    if (rule.graceDays > 0)
        text += QCoreApplication::translate("Labels", ", after %1 days of grace").arg(rule.graceDays);
    return text;
}

QString loanNumberText(LoanId id) { return QStringLiteral("#%1").arg(id); }

bool loanIsOpen(LoanStatus status)
{
    return status == LoanStatus::Requested || status == LoanStatus::Approved || status == LoanStatus::Active ||
           status == LoanStatus::Defaulted;
}

QString pledgesText(const std::vector<GuarantorPledge>& pledges, const MemberNames& names, const Currency& c)
{
    QStringList out;
    for (const GuarantorPledge& p : pledges)
        out << QStringLiteral("%1 (%2)").arg(memberName(names, p.guarantor), moneyText(p.pledge, c));
    return out.join(QStringLiteral(", "));
}

} // namespace tontine::ui
