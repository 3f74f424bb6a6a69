#include "core/money/money.h"

#include "core/error/errors.h"

namespace tontine {

namespace {

// The magnitude of a signed value as unsigned: safe for INT64_MIN, whose negation overflows.
std::uint64_t magnitude(std::int64_t value)
{
    return value < 0 ? std::uint64_t(0) - std::uint64_t(value) : std::uint64_t(value);
}

// Splits |minor| into its integer digits and its exactly `decimals` fraction digits.
void splitDigits(std::int64_t minor, int decimals, std::string& whole, std::string& fraction)
{
    std::string digits = std::to_string(magnitude(minor));
    if (digits.size() <= std::size_t(decimals))
        digits.insert(0, std::size_t(decimals) + 1 - digits.size(), '0');
    whole = digits.substr(0, digits.size() - std::size_t(decimals));
    fraction = digits.substr(digits.size() - std::size_t(decimals));
}

std::string groupThousands(const std::string& digits, std::string_view separator)
{
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

} // namespace

std::string formatPlain(std::int64_t minor, const Currency& currency)
{
    std::string whole;
    std::string fraction;
    splitDigits(minor, currency.decimals, whole, fraction);
    std::string out = minor < 0 ? "-" : "";
    out += whole;
    if (!fraction.empty())
        out += "." + fraction;
    return out;
}

std::string formatWithCode(std::int64_t minor, const Currency& currency)
{
    return formatPlain(minor, currency) + " " + std::string(currency.code);
}

std::string formatAmount(std::int64_t minor, const Currency* currency)
{
    return currency ? formatWithCode(minor, *currency) : std::to_string(minor);
}

std::string Money::toPlain() const
{
    return formatPlain(m_minor, *m_currency);
}

std::string Money::toDisplay() const
{
    const CurrencyFormat& format = currencyFormat(*m_currency);
    std::string whole;
    std::string fraction;
    splitDigits(m_minor, m_currency->decimals, whole, fraction);
    std::string number = groupThousands(whole, format.groupSeparator);
    if (!fraction.empty())
        number += std::string(format.decimalSeparator) + fraction;

    // The minus sign leads the whole text ("-S/ 12.00", "-125 000 F CFA") so that it is never
    // lost between a symbol and the digits.
    std::string out = m_minor < 0 ? "-" : "";
    if (m_currency->symbolBefore) {
        out += m_currency->symbol;
        if (format.spaceWithSymbol)
            out += ' ';
        out += number;
    } else {
        out += number;
        out += ' ';
        out += m_currency->symbol;
    }
    return out;
}

void Money::requireSameCurrency(const Money& other) const
{
    if (m_currency->code != other.m_currency->code)
        throw MoneyError("Cannot combine amounts in " + std::string(m_currency->code) + " and " +
                         std::string(other.m_currency->code));
}

Money Money::operator+(const Money& other) const
{
    requireSameCurrency(other);
    return Money(checkedAdd(m_minor, other.m_minor), *m_currency);
}

Money Money::operator-(const Money& other) const
{
    requireSameCurrency(other);
    return Money(checkedSub(m_minor, other.m_minor), *m_currency);
}

Money Money::operator-() const
{
    return Money(checkedSub(0, m_minor), *m_currency);
}

Money Money::times(std::int64_t factor) const
{
    return Money(checkedMul(m_minor, factor), *m_currency);
}

bool Money::operator==(const Money& other) const
{
    // Equality across currencies is simply false (no exchange rates exist here); ordering
    // across currencies has no answer, so <=> throws instead.
    return m_minor == other.m_minor && m_currency->code == other.m_currency->code;
}

std::strong_ordering Money::operator<=>(const Money& other) const
{
    requireSameCurrency(other);
    return m_minor <=> other.m_minor;
}

} // namespace tontine
