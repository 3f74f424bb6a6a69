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

} // namespace tontine::ui
