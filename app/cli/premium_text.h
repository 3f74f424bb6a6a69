#pragma once
// How partner mutuals, premium payments, remittances and coverage read on the command line and
// in JSON, shared by the partner, premium and export verbs. Parsing and wording only: it never
// writes (the book decides and records).

#include "app/cli/json_writer.h"
#include "core/book/book.h"

#include <string>

namespace tontine::cli {

// The partner named by a number argument (`option` names it in errors), or a ValidationError
// (exit code 1) when it is not a number or the fund has no such partner.
Partner requirePartnerArg(const Book& book, const std::string& text, const std::string& option);

// "1 Mutuelle de santé And Fagaru".
std::string partnerLine(const Partner& partner);
// "3500 XOF per member for 12 months" / "… per household for 1 month".
std::string premiumText(const Partner& partner, const Currency& currency);
// "C (cash)": an openIMIS payment type code with its meaning.
std::string paymentTypeText(const std::string& code);
// "2026-03-10 to 2027-03-09".
std::string periodText(Date start, Date end);
// What the group holds for one partner (zeros when it holds nothing).
PremiumsHeld heldFor(const Book& book, PartnerId partner, std::optional<Date> on = std::nullopt);

// JSON objects; amounts in minor units.
void partnerJson(JsonWriter& j, const Partner& partner, const PremiumsHeld& held);
void premiumPaymentJson(JsonWriter& j, const Book& book, const PremiumPayment& payment);
void remittanceJson(JsonWriter& j, const PremiumRemittance& remittance);

} // namespace tontine::cli
