#pragma once
// Creating and opening `.tontine` files: the checks that refuse what is not ours (foreign,
// damaged, newer, in use, read-only), the pragmas (WAL, synchronous=FULL, exclusive locking,
// foreign keys), migrations with a verified backup first, and a checkpoint on close.

#include "core/store/sqlite.h"

#include <filesystem>
#include <functional>
#include <memory>

namespace tontine::store {

class FundFile {
public:
    // Builds a new fund at `path` atomically: written under a temporary name, renamed into
    // place only when complete. `initialise` runs inside the creating transaction.
    static std::unique_ptr<FundFile> create(const std::filesystem::path& path,
                                            const std::function<void(Database&)>& initialise);
    // Opens an existing fund. `backupBeforeMigration` is called (with the file still
    // unchanged) when the schema must be upgraded; it must throw if it cannot make a backup.
    static std::unique_ptr<FundFile> open(const std::filesystem::path& path,
                                          const std::function<void(Database&, int fromVersion)>& backupBeforeMigration);
    ~FundFile();

    Database& db() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    // Folds the WAL into the main file so that the file stands alone, then closes. The file
    // is synced to the disk first even when syncEveryChange was turned off.
    void close();
    // Whether each commit waits for the disk (synchronous=FULL, the default). Only a
    // throwaway fund built in one go (the demo) turns it off: a power cut while building it
    // loses nothing anyone typed, and hundreds of commits no longer wait for the disk.
    void setSyncEveryChange(bool on);
    bool isOpen() const { return m_db != nullptr; }

private:
    FundFile(std::filesystem::path path, std::unique_ptr<Database> db);
    std::filesystem::path m_path;
    std::unique_ptr<Database> m_db;
};

// The first 16 bytes of every SQLite 3 file.
bool looksLikeSqlite(const std::filesystem::path& path);
// Sets the connection pragmas every fund connection uses (exclusive lock taken at once).
void configureConnection(Database& db);

} // namespace tontine::store
