#include "app/cli/premium_text.h"

#include "app/cli/cli_context.h"
#include "app/cli/meeting_text.h"
#include "core/error/errors.h"

#include <limits>

namespace tontine::cli {

Partner requirePartnerArg(const Book& book, const std::string& text, const std::string& option)
{
    const PartnerId id = CliContext::parseCount(text, option, 1, std::numeric_limits<std::int64_t>::max());
    auto partner = book.partner(id);
    if (!partner)
        throw ValidationError(option, "partner.unknown",
                              "no partner mutual number " + text + " (see 'tontine-cli partner list')", {text});
    return *partner;
}

std::string partnerLine(const Partner& partner) { return std::to_string(partner.id) + " " + partner.name; }

std::string premiumText(const Partner& partner, const Currency& currency)
{
    return amountText(partner.premium, currency) + " " + std::string(currency.code) + " per "
           + premiumBasisCode(partner.basis) + " for " + std::to_string(partner.periodMonths)
           + (partner.periodMonths == 1 ? " month" : " months");
}

std::string paymentTypeText(const std::string& code)
{
    if (code == "B")
        return "B (bank)";
    if (code == "C")
        return "C (cash)";
    if (code == "M")
        return "M (mobile money)";
    if (code == "F")
        return "F (funding)";
    return code;
}

std::string periodText(Date start, Date end) { return start.iso() + " to " + end.iso(); }

PremiumsHeld heldFor(const Book& book, PartnerId partner, std::optional<Date> on)
{
    for (const auto& h : book.premiumsHeld(on))
        if (h.partner == partner)
            return h;
    PremiumsHeld none;
    none.partner = partner;
    return none;
}

void partnerJson(JsonWriter& j, const Partner& p, const PremiumsHeld& held)
{
    j.beginObject();
    j.field("id", p.id);
    j.field("name", p.name);
    j.field("payerName", p.payerName);
    j.key("productCodes").beginArray();
    for (const auto& code : p.productCodes)
        j.value(code);
    j.endArray();
    j.field("basis", premiumBasisCode(p.basis));
    j.field("premium", p.premium);
    j.field("periodMonths", p.periodMonths);
    j.field("paymentType", p.paymentType);
    j.field("contributionCategory", p.contributionCategory);
    j.field("exportProfile", p.exportProfile);
    j.field("partialPayments", p.partialPayments);
    j.field("active", p.active);
    j.field("collected", held.collected);
    j.field("remitted", held.remitted);
    j.field("held", held.held());
    j.endObject();
}

void premiumPaymentJson(JsonWriter& j, const Book& book, const PremiumPayment& p)
{
    j.beginObject();
    j.field("id", p.id);
    j.field("partner", p.partner);
    j.field("head", p.head);
    j.field("headName", memberName(book, p.head));
    j.field("productCode", p.productCode);
    j.field("date", p.date.iso());
    j.field("amount", p.amount);
    j.field("receiptNumber", p.receiptNumber);
    j.field("periodStart", p.periodStart.iso());
    j.field("periodEnd", p.periodEnd.iso());
    j.field("membersCovered", p.membersCovered);
    j.field("entry", p.entrySeq);
    j.field("reversed", p.reversed);
    j.endObject();
}

void remittanceJson(JsonWriter& j, const PremiumRemittance& r)
{
    j.beginObject();
    j.field("id", r.id);
    j.field("partner", r.partner);
    j.field("date", r.date.iso());
    j.field("amount", r.amount);
    j.field("mutualReceipt", r.mutualReceipt);
    j.field("note", r.note);
    j.field("entry", r.entrySeq);
    j.field("reversed", r.reversed);
    j.endObject();
}

} // namespace tontine::cli
