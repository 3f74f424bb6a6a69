#pragma once
// The one family of exceptions core throws, and the problem list for input a user can fix.
// Core never shows messages to anyone: the CLI prints them, the UI translates them by code.

#include <stdexcept>
#include <string>
#include <vector>

namespace tontine {

// One thing wrong with user input: which field, a stable code, and the arguments a message
// needs. `text` is the English message (the CLI prints it; the UI may translate by `code`).
struct Problem {
    std::string field;
    std::string code;
    std::vector<std::string> args;
    std::string text;
    int line = 0;   // 1-based line of an input file, 0 when not from a file
    int column = 0; // 1-based column of an input file, 0 when not from a file
};
using Problems = std::vector<Problem>;

// Base of every failure core reports.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Input or a rule rejected it; nothing was written. Carries every problem found.
class ValidationError : public Error {
public:
    explicit ValidationError(Problems problems);
    ValidationError(std::string field, std::string code, std::string text,
                    std::vector<std::string> args = {});
    const Problems& problems() const { return m_problems; }

private:
    Problems m_problems;
};

// Money arithmetic went out of range, mixed currencies, or text was not an amount.
class MoneyError : public Error {
public:
    using Error::Error;
};

// The fund file could not be used as asked: locked, not a fund, newer version, damaged, …
class StorageError : public Error {
public:
    enum class Kind { Locked, NotAFund, NewerVersion, Damaged, DiskFull, ReadOnly, NotFound, Exists, Io };
    StorageError(Kind kind, const std::string& message) : Error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Joins the problems' texts into one line per problem (for the CLI and logs).
std::string describe(const Problems& problems);

} // namespace tontine
