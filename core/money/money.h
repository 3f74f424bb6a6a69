#pragma once
// An exact amount of money: int64 minor units and a currency. Arithmetic is checked
// (overflow and mixed currencies throw MoneyError); there is no floating point anywhere.

#include "core/money/currency.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

class Money {
public:
    Money(std::int64_t minor, const Currency& currency) : m_minor(minor), m_currency(&currency) {}
    static Money zero(const Currency& currency) { return Money(0, currency); }

    // Parses a decimal amount typed in major units: "1500", "-12.50", "125 000", optionally
    // followed by the currency's code ("1500 XOF"). Rejects more decimals than the currency
    // has, exponents, empty text, double signs, other currencies. Throws MoneyError.
    static Money parse(std::string_view text, const Currency& currency);
    // Same, but returns nullopt instead of throwing.
    static std::optional<Money> tryParse(std::string_view text, const Currency& currency);

    std::int64_t minor() const { return m_minor; }
    const Currency& currency() const { return *m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Plain machine form in major units, no grouping, no symbol: "1250.50", "-125000".
    std::string toPlain() const;
    // Readable form with grouped thousands and symbol: "125 000 F CFA", "S/ 1,250.50".
    std::string toDisplay() const;

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator-() const;
    Money& operator+=(const Money& other) { return *this = *this + other; }
    Money& operator-=(const Money& other) { return *this = *this - other; }
    Money times(std::int64_t factor) const;

    bool operator==(const Money& other) const;
    std::strong_ordering operator<=>(const Money& other) const;

private:
    void requireSameCurrency(const Money& other) const;
    std::int64_t m_minor;
    const Currency* m_currency;
};

// Formats minor units of a currency in major units without grouping ("1250.50").
std::string formatPlain(std::int64_t minor, const Currency& currency);
// How core names an amount in a message, as people type it back: plain form and the
// currency's code ("80000 XOF", "0.50 EUR"). Not for machine-readable Problem args.
std::string formatWithCode(std::int64_t minor, const Currency& currency);
// An amount in a problem's text: formatWithCode when the currency is known, else the plain
// minor units ("14000"), for pure checks called without a currency. Never for Problem args.
std::string formatAmount(std::int64_t minor, const Currency* currency);

// Splits `total` into parts proportional to `weights` (non-negative, not all zero) by the
// largest-remainder method: the parts always sum exactly to `total`. Ties in remainder go to
// the lower index first. Throws MoneyError on bad weights.
std::vector<Money> allocate(const Money& total, std::span<const std::int64_t> weights);

// Checked int64 helpers (throw MoneyError on overflow).
std::int64_t checkedAdd(std::int64_t a, std::int64_t b);
std::int64_t checkedSub(std::int64_t a, std::int64_t b);
std::int64_t checkedMul(std::int64_t a, std::int64_t b);
// round(value / unit) * unit, half away from zero; unit > 0. The one rounding mode (DESIGN §5).
std::int64_t roundToUnit(std::int64_t value, std::int64_t unit);
// round(a * b / c), half away from zero, exact through 128-bit intermediates; c != 0.
std::int64_t mulDivRound(std::int64_t a, std::int64_t b, std::int64_t c);

} // namespace tontine
