#include "core/store/sqlite.h"

#include <sqlite3.h>

namespace tontine::store {

namespace {

StorageError::Kind kindFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StorageError::Kind::Locked;
    case SQLITE_FULL: return StorageError::Kind::DiskFull;
    case SQLITE_READONLY: return StorageError::Kind::ReadOnly;
    case SQLITE_NOTADB: return StorageError::Kind::NotAFund;
    case SQLITE_CORRUPT: return StorageError::Kind::Damaged;
    case SQLITE_CANTOPEN: return StorageError::Kind::NotFound;
    default: return StorageError::Kind::Io;
    }
}

std::string explain(int code)
{
    // Say what it means for the person at the laptop, not only SQLite's words.
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "the fund is in use by another window or program";
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_READONLY: return "the file or the disk is read-only";
    case SQLITE_NOTADB: return "the file is not a Tontine fund";
    case SQLITE_CORRUPT: return "the file is damaged";
    case SQLITE_CANTOPEN: return "the file cannot be opened";
    case SQLITE_IOERR: return "the disk could not be read or written";
    default: return sqlite3_errstr(code);
    }
}

} // namespace

Statement::Statement(Database& db, std::string_view sql) : m_db(&db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, std::string("preparing ").append(sql.substr(0, 60)));
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    const int rc = sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "binding a value");
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, int size)
{
    const int rc = sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "binding a value");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "binding a value");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, "running a statement");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string Statement::text(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::string Statement::blob(int column) const
{
    const auto* p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

Database::Database(const std::filesystem::path& path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    std::string name = path.string();
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::Memory:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY;
        name = ":memory:";
        break;
    }
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError(kindFor(rc), "Cannot open " + path.string() + ": " + explain(rc));
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (message)
        sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc, "running " + text.substr(0, 60));
}

std::int64_t Database::queryInt(std::string_view sql)
{
    Statement st(*this, sql);
    return st.step() ? st.integer(0) : 0;
}

std::string Database::queryText(std::string_view sql)
{
    Statement st(*this, sql);
    return st.step() ? st.text(0) : std::string();
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

void Database::fail(int code, std::string_view doing) const
{
    std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    throw StorageError(kindFor(code), m_path.filename().string() + ": " + explain(code) + " (" +
                                          std::string(doing) + ": " + detail + ")");
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        // Never throw from a destructor: a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace tontine::store
