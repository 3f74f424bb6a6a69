#include "core/store/backups.h"

#include "core/store/ledger_store.h"
#include "core/store/schema.h"

#include <sqlite3.h>

#include <algorithm>

namespace tontine::store {

namespace fs = std::filesystem;

namespace {

std::string compactTime(const std::string& iso)
{
    // "2026-11-22T19:41:08Z" -> "20261122T194108Z": sortable and safe in file names.
    std::string out;
    for (char c : iso)
        if (c != '-' && c != ':')
            out += c;
    return out;
}

std::string isoFromCompact(const std::string& compact)
{
    if (compact.size() != 16)
        return compact;
    return compact.substr(0, 4) + "-" + compact.substr(4, 2) + "-" + compact.substr(6, 2) + "T" +
           compact.substr(9, 2) + ":" + compact.substr(11, 2) + ":" + compact.substr(13, 2) + "Z";
}

void removeWithSidecars(const fs::path& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(fs::path(path.string() + suffix), ec);
}

} // namespace

BackupInfo inspectFund(const fs::path& path)
{
    if (!fs::exists(path))
        throw StorageError(StorageError::Kind::NotFound, "No backup at " + path.string());
    Database db(path, Database::Mode::ReadOnly);
    if (db.queryInt("PRAGMA application_id") != ApplicationId)
        throw StorageError(StorageError::Kind::NotAFund, path.filename().string() + " is not a Tontine fund");
    LedgerStore ledger(db);
    const std::string integrity = ledger.integrityCheck();
    if (integrity != "ok")
        throw StorageError(StorageError::Kind::Damaged, path.filename().string() + " is damaged: " + integrity);
    const ChainCheck check = ledger.verifyChain();
    if (check.firstBad)
        throw StorageError(StorageError::Kind::Damaged, path.filename().string() + ": " + check.problem);
    BackupInfo info;
    info.path = path;
    info.entries = check.head.count;
    info.chainHead = check.head.shortText();
    return info;
}

BackupInfo writeVerifiedBackup(Database& source, const fs::path& target, const std::string& createdAt)
{
    std::error_code ec;
    if (fs::exists(target, ec))
        throw StorageError(StorageError::Kind::Exists, target.string() + " already exists");
    if (target.has_parent_path())
        fs::create_directories(target.parent_path(), ec);
    const ChainHead sourceHead = LedgerStore(source).head();
    try {
        Database copy(target, Database::Mode::ReadWriteCreate);
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup)
            copy.fail(sqlite3_errcode(copy.handle()), "starting the backup");
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            copy.fail(rc, "copying the fund");
        // The copy stands alone: one file, no WAL beside it.
        copy.exec("PRAGMA journal_mode = DELETE");
    } catch (...) {
        removeWithSidecars(target);
        throw;
    }
    BackupInfo info;
    try {
        info = inspectFund(target);
    } catch (...) {
        removeWithSidecars(target);
        throw;
    }
    if (info.entries != sourceHead.count || info.chainHead != sourceHead.shortText()) {
        removeWithSidecars(target);
        throw StorageError(StorageError::Kind::Io, "The backup at " + target.string() +
                                                       " does not match the fund; it was removed");
    }
    info.createdAt = createdAt;
    return info;
}

fs::path automaticBackupPath(const fs::path& dir, const std::string& stem, const std::string& createdAt,
                             const std::string& chainHead)
{
    return dir / (stem + "-" + compactTime(createdAt) + "-" + chainHead + ".tontine");
}

std::vector<BackupInfo> listAutomaticBackups(const fs::path& dir, const std::string& stem)
{
    std::vector<BackupInfo> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return out;
    const std::string prefix = stem + "-";
    for (const auto& item : fs::directory_iterator(dir, ec)) {
        const std::string name = item.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || item.path().extension() != ".tontine")
            continue;
        // rest = "YYYYMMDDTHHMMSSZ-COUNT-HASH8"
        const std::string rest = name.substr(prefix.size(), name.size() - prefix.size() - 8);
        const auto dash1 = rest.find('-');
        const auto dash2 = rest.find('-', dash1 == std::string::npos ? 0 : dash1 + 1);
        if (dash1 != 16 || dash2 == std::string::npos)
            continue;
        BackupInfo info;
        info.path = item.path();
        info.createdAt = isoFromCompact(rest.substr(0, dash1));
        info.chainHead = rest.substr(dash1 + 1);
        try {
            info.entries = std::stoll(rest.substr(dash1 + 1, dash2 - dash1 - 1));
        } catch (...) {
            continue;
        }
        out.push_back(info);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.entries > b.entries;
    });
    return out;
}

void rotateAutomaticBackups(const fs::path& dir, const std::string& stem, int keep)
{
    auto all = listAutomaticBackups(dir, stem);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < all.size(); ++i)
        removeWithSidecars(all[i].path);
}

} // namespace tontine::store
