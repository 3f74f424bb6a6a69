#pragma once
// The currencies a fund can keep its books in, with their minor units.
// A fixed table: adding a currency is a code change with its tests, never user data.

#include <span>
#include <string>
#include <string_view>

namespace tontine {

struct Currency {
    std::string_view code;    // ISO 4217, e.g. "XOF"
    int decimals;             // digits of the minor unit: 0 for XOF, 2 for EUR
    std::string_view symbol;  // how people write it, e.g. "F CFA", "S/"
    bool symbolBefore;        // "S/ 1,250.50" vs "125 000 F CFA"
};

// All supported currencies, in a stable order.
std::span<const Currency> currencies();
// The currency with this ISO code, or nullptr.
const Currency* findCurrency(std::string_view code);
// The currency with this ISO code; throws ValidationError when unknown.
const Currency& currencyByCode(std::string_view code);
// 10^decimals, the number of minor units in one major unit.
long long minorPerMajor(const Currency& currency);

// How amounts of a currency are written for people (Money::toDisplay). Kept apart from
// Currency so the ISO facts and the local writing habits can evolve separately.
struct CurrencyFormat {
    std::string_view groupSeparator;   // between thousands: " " or ","
    std::string_view decimalSeparator; // "." or ","
    bool spaceWithSymbol;              // "S/ 1,250.50" (true) vs "$1,250.50" (false)
};
const CurrencyFormat& currencyFormat(const Currency& currency);

} // namespace tontine
