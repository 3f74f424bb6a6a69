#pragma once
// SHA-256 through libsodium, and hex helpers. Nothing else about crypto lives here.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tontine {

using Hash = std::array<std::uint8_t, 32>;

Hash sha256(std::string_view bytes);
// SHA-256(prev ‖ bytes): one link of the hash chain.
Hash chainLink(const Hash& prev, std::string_view bytes);
std::string toHex(const Hash& hash);
// Parses 64 hex digits; returns false on anything else.
bool fromHex(std::string_view hex, Hash& out);

} // namespace tontine
