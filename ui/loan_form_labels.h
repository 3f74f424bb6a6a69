#pragma once
// Human words for the loan forms (the new-loan wizard, the product and rules dialogs, the
// meeting sheet's loan column): schedule methods and penalty kinds as offered in a form, a
// product's terms in one line, the usual loan purposes, and which form field a core problem
// belongs to. Pure formatting of what core says; it must not decide any rule or touch a Book.

#include "core/loans/loan_product.h"
#include "core/loans/loan_request.h"
#include "core/loans/loan_views.h"
#include "core/money/currency.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

#include <string>
#include <vector>

namespace tontine::ui {

using MemberNames = QHash<MemberId, QString>;

// "Flat", "Declining balance", "Equal instalments (annuity)", "Custom dates"
QString methodOptionLabel(LoanMethod method);
// "flat", "declining balance", … as part of a sentence.
QString methodShortLabel(LoanMethod method);
std::vector<LoanMethod> loanMethods();
// "No penalty", "Fixed amount", "Percent of the instalment"
QString penaltyOptionLabel(PenaltyRule::Kind kind);
// "1 % a month, declining balance, 1 to 12 months, up to 300 % of savings, 1 guarantor
// pledging 50 %": what a treasurer reads when choosing a product.
QString productTermsText(const LoanProduct& product, const Currency& currency);
// Purposes offered as suggestions (any text may be typed).
QStringList loanPurposeSuggestions();
// The top-level field a core problem names: "guarantors[1].pledge" -> "guarantors",
// "penalty.amount" stays "penalty.amount", "custom[2]" -> "custom".
std::string problemFieldRoot(const std::string& field);
// The limits a preview checked, as rich text: the borrower's savings, loans outstanding,
// largest loan and lateness; the minimum pledge; each guarantor's savings, pledges and room.
QString loanLimitsHtml(const LoanPreview& preview, MemberId borrower, const std::optional<LoanProduct>& product,
                       const LoanRules& rules, const MemberNames& names, const Currency& currency);
// A request as a short table (borrower, product, amount, term or dates, purpose, guarantors,
// instalments, interest, total) and what happens next.
QString loanReviewHtml(const LoanRequest& request, const std::optional<LoanProduct>& product,
                       const std::vector<Instalment>& schedule, const LoanRules& rules, const MemberNames& names,
                       const Currency& currency);

} // namespace tontine::ui
