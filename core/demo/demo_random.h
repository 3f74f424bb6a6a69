#pragma once
// A fixed pseudo-random sequence for the demo (SplitMix64 from a constant seed): who comes
// late, which fines wait, who bids what. It must never be seeded from the clock or the
// machine (no std::random_device), so the same clock always gives byte-identical books.

#include <cstdint>

namespace tontine::demo {

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    // The next value of the sequence.
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // A value in [0, n) for small n (the slight modulo bias does not matter for a story).
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    // True `percent` times in a hundred.
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

} // namespace tontine::demo
