#pragma once
// The reproducible draw (docs/draw.md): each pick takes one hand among the eligible ones,
// sorted by hand number, using SHA-256 of "<seed>|<pick>|<attempt>". The first 4 bytes of
// the hash, read big-endian, give a number x; if x is below the largest multiple of n (the
// number of eligible hands) that fits in 2^32, the winner is eligible[x mod n]; otherwise
// the next attempt is hashed (rejection sampling: no modulo bias). No randomness, no clock.

#include "core/rotation/rotation_spec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

// One pick of the draw, with everything a person needs to check it by hand.
struct DrawStep {
    int pick = 0;                        // 1, 2, … : round r with b beneficiaries has picks (r-1)b+1 … rb
    std::vector<HandNumber> eligible;    // sorted by hand number
    int attempt = 0;                     // the attempt that was accepted (0 almost always)
    std::string message;                 // "<seed>|<pick>|<attempt>", the bytes hashed
    std::string hashHex;                 // SHA-256 of message
    std::uint32_t value = 0;             // first 4 bytes of the hash, big-endian
    int index = 0;                       // value mod eligible.size()
    HandNumber winner = 0;               // eligible[index]
};

// Draws pick number `pick` among `eligible` (sorted ascending; must not be empty).
DrawStep drawPick(const std::string& seed, int pick, std::vector<HandNumber> eligible);

// The whole order of `hands` drawn at once: picks 1…N, each among the hands not yet drawn.
// Drawing round by round among those who have not received gives the same order.
std::vector<DrawStep> drawOrder(const std::string& seed, std::vector<HandNumber> hands);

} // namespace tontine
