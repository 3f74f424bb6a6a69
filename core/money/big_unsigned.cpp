// Schoolbook arithmetic on base-2^32 limbs. The numbers here have at most a few thousand
// bits (the annuity's (10000 + rate)^120), so plain quadratic algorithms are fast enough and
// easy to check; division is binary long division for the same reason.

#include "core/money/big_unsigned.h"

#include "core/error/errors.h"

#include <algorithm>
#include <limits>

namespace tontine {

namespace {

using Limbs = std::vector<std::uint32_t>;

void trim(Limbs& limbs)
{
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
}

std::size_t bitLength(const Limbs& limbs)
{
    if (limbs.empty())
        return 0;
    std::size_t bits = (limbs.size() - 1) * 32;
    for (std::uint32_t top = limbs.back(); top != 0; top >>= 1)
        ++bits;
    return bits;
}

bool bitAt(const Limbs& limbs, std::size_t bit)
{
    return (limbs[bit / 32] >> (bit % 32)) & 1u;
}

int compare(const Limbs& a, const Limbs& b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (std::size_t i = a.size(); i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

// a -= b, for a >= b.
void subtractInPlace(Limbs& a, const Limbs& b)
{
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::int64_t d = static_cast<std::int64_t>(a[i]) - borrow - (i < b.size() ? static_cast<std::int64_t>(b[i]) : 0);
        borrow = d < 0 ? 1 : 0;
        if (d < 0)
            d += std::int64_t(1) << 32;
        a[i] = static_cast<std::uint32_t>(d);
    }
    trim(a);
}

// a = a * 2 + bit.
void shiftLeftOneIn(Limbs& a, bool bit)
{
    std::uint32_t carry = bit ? 1u : 0u;
    for (std::uint32_t& limb : a) {
        const std::uint32_t out = limb >> 31;
        limb = (limb << 1) | carry;
        carry = out;
    }
    if (carry)
        a.push_back(carry);
}

// Binary long division: quotient and remainder of n / d, d != 0.
void divide(const Limbs& n, const Limbs& d, Limbs& quotient, Limbs& remainder)
{
    quotient.assign(n.size(), 0);
    remainder.clear();
    for (std::size_t bit = bitLength(n); bit-- > 0;) {
        shiftLeftOneIn(remainder, bitAt(n, bit));
        trim(remainder);
        if (compare(remainder, d) >= 0) {
            subtractInPlace(remainder, d);
            quotient[bit / 32] |= 1u << (bit % 32);
        }
    }
    trim(quotient);
}

} // namespace

BigUnsigned::BigUnsigned(std::uint64_t value)
{
    while (value != 0) {
        m_limbs.push_back(static_cast<std::uint32_t>(value));
        value >>= 32;
    }
}

BigUnsigned BigUnsigned::operator+(const BigUnsigned& other) const
{
    BigUnsigned out;
    const std::size_t n = std::max(m_limbs.size(), other.m_limbs.size());
    out.m_limbs.resize(n + 1, 0);
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t sum = carry + (i < m_limbs.size() ? m_limbs[i] : 0) +
                                  (i < other.m_limbs.size() ? other.m_limbs[i] : 0);
        out.m_limbs[i] = static_cast<std::uint32_t>(sum);
        carry = sum >> 32;
    }
    out.m_limbs[n] = static_cast<std::uint32_t>(carry);
    trim(out.m_limbs);
    return out;
}

BigUnsigned BigUnsigned::operator-(const BigUnsigned& other) const
{
    if (compare(m_limbs, other.m_limbs) < 0)
        throw MoneyError("Subtraction below zero in an exact calculation: " + toDecimal() + " - " + other.toDecimal());
    BigUnsigned out = *this;
    subtractInPlace(out.m_limbs, other.m_limbs);
    return out;
}

BigUnsigned BigUnsigned::operator*(const BigUnsigned& other) const
{
    BigUnsigned out;
    if (isZero() || other.isZero())
        return out;
    out.m_limbs.assign(m_limbs.size() + other.m_limbs.size(), 0);
    for (std::size_t i = 0; i < m_limbs.size(); ++i) {
        std::uint64_t carry = 0;
        for (std::size_t j = 0; j < other.m_limbs.size(); ++j) {
            // (2^32-1)^2 + 2 (2^32-1) < 2^64: the limb product, the limb and the carry fit.
            const std::uint64_t t = static_cast<std::uint64_t>(m_limbs[i]) * other.m_limbs[j] +
                                    out.m_limbs[i + j] + carry;
            out.m_limbs[i + j] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        std::size_t k = i + other.m_limbs.size();
        while (carry != 0) {
            const std::uint64_t t = static_cast<std::uint64_t>(out.m_limbs[k]) + carry;
            out.m_limbs[k] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
            ++k;
        }
    }
    trim(out.m_limbs);
    return out;
}

BigUnsigned BigUnsigned::operator/(const BigUnsigned& other) const
{
    if (other.isZero())
        throw MoneyError("Division by zero in an exact calculation");
    BigUnsigned q;
    BigUnsigned r;
    divide(m_limbs, other.m_limbs, q.m_limbs, r.m_limbs);
    return q;
}

BigUnsigned BigUnsigned::operator%(const BigUnsigned& other) const
{
    if (other.isZero())
        throw MoneyError("Division by zero in an exact calculation");
    BigUnsigned q;
    BigUnsigned r;
    divide(m_limbs, other.m_limbs, q.m_limbs, r.m_limbs);
    return r;
}

BigUnsigned BigUnsigned::pow(unsigned exponent) const
{
    BigUnsigned result(1);
    BigUnsigned base = *this;
    while (exponent != 0) {
        if (exponent & 1u)
            result = result * base;
        exponent >>= 1;
        if (exponent != 0)
            base = base * base;
    }
    return result;
}

std::int64_t BigUnsigned::toInt64() const
{
    if (m_limbs.size() > 2 || (m_limbs.size() == 2 && (m_limbs[1] >> 31) != 0))
        throw MoneyError("Amount out of range: " + toDecimal());
    std::uint64_t value = 0;
    for (std::size_t i = m_limbs.size(); i-- > 0;)
        value = (value << 32) | m_limbs[i];
    return static_cast<std::int64_t>(value);
}

std::string BigUnsigned::toDecimal() const
{
    if (isZero())
        return "0";
    // Peel off nine digits at a time by dividing the limbs by 10^9 in place.
    Limbs rest = m_limbs;
    std::vector<std::uint32_t> chunks;
    while (!rest.empty()) {
        std::uint64_t remainder = 0;
        for (std::size_t i = rest.size(); i-- > 0;) {
            const std::uint64_t cur = (remainder << 32) | rest[i];
            rest[i] = static_cast<std::uint32_t>(cur / 1000000000u);
            remainder = cur % 1000000000u;
        }
        trim(rest);
        chunks.push_back(static_cast<std::uint32_t>(remainder));
    }
    std::string out = std::to_string(chunks.back());
    for (std::size_t i = chunks.size() - 1; i-- > 0;) {
        const std::string part = std::to_string(chunks[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

bool operator<(const BigUnsigned& a, const BigUnsigned& b)
{
    return compare(a.m_limbs, b.m_limbs) < 0;
}

} // namespace tontine
