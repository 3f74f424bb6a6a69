#pragma once
// A verified copy of a fund file, as listed to people choosing what to restore.

#include <cstdint>
#include <filesystem>
#include <string>

namespace tontine {

struct BackupInfo {
    std::filesystem::path path;
    std::string createdAt;   // UTC timestamp
    std::int64_t entries = 0;
    std::string chainHead;   // ChainHead::shortText()
};

} // namespace tontine
