#pragma once
// An exact unsigned integer of any size, for the few formulas whose exact intermediates do not
// fit in 128 bits (the annuity's (1 + r)^n). Only what those formulas need: no signs, no
// floating point, no general-purpose number library.

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

class BigUnsigned {
public:
    BigUnsigned() = default;
    BigUnsigned(std::uint64_t value); // NOLINT: implicit on purpose, like an integer literal

    BigUnsigned operator+(const BigUnsigned& other) const;
    // Throws MoneyError when other > *this (the result would be negative).
    BigUnsigned operator-(const BigUnsigned& other) const;
    BigUnsigned operator*(const BigUnsigned& other) const;
    // Quotient and remainder; throws MoneyError on division by zero.
    BigUnsigned operator/(const BigUnsigned& other) const;
    BigUnsigned operator%(const BigUnsigned& other) const;
    BigUnsigned pow(unsigned exponent) const;

    bool isZero() const { return m_limbs.empty(); }
    // The value as int64; throws MoneyError when it does not fit.
    std::int64_t toInt64() const;
    std::string toDecimal() const;

    friend bool operator==(const BigUnsigned& a, const BigUnsigned& b) { return a.m_limbs == b.m_limbs; }
    friend bool operator<(const BigUnsigned& a, const BigUnsigned& b);
    friend bool operator<=(const BigUnsigned& a, const BigUnsigned& b) { return !(b < a); }

private:
    std::vector<std::uint32_t> m_limbs; // little-endian base 2^32, no leading zero limbs
};

} // namespace tontine
