#include "ui/savings_labels.h"

#include "ui/convert.h"

#include <QCoreApplication>
#include <QStringList>

namespace tontine::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("SavingsLabels", text); }
} // namespace

QString savingsKindLabel(SavingsKind kind)
{
    switch (kind) {
    case SavingsKind::Opening: return tr("Opening savings");
    case SavingsKind::Shares: return tr("Shares bought");
    case SavingsKind::Voluntary: return tr("Voluntary saving");
    case SavingsKind::Withdrawal: return tr("Withdrawal");
    case SavingsKind::ShareOut: return tr("Share-out");
    }
    return {};
}

QString loanAtShareOutLabel(LoanAtShareOut rule)
{
    switch (rule) {
    case LoanAtShareOut::NetOff: return tr("What a member owes is deducted from their share");
    case LoanAtShareOut::RepayFirst: return tr("Members who owe must repay before the share-out");
    }
    return {};
}

QString sharesText(int shares)
{
    return tr(shares == 1 || shares == -1 ? "%1 share" : "%1 shares").arg(shares);
}

QString savingsCycleSummaryHtml(const SavingsCycle& cycle, const Currency& currency)
{
    const QString yes = tr("allowed");
    const QString no = tr("not allowed");
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2 to %3")
                 .arg(toQt(cycle.name).toHtmlEscaped(), dateText(cycle.start), dateText(cycle.end));
    // The limits say what a member may buy at one meeting, all purchases of it together.
    const QString limits = cycle.minShares > 0
                               ? tr("%1 to %2 shares per member per meeting").arg(cycle.minShares).arg(cycle.maxShares)
                               : tr("up to %1 shares per member per meeting (buying is optional)").arg(cycle.maxShares);
    lines << tr("Share price: <b>%1</b>; %2.").arg(moneyText(cycle.sharePrice, currency), limits);
    lines << tr("Voluntary savings: %1. Withdrawals before the share-out: %2.")
                 .arg(cycle.voluntaryAllowed ? yes : no, cycle.withdrawalsAllowed ? yes : no);
    lines << tr("Loans at share-out: %1.").arg(loanAtShareOutLabel(cycle.loanRule).toLower());
    if (cycle.sharedOn)
        lines << tr("Shared out on %1.").arg(dateText(*cycle.sharedOn));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace tontine::ui
