#pragma once
// Verified backups made with SQLite's backup API, their rotation, and the inspection that
// proves a copy is a whole, untampered fund before anyone relies on it.

#include "core/store/backup.h"
#include "core/store/sqlite.h"

#include <filesystem>
#include <string>
#include <vector>

namespace tontine::store {

// Copies the open fund to `target` (must not exist), then reopens the copy and checks
// integrity, entry count and chain head against the source. A copy that fails is deleted
// and StorageError thrown. `createdAt` is the UTC timestamp recorded in the info.
BackupInfo writeVerifiedBackup(Database& source, const std::filesystem::path& target, const std::string& createdAt);

// Opens a fund file read-only and checks it: integrity_check, application id and the whole
// hash chain. Throws StorageError when it is not a sound fund.
BackupInfo inspectFund(const std::filesystem::path& path);

// The automatic backups of fund `stem` in `dir`, newest first, read from their names
// ("STEM-YYYYMMDDTHHMMSSZ-COUNT-HASH8.tontine"); cheap, opens nothing.
std::vector<BackupInfo> listAutomaticBackups(const std::filesystem::path& dir, const std::string& stem);
std::filesystem::path automaticBackupPath(const std::filesystem::path& dir, const std::string& stem,
                                          const std::string& createdAt, const std::string& chainHead);
// Deletes all but the newest `keep` automatic backups of `stem`.
void rotateAutomaticBackups(const std::filesystem::path& dir, const std::string& stem, int keep);

} // namespace tontine::store
