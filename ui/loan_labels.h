#pragma once
// Human words for loans and group guarantees: statuses, schedule methods, ageing buckets,
// "12 days late" (lateness in words, never in colour alone), a product's terms, a penalty
// rule. Pure formatting of what core says; it must not decide any rule or write to a Book.

#include "core/loans/loan.h"
#include "core/loans/portfolio.h"
#include "core/money/currency.h"
#include "ui/rotation_labels.h"

#include <QString>

#include <vector>

namespace tontine::ui {

QString loanStatusLabel(LoanStatus status);        // "Requested", "Active", "Written off / closed"…
QString loanMethodLabel(LoanMethod method);        // "Declining balance", …
QString guaranteeStatusLabel(GuaranteeStatus status);
QString ageingBucketLabel(AgeingBucket bucket);    // "On time", "1–30 days late", …
// "on time" (0) or "12 days late" / "1 day late".
QString daysLateText(int daysLate);
// "1 % a month"
QString ratePerMonthText(int basisPoints);
// "1 % a month, declining balance, 3–12 months, up to 3 × savings, 1 guarantor pledging 50 %".
QString loanProductText(const LoanProduct& product, const Currency& currency);
// "none", "500 F CFA once", "2 % of the instalment every 30 days", with the grace days.
QString penaltyRuleText(const PenaltyRule& rule, const Currency& currency);
// "#12"
QString loanNumberText(LoanId id);
// Whether the loan still needs someone's attention (requested, approved, active, defaulted).
bool loanIsOpen(LoanStatus status);
// "Awa Ndiaye (20 000 F CFA), Fatou Sarr (10 000 F CFA)".
QString pledgesText(const std::vector<GuarantorPledge>& pledges, const MemberNames& names, const Currency& currency);

} // namespace tontine::ui
