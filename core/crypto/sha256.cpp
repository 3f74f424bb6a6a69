#include "core/crypto/sha256.h"

#include "core/error/errors.h"

#include <sodium.h>

namespace tontine {

namespace {

// libsodium wants sodium_init() before use; a function-local static runs it exactly once,
// thread-safely (C++11 magic statics), the first time anything here hashes.
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error("libsodium could not be initialised");
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

Hash sha256(std::string_view bytes)
{
    ensureSodium();
    Hash out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return out;
}

Hash chainLink(const Hash& prev, std::string_view bytes)
{
    // Streamed rather than concatenated: same digest as sha256(prev ‖ bytes), no copy of a
    // possibly large payload.
    ensureSodium();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, prev.data(), prev.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    Hash out{};
    crypto_hash_sha256_final(&state, out.data());
    return out;
}

std::string toHex(const Hash& hash)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(hash.size() * 2);
    for (std::uint8_t b : hash) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0F];
    }
    return out;
}

bool fromHex(std::string_view hex, Hash& out)
{
    // Both cases are read (people copy hashes from paper); `out` is left untouched on failure.
    if (hex.size() != out.size() * 2)
        return false;
    Hash parsed{};
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        parsed[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    out = parsed;
    return true;
}

} // namespace tontine
