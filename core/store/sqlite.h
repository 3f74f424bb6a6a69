#pragma once
// A tiny RAII wrapper over the SQLite C API: a connection, prepared statements and
// transactions. SQLite errors become StorageError (or ValidationError for constraint
// violations the caller chose to surface). Only core/store/ includes this file.

#include "core/error/errors.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tontine::store {

class Database;

// A prepared statement; reset and re-bound between uses. Moves, never copies.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindBlob(int index, const void* data, int size);
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true when a row is available, false when done.
    bool step();
    // Steps to completion, expecting no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Memory };
    Database(const std::filesystem::path& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    // Convenience: the first column of the first row of a query, as integer / text.
    std::int64_t queryInt(std::string_view sql);
    std::string queryText(std::string_view sql);
    std::int64_t lastInsertId() const;
    sqlite3* handle() const { return m_db; }
    const std::filesystem::path& path() const { return m_path; }

    // Throws the StorageError matching an SQLite result code, naming what was being done.
    [[noreturn]] void fail(int code, std::string_view doing) const;

private:
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
};

// BEGIN IMMEDIATE … COMMIT, rolled back if not committed (e.g. when an exception unwinds).
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace tontine::store
