#pragma once
// Human words for loans and group guarantees as the Loans page shows them: statuses, ageing
// buckets, "12 days late" (lateness in words, never in colour alone), a penalty rule. (A
// product's terms and the methods are in loan_form_labels.h.) Pure formatting of what core
// says; it must not decide any rule or write to a Book.

#include "core/loans/loan.h"
#include "core/loans/portfolio.h"
#include "core/money/currency.h"
#include "ui/rotation_labels.h"

#include <QString>

#include <vector>

namespace tontine::ui {

QString loanStatusLabel(LoanStatus status);        // "Requested", "Active", "Written off / closed"…
QString guaranteeStatusLabel(GuaranteeStatus status);
QString ageingBucketLabel(AgeingBucket bucket);    // "On time", "1–30 days late", …
// "on time" (0) or "12 days late" / "1 day late".
QString daysLateText(int daysLate);
// "none", "500 F CFA once", "2 % of the instalment every 30 days", with the grace days.
QString penaltyRuleText(const PenaltyRule& rule, const Currency& currency);
// "#12"
QString loanNumberText(LoanId id);
// Whether the loan still needs someone's attention (requested, approved, active, defaulted).
bool loanIsOpen(LoanStatus status);

} // namespace tontine::ui
