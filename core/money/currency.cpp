#include "core/money/currency.h"

#include "core/error/errors.h"

#include <array>

namespace tontine {

namespace {

struct CurrencyRow {
    Currency currency;
    CurrencyFormat format;
};

// The order is part of the UI (currency pickers list them this way): append, never reorder.
// Display habits: the CFA francs and the Rwandan franc group thousands with a space and put
// the symbol after; the euro follows the French habit (1 250,50 €) because the funds that
// keep euros are mostly run from francophone diasporas; the sol, the Dominican peso and the
// dollar are written the way Peru, the Dominican Republic and the US write them.
constexpr std::array<CurrencyRow, 7> kRows{{
    {{"XOF", 0, "F CFA", false}, {" ", ".", true}},
    {{"XAF", 0, "F CFA", false}, {" ", ".", true}},
    {{"RWF", 0, "FRw", false}, {" ", ".", true}},
    {{"PEN", 2, "S/", true}, {",", ".", true}},
    {{"DOP", 2, "RD$", true}, {",", ".", true}},
    {{"EUR", 2, "\xE2\x82\xAC", false}, {" ", ",", true}},
    {{"USD", 2, "$", true}, {",", ".", false}},
}};

constexpr std::array<Currency, kRows.size()> makeCurrencies()
{
    std::array<Currency, kRows.size()> out{};
    for (std::size_t i = 0; i < kRows.size(); ++i)
        out[i] = kRows[i].currency;
    return out;
}

// A separate array of plain Currency so that currencies() can hand out a span of them.
constexpr std::array<Currency, kRows.size()> kCurrencies = makeCurrencies();

} // namespace

std::span<const Currency> currencies()
{
    return kCurrencies;
}

const Currency* findCurrency(std::string_view code)
{
    for (const auto& c : kCurrencies)
        if (c.code == code)
            return &c;
    return nullptr;
}

const Currency& currencyByCode(std::string_view code)
{
    if (const Currency* c = findCurrency(code))
        return *c;
    std::string known;
    for (const auto& c : kCurrencies) {
        if (!known.empty())
            known += ", ";
        known += c.code;
    }
    throw ValidationError("currency", "currency.unknown",
                          "Unknown currency \"" + std::string(code) + "\" (supported: " + known + ")",
                          {std::string(code)});
}

long long minorPerMajor(const Currency& currency)
{
    long long factor = 1;
    for (int i = 0; i < currency.decimals; ++i)
        factor *= 10;
    return factor;
}

const CurrencyFormat& currencyFormat(const Currency& currency)
{
    for (const auto& row : kRows)
        if (row.currency.code == currency.code)
            return row.format;
    // A Currency built outside the table (tests, future code): a neutral, unambiguous form.
    static constexpr CurrencyFormat fallback{" ", ".", true};
    return fallback;
}

} // namespace tontine
