#include "core/premiums/partner.h"

#include "core/money/money.h"
#include "core/text/canonical_text.h"
#include "core/text/text_checks.h"

#include <algorithm>
#include <utility>

namespace tontine {

namespace {

constexpr std::size_t kMaxTextLength = 100;
constexpr std::size_t kMaxProducts = 10;
constexpr int kMaxPeriodMonths = 24;

void add(Problems& problems, std::string field, std::string code, std::string text, std::vector<std::string> args = {})
{
    problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
}

// A text setting: required, valid UTF-8, one line, not too long (it goes into the files the
// mutual loads, where a line break would split a row).
void checkText(Problems& problems, const char* field, const std::string& label, const std::string& value,
               const char* requiredCode)
{
    const std::string_view text = trimText(value);
    if (text.empty())
        add(problems, field, requiredCode, label + " is required");
    else if (!isValidUtf8(text))
        add(problems, field, "text.encoding", label + " is not valid UTF-8 text");
    else if (hasControlChars(text))
        add(problems, field, "text.control_chars", label + " contains control characters (such as tabs or line breaks)");
    else if (const std::size_t length = codePointCount(text); length > kMaxTextLength)
        add(problems, field, "too_long",
            label + " must be at most " + std::to_string(kMaxTextLength) + " characters long (it has " +
                std::to_string(length) + ")",
            {std::to_string(kMaxTextLength), std::to_string(length)});
}

// Product codes travel in CSV cells and in the snapshot joined by ','; a separator, quote or
// space inside one would make a file the mutual's import splits differently.
bool validProductCode(const std::string& code)
{
    if (code.empty() || !isValidUtf8(code) || hasControlChars(code) || codePointCount(code) > 30)
        return false;
    return std::none_of(code.begin(), code.end(),
                        [](char c) { return c == ' ' || c == ',' || c == ';' || c == '"'; });
}

bool insureesProfile(const std::string& code)
{
    return code == "openimis-insurees" || code == "mutuelle-fr" || code == "members";
}

std::string joined(const std::vector<std::string>& codes)
{
    std::string out;
    for (const auto& c : codes)
        out += (out.empty() ? "" : ",") + c;
    return out;
}

} // namespace

std::string premiumBasisCode(PremiumBasis basis)
{
    return basis == PremiumBasis::PerHousehold ? "household" : "member";
}

std::optional<PremiumBasis> parsePremiumBasis(std::string_view code)
{
    if (code == "member")
        return PremiumBasis::PerMember;
    if (code == "household")
        return PremiumBasis::PerHousehold;
    return std::nullopt;
}

Problems validatePartner(const Partner& partner, std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    checkText(problems, "name", "The partner's name", partner.name, "partner.name_required");
    checkText(problems, "payerName", "The payer name", partner.payerName, "partner.payer_required");

    if (partner.productCodes.empty() || partner.productCodes.size() > kMaxProducts)
        add(problems, "productCodes", "partner.products_count",
            "A partner needs from 1 to " + std::to_string(kMaxProducts) + " product codes, not " +
                std::to_string(partner.productCodes.size()),
            {std::to_string(kMaxProducts), std::to_string(partner.productCodes.size())});
    for (std::size_t i = 0; i < partner.productCodes.size(); ++i) {
        const std::string& code = partner.productCodes[i];
        if (!validProductCode(code)) {
            add(problems, "productCodes", "partner.product_invalid",
                "Product code \"" + code +
                    "\" must be 1 to 30 characters without spaces, commas, semicolons or quotes",
                {code});
        } else if (std::find(partner.productCodes.begin(), partner.productCodes.begin() + static_cast<std::ptrdiff_t>(i),
                             code) != partner.productCodes.begin() + static_cast<std::ptrdiff_t>(i)) {
            add(problems, "productCodes", "partner.product_duplicate", "Product code " + code + " is listed twice",
                {code});
        }
    }

    const std::int64_t unit = roundingUnit > 0 ? roundingUnit : 1;
    if (partner.premium <= 0)
        add(problems, "premium", "partner.premium_positive",
            "The premium must be more than zero, not " + formatAmount(partner.premium, currency),
            {std::to_string(partner.premium)});
    else if (partner.premium % unit != 0)
        add(problems, "premium", "partner.premium_unit",
            "The premium (" + formatAmount(partner.premium, currency) + ") must be a whole multiple of the rounding unit " +
                formatAmount(unit, currency),
            {std::to_string(partner.premium), std::to_string(unit)});

    if (partner.periodMonths < 1 || partner.periodMonths > kMaxPeriodMonths)
        add(problems, "periodMonths", "partner.period_months",
            "A premium covers from 1 to " + std::to_string(kMaxPeriodMonths) + " months, not " +
                std::to_string(partner.periodMonths),
            {std::to_string(kMaxPeriodMonths), std::to_string(partner.periodMonths)});

    const std::string& type = partner.paymentType;
    if (type != "B" && type != "C" && type != "M" && type != "F")
        add(problems, "paymentType", "partner.payment_type",
            "The payment type must be B (bank), C (cash), M (mobile money) or F (funding), not \"" + type + "\"", {type});

    checkText(problems, "contributionCategory", "The contribution category", partner.contributionCategory,
              "partner.category_required");

    if (!insureesProfile(partner.exportProfile))
        add(problems, "exportProfile", "partner.export_profile",
            "The export profile must be openimis-insurees, mutuelle-fr or members, not \"" + partner.exportProfile + "\"",
            {partner.exportProfile});
    return problems;
}

std::string partnerSnapshot(const Partner& partner)
{
    // Format "partner/1": key order fixed forever (a new field is appended as a new key).
    CanonicalWriter w("partner");
    w.integer("id", partner.id)
        .text("name", partner.name)
        .text("payerName", partner.payerName)
        .text("productCodes", joined(partner.productCodes))
        .text("basis", premiumBasisCode(partner.basis))
        .integer("premium", partner.premium)
        .integer("periodMonths", partner.periodMonths)
        .text("paymentType", partner.paymentType)
        .text("contributionCategory", partner.contributionCategory)
        .text("exportProfile", partner.exportProfile)
        .flag("partialPayments", partner.partialPayments)
        .flag("active", partner.active);
    return w.str();
}

} // namespace tontine
