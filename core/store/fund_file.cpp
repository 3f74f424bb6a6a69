#include "core/store/fund_file.h"

#include "core/store/schema.h"

#include <fstream>

#include <unistd.h>

namespace tontine::store {

namespace fs = std::filesystem;

bool looksLikeSqlite(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    if (!in.read(header, sizeof header))
        return false;
    return std::string_view(header, sizeof header) == std::string_view("SQLite format 3\0", 16);
}

void configureConnection(Database& db)
{
    // No busy timeout: a fund open elsewhere is refused at once, not after a hang.
    db.exec("PRAGMA busy_timeout = 0");
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = FULL");
    const std::string mode = db.queryText("PRAGMA journal_mode = WAL");
    if (mode != "wal")
        throw StorageError(StorageError::Kind::Io, db.path().filename().string() +
                                                       ": cannot switch the file to write-ahead logging (" + mode + ")");
    // Take the exclusive lock now, with an empty write transaction, so that a second opener
    // is refused at open rather than at its first change.
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
}

FundFile::FundFile(fs::path path, std::unique_ptr<Database> db) : m_path(std::move(path)), m_db(std::move(db)) {}

FundFile::~FundFile()
{
    try {
        close();
    } catch (...) {
        // Closing after a failure (disk gone, full): SQLite recovers the WAL on next open.
    }
}

void FundFile::close()
{
    if (!m_db)
        return;
    m_db->exec("PRAGMA synchronous = FULL"); // so that the checkpoint syncs the file
    m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    m_db.reset();
}

void FundFile::setSyncEveryChange(bool on)
{
    m_db->exec(on ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF");
}

std::unique_ptr<FundFile> FundFile::create(const fs::path& path, const std::function<void(Database&)>& initialise)
{
    std::error_code ec;
    if (fs::exists(path, ec))
        throw StorageError(StorageError::Kind::Exists, path.string() + " already exists; choose another name");
    fs::path temp = path;
    temp += ".creating";
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(fs::path(temp.string() + suffix), ec);
    try {
        {
            Database db(temp, Database::Mode::ReadWriteCreate);
            db.exec("PRAGMA application_id = " + std::to_string(ApplicationId));
            configureConnection(db);
            migrate(db, migrations());
            Transaction tx(db);
            initialise(db);
            tx.commit();
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        fs::rename(temp, path);
    } catch (...) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            fs::remove(fs::path(temp.string() + suffix), ec);
        throw;
    }
    return open(path, {});
}

std::unique_ptr<FundFile> FundFile::open(const fs::path& path,
                                         const std::function<void(Database&, int)>& backupBeforeMigration)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw StorageError(StorageError::Kind::NotFound, "No fund file at " + path.string());
    if (!fs::is_regular_file(path, ec))
        throw StorageError(StorageError::Kind::NotAFund, path.string() + " is not a file");
    // Check the header ourselves before SQLite touches the file: a foreign file is refused
    // without SQLite creating a -wal or -journal beside it.
    if (!looksLikeSqlite(path))
        throw StorageError(StorageError::Kind::NotAFund, path.filename().string() + " is not a Tontine fund");

    auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    // Exclusive locking before the first read: SQLite then keeps the WAL index in private
    // memory (no -shm file) and never shares the file with another process.
    db->exec("PRAGMA busy_timeout = 0");
    db->exec("PRAGMA locking_mode = EXCLUSIVE");
    const auto appId = db->queryInt("PRAGMA application_id");
    if (appId != ApplicationId)
        throw StorageError(StorageError::Kind::NotAFund,
                           path.filename().string() + " is a database but not a Tontine fund");
    const auto version = db->queryInt("PRAGMA user_version");
    if (version > currentSchemaVersion())
        throw StorageError(StorageError::Kind::NewerVersion,
                           path.filename().string() + " was written by a newer version of Tontine (schema " +
                               std::to_string(version) + "; this version knows up to " +
                               std::to_string(currentSchemaVersion()) + "). Update Tontine to open it.");
    // WAL needs to write beside the file too, so the folder must be writable as well.
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (access(path.c_str(), W_OK) != 0 || access(folder.c_str(), W_OK) != 0)
        throw StorageError(StorageError::Kind::ReadOnly,
                           path.filename().string() + " is read-only (write-protected file or medium). "
                                                      "Copy it to the laptop to work on it.");
    configureConnection(*db);
    migrate(*db, migrations(), [&](int from) {
        if (backupBeforeMigration)
            backupBeforeMigration(*db, from);
    });
    return std::unique_ptr<FundFile>(new FundFile(path, std::move(db)));
}

} // namespace tontine::store
