// Checked integer arithmetic, the one rounding mode, and largest-remainder allocation.
// Everything goes through 128-bit intermediates so that no step can silently wrap.

#include "core/money/money.h"

#include "core/error/errors.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace tontine {

namespace {

constexpr __int128 kMin = std::numeric_limits<std::int64_t>::min();
constexpr __int128 kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t narrow(__int128 value, const char* what)
{
    if (value < kMin || value > kMax)
        throw MoneyError(std::string("Amount out of range in ") + what);
    return static_cast<std::int64_t>(value);
}

// round(n / d) half away from zero, for d > 0, exact for every 128-bit n that can arise here.
__int128 divideRounded(__int128 n, __int128 d)
{
    const bool negative = n < 0;
    const unsigned __int128 un = negative ? (unsigned __int128)0 - (unsigned __int128)n : (unsigned __int128)n;
    const unsigned __int128 ud = (unsigned __int128)d;
    unsigned __int128 q = un / ud;
    const unsigned __int128 r = un % ud;
    // r < d <= 2^64 here, so 2r cannot overflow 128 bits.
    if (2 * r >= ud)
        ++q;
    // q <= 2^126 in every call below, so it fits back into a signed 128-bit value.
    return negative ? -(__int128)q : (__int128)q;
}

} // namespace

std::int64_t checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t out;
    if (__builtin_add_overflow(a, b, &out))
        throw MoneyError("Amount out of range: " + std::to_string(a) + " + " + std::to_string(b));
    return out;
}

std::int64_t checkedSub(std::int64_t a, std::int64_t b)
{
    std::int64_t out;
    if (__builtin_sub_overflow(a, b, &out))
        throw MoneyError("Amount out of range: " + std::to_string(a) + " - " + std::to_string(b));
    return out;
}

std::int64_t checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t out;
    if (__builtin_mul_overflow(a, b, &out))
        throw MoneyError("Amount out of range: " + std::to_string(a) + " * " + std::to_string(b));
    return out;
}

std::int64_t roundToUnit(std::int64_t value, std::int64_t unit)
{
    if (unit <= 0)
        throw MoneyError("Rounding unit must be positive, not " + std::to_string(unit));
    const __int128 units = divideRounded(value, unit);
    return narrow(units * unit, "rounding");
}

std::int64_t mulDivRound(std::int64_t a, std::int64_t b, std::int64_t c)
{
    if (c == 0)
        throw MoneyError("Division by zero in an amount calculation");
    __int128 n = (__int128)a * b; // |a*b| <= 2^126: exact
    __int128 d = c;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    return narrow(divideRounded(n, d), "multiply-divide");
}

std::vector<Money> allocate(const Money& total, std::span<const std::int64_t> weights)
{
    if (weights.empty())
        throw MoneyError("Cannot split an amount among no one");
    // Sum of up to 2^64 weights of at most 2^63 each cannot overflow 128 bits in practice
    // (a span that long cannot exist), so the sum is exact.
    __int128 weightSum = 0;
    for (std::int64_t w : weights) {
        if (w < 0)
            throw MoneyError("Cannot split an amount by a negative share (" + std::to_string(w) + ")");
        weightSum += w;
    }
    if (weightSum == 0)
        throw MoneyError("Cannot split an amount when every share is zero");

    // Work on |total| and put the sign back at the end: a negative total splits as the
    // mirror image of the positive one, so reversing an allocation reverses every part.
    const bool negative = total.minor() < 0;
    const __int128 amount = negative ? -(__int128)total.minor() : (__int128)total.minor();

    const std::size_t n = weights.size();
    std::vector<__int128> floors(n);
    std::vector<__int128> remainders(n);
    __int128 given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const __int128 scaled = amount * weights[i]; // <= 2^63 * 2^63 = 2^126: exact
        floors[i] = scaled / weightSum;
        remainders[i] = scaled % weightSum;
        given += floors[i];
    }
    // What the floors leave over is fewer than n units; the largest remainders get one each.
    // Ties go to the lower index, so the result depends only on the order of the weights.
    __int128 leftover = amount - given;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b])
            return remainders[a] > remainders[b];
        return a < b;
    });
    for (std::size_t k = 0; k < n && leftover > 0; ++k, --leftover)
        floors[order[k]] += 1;

    std::vector<Money> parts;
    parts.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Each part's magnitude is at most |total| <= 2^63, so the signed value fits int64.
        const __int128 part = negative ? -floors[i] : floors[i];
        parts.emplace_back(static_cast<std::int64_t>(part), total.currency());
    }
    return parts;
}

} // namespace tontine
