#pragma once
// Human words for a savings cycle's settings and facts: the kind of a savings record, what
// happens to a loan at share-out, the cycle's definition in a few lines. Pure formatting of
// what core says; it must not decide any rule or write to a Book.

#include "core/money/currency.h"
#include "core/savings/savings_cycle.h"
#include "core/savings/savings_record.h"

#include <QString>

namespace tontine::ui {

QString savingsKindLabel(SavingsKind kind);   // "Shares bought", "Withdrawal", …
QString loanAtShareOutLabel(LoanAtShareOut rule);
// "3 shares" / "1 share": English needs the two forms even without a translation loaded.
QString sharesText(int shares);
// The cycle's definition as a few lines of rich text (dates, share price, limits, rules).
QString savingsCycleSummaryHtml(const SavingsCycle& cycle, const Currency& currency);

} // namespace tontine::ui
