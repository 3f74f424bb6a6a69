#pragma once
// What the ledger store's source files share about reading rows (core/store/ only).

#include "core/crypto/sha256.h"

#include <cstring>
#include <string>

namespace tontine::store {

// A 32-byte hash column; all zero when the blob has another size.
inline Hash hashFromBlob(const std::string& blob)
{
    Hash h{};
    if (blob.size() == h.size())
        std::memcpy(h.data(), blob.data(), h.size());
    return h;
}

} // namespace tontine::store
