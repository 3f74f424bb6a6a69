#include "ui/rotation_labels.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace tontine::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("RotationLabels", text); }
// "1 hand", "8 hands": English needs the two forms even without a translation loaded.
QString count(int n, const char* one, const char* many) { return tr(n == 1 ? one : many).arg(n); }
} // namespace

MemberNames memberNames(const std::vector<Member>& members)
{
    MemberNames names;
    for (const Member& m : members)
        names.insert(m.id, toQt(m.fullName()));
    return names;
}

QString memberName(const MemberNames& names, MemberId id)
{
    return names.value(id, tr("Member %1").arg(id));
}

QString orderMethodLabel(OrderMethod method)
{
    switch (method) {
    case OrderMethod::Fixed: return tr("Fixed order");
    case OrderMethod::Draw: return tr("Draw");
    case OrderMethod::Auction: return tr("Auction");
    }
    return {};
}

QString discountRuleLabel(DiscountRule rule)
{
    switch (rule) {
    case DiscountRule::SharedNow: return tr("Shared now among the other members");
    case DiscountRule::KeptByFund: return tr("Kept by the fund");
    case DiscountRule::SharedAtEnd: return tr("Kept in a reserve shared at the end of the cycle");
    }
    return {};
}

QString shortfallRuleLabel(ShortfallRule rule)
{
    switch (rule) {
    case ShortfallRule::Wait: return tr("Wait until everyone has paid");
    case ShortfallRule::Advance: return tr("The fund advances what is missing");
    }
    return {};
}

QString leaverRefundLabel(LeaverRefund refund)
{
    switch (refund) {
    case LeaverRefund::Return: return tr("Given back what they paid");
    case LeaverRefund::Keep: return tr("What they paid is kept by the fund");
    }
    return {};
}

QString roundStatusLabel(RoundStatus status)
{
    switch (status) {
    case RoundStatus::PaidOut: return tr("Paid");
    case RoundStatus::Collecting: return tr("Collecting");
    case RoundStatus::Upcoming: return tr("Planned");
    }
    return {};
}

QString commissionText(const CommissionRule& rule, const Currency& currency)
{
    const QString from = rule.source == CommissionSource::Winner ? tr("from the winner") : tr("from the pot");
    switch (rule.kind) {
    case CommissionRule::Kind::None: return tr("none");
    case CommissionRule::Kind::Fixed: return tr("%1 per beneficiary, %2").arg(moneyText(rule.amount, currency), from);
    case CommissionRule::Kind::Percent:
        return tr("%1 % of the beneficiary's pot, %2").arg(percentText(rule.basisPoints), from);
    }
    return {};
}

QString lateFineText(const FineRule& rule, const Currency& currency)
{
    const QString when = rule.perPeriod ? tr("per period late") : tr("once per round paid late");
    switch (rule.kind) {
    case FineRule::Kind::None: return tr("none");
    case FineRule::Kind::Fixed: return tr("%1 %2").arg(moneyText(rule.amount, currency), when);
    case FineRule::Kind::Percent: return tr("%1 % of the amount paid late, %2").arg(percentText(rule.basisPoints), when);
    }
    return {};
}

QString holdersText(const RotationSpec& spec, HandNumber hand, const MemberNames& names)
{
    const Hand* h = spec.findHand(hand);
    if (!h)
        return tr("unknown hand");
    QStringList holders;
    for (const HandShare& share : h->holders)
        holders.append(memberName(names, share.member));
    return holders.join(QStringLiteral(" + "));
}

QString handText(const RotationSpec& spec, HandNumber hand, const MemberNames& names)
{
    const Hand* h = spec.findHand(hand);
    const QString holders = holdersText(spec, hand, names);
    if (h && h->holders.size() == 2)
        return tr("Hand %1: %2 (half each)").arg(hand).arg(holders);
    return tr("Hand %1: %2").arg(hand).arg(holders);
}

QString beneficiariesText(const RotationSpec& spec, const std::vector<HandNumber>& hands, const MemberNames& names)
{
    if (hands.empty())
        return tr("to decide");
    QStringList parts;
    for (HandNumber hand : hands)
        parts.append(QStringLiteral("%1 · %2").arg(hand).arg(holdersText(spec, hand, names)));
    return parts.join(QStringLiteral("; "));
}

QString problemLines(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines.append(problemText(p));
    return lines.join(QLatin1Char('\n'));
}

QString rotationSummaryHtml(const RotationSpec& spec)
{
    const Currency& c = spec.currency();
    const QString frequency = frequencyLabel(spec.frequency).toLower();
    const QString every = spec.everyKth == 1 ? tr("a round every meeting (%1)").arg(frequency)
                                             : tr("a round every %1 meeting periods (%2)").arg(spec.everyKth).arg(frequency);
    const int members = static_cast<int>(rotationMembers(spec).size());
    const int hands = static_cast<int>(spec.hands.size());
    QStringList lines;
    lines << tr("<b>%1</b> — %2 per hand, %3, first on %4.")
                 .arg(toQt(spec.name).toHtmlEscaped(), moneyText(spec.contributionPerHand, c), every, dateText(spec.start));
    const QString beneficiaries = spec.beneficiariesPerRound == 1
                                      ? tr("one beneficiary per round")
                                      : tr("%1 beneficiaries per round").arg(spec.beneficiariesPerRound);
    lines << tr("%1 held by %2; %3, %4 in the cycle; pot %5.")
                 .arg(count(hands, "%1 hand", "%1 hands"), count(members, "%1 member", "%1 members"), beneficiaries,
                      count(cycleRounds(spec), "%1 round", "%1 rounds"),
                      moneyText(spec.contributionPerHand * static_cast<std::int64_t>(hands), c));
    switch (spec.order) {
    case OrderMethod::Fixed: lines << tr("Order: the fixed list agreed by the group."); break;
    case OrderMethod::Draw:
        lines << tr("Order: drawn from the seed <tt>%1</tt> (see Show the draw).").arg(toQt(spec.drawSeed).toHtmlEscaped());
        break;
    case OrderMethod::Auction:
        lines << tr("Order: auction, minimum bid %1; the discount is %2.")
                     .arg(moneyText(spec.minimumBid, c), discountRuleLabel(spec.discountRule).toLower());
        break;
    }
    lines << tr("Late fine: %1. Missing contributions at payout: %2. A member who leaves before receiving: %3. "
                "Commission: %4.")
                 .arg(lateFineText(spec.lateFine, c), shortfallRuleLabel(spec.shortfall).toLower(),
                      leaverRefundLabel(spec.leaverRefund).toLower(), commissionText(spec.commission, c));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace tontine::ui
