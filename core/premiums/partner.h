#pragma once
// A partner mutual (DESIGN §2.6): the health insurer the group collects premiums for, as the
// fund's settings hold it — how the mutual knows the group, its product codes, the premium and
// what it buys, how the group pays, and the export profile the mutual wants. Pure data and
// validation; it must not invent anything the mutual issues (insurance numbers, receipts).

#include "core/error/errors.h"
#include "core/money/currency.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

using PartnerId = std::int64_t;

// What one premium is for: each insured person, or a household whatever its size.
enum class PremiumBasis { PerMember, PerHousehold };
std::string premiumBasisCode(PremiumBasis basis); // "member", "household"
std::optional<PremiumBasis> parsePremiumBasis(std::string_view code);

struct Partner {
    PartnerId id = 0;
    std::string name;                      // "Mutuelle de santé And Fagaru"
    std::string payerName;                 // the group as the mutual knows it (the "payer" column)
    std::vector<std::string> productCodes; // at least one; the first is the default
    PremiumBasis basis = PremiumBasis::PerMember;
    std::int64_t premium = 0;              // minor units, per member or per household, per period
    int periodMonths = 12;                 // what one paid premium covers: 1..24 months
    std::string paymentType = "C";         // openIMIS payment type: B bank, C cash, M mobile money, F funding
    std::string contributionCategory = "C";// the mutual's category code for a premium ("contribution_category")
    std::string exportProfile = "openimis-insurees"; // the insurees file it wants: openimis-insurees, mutuelle-fr, members
    bool partialPayments = false;          // may a household pay a period in several parts
    bool active = true;                    // an inactive partner takes no new premiums
};

// Every problem: name and payer not blank; 1..10 product codes, each non-blank without spaces
// or separators (, ; ") and none twice; premium > 0 and a multiple of the rounding unit;
// periodMonths 1..24; payment type one of B C M F; category non-blank; export profile one of
// the insurees profiles. Fields are the Partner member names. Amount texts in `currency` when given.
Problems validatePartner(const Partner& partner, std::int64_t roundingUnit, const Currency* currency = nullptr);

// "partner/1" of core/text/canonical_text.h; keys in order: id, name, payerName, productCodes
// (joined by ','), basis, premium, periodMonths, paymentType, contributionCategory,
// exportProfile, partialPayments, active. Chained as "partner:<id>" and compared by verify.
std::string partnerSnapshot(const Partner& partner);

} // namespace tontine
