#include "core/rotation/draw.h"

#include "core/crypto/sha256.h"
#include "core/error/errors.h"

#include <algorithm>

namespace tontine {

DrawStep drawPick(const std::string& seed, int pick, std::vector<HandNumber> eligible)
{
    if (eligible.empty())
        throw Error("draw: no eligible hand");
    std::sort(eligible.begin(), eligible.end());
    const std::uint64_t n = eligible.size();
    // Values at or above `limit` would favour the low indexes; they are redrawn.
    const std::uint64_t range = std::uint64_t(1) << 32;
    const std::uint64_t limit = range - range % n;
    for (int attempt = 0;; ++attempt) {
        DrawStep step;
        step.pick = pick;
        step.eligible = eligible;
        step.attempt = attempt;
        step.message = seed + "|" + std::to_string(pick) + "|" + std::to_string(attempt);
        const Hash hash = sha256(step.message);
        step.hashHex = toHex(hash);
        step.value = (std::uint32_t(hash[0]) << 24) | (std::uint32_t(hash[1]) << 16)
                     | (std::uint32_t(hash[2]) << 8) | std::uint32_t(hash[3]);
        if (step.value >= limit)
            continue;
        step.index = static_cast<int>(step.value % n);
        step.winner = eligible[static_cast<std::size_t>(step.index)];
        return step;
    }
}

std::vector<DrawStep> drawOrder(const std::string& seed, std::vector<HandNumber> hands)
{
    std::vector<DrawStep> steps;
    std::sort(hands.begin(), hands.end());
    for (int pick = 1; !hands.empty(); ++pick) {
        steps.push_back(drawPick(seed, pick, hands));
        hands.erase(std::find(hands.begin(), hands.end(), steps.back().winner));
    }
    return steps;
}

} // namespace tontine
