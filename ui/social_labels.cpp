#include "ui/social_labels.h"

#include "ui/convert.h"

#include <QCoreApplication>
#include <QStringList>

namespace tontine::ui {

QString socialEventLabel(SocialEvent event)
{
    switch (event) {
    case SocialEvent::Illness: return QCoreApplication::translate("Labels", "Illness");
    case SocialEvent::DeathOfMember: return QCoreApplication::translate("Labels", "Death of a member");
    case SocialEvent::DeathOfRelative: return QCoreApplication::translate("Labels", "Death of a relative");
    case SocialEvent::Birth: return QCoreApplication::translate("Labels", "Birth");
    case SocialEvent::Wedding: return QCoreApplication::translate("Labels", "Wedding");
    case SocialEvent::Other: return QCoreApplication::translate("Labels", "Other");
    }
    return {};
}

QString eventRuleText(const SocialEventRule* rule, const Currency& currency)
{
    if (!rule || rule->amount <= 0)
        return QCoreApplication::translate("Labels", "No grant");
    return rule->fixed ? QCoreApplication::translate("Labels", "Fixed grant of %1").arg(moneyText(rule->amount, currency))
                       : QCoreApplication::translate("Labels", "Up to %1").arg(moneyText(rule->amount, currency));
}

QString shareOutRuleLabel(ShareOutRule rule)
{
    switch (rule) {
    case ShareOutRule::Standard: return QCoreApplication::translate("Labels", "Standard (by shares)");
    case ShareOutRule::TimeWeighted: return QCoreApplication::translate("Labels", "Time-weighted (by amount × meetings held)");
    }
    return {};
}

QString shareOutBasisLabel(ShareOutBasis basis)
{
    switch (basis) {
    case ShareOutBasis::Books: return QCoreApplication::translate("Labels", "What the books say");
    case ShareOutBasis::Counted: return QCoreApplication::translate("Labels", "Cash counted in the box");
    }
    return {};
}

QString approversText(const std::vector<MemberId>& approvers, const MemberNames& names)
{
    QStringList out;
    for (MemberId id : approvers)
        out.append(memberName(names, id));
    return out.join(QStringLiteral(", "));
}

} // namespace tontine::ui
