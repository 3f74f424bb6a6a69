#pragma once
// What every verb needs from the command line around it: the fund file, the clock (the real
// one, or TONTINE_NOW), opening the book, the acting operator and date, and typed values
// (amounts, dates, numbers) parsed from text with errors a person can act on.
// It never talks to storage directly: everything goes through Book.

#include "app/cli/arg_parser.h"
#include "core/book/book.h"
#include "core/calendar/clock.h"
#include "core/money/currency.h"

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace tontine::cli {

class CliContext {
public:
    CliContext(std::optional<std::filesystem::path> file, std::unique_ptr<Clock> clock,
               std::ostream& out, std::ostream& err);

    // Builds the clock from TONTINE_NOW ("2026-03-01T10:00:00Z" or "2026-03-01") when set,
    // else the system clock. Throws UsageError when TONTINE_NOW is malformed.
    static std::unique_ptr<Clock> clockFromEnvironment();

    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }
    const Clock& clock() const { return *m_clock; }

    // The fund file (-f or TONTINE_FILE); UsageError when none was given.
    const std::filesystem::path& file(const std::string& verb) const;
    // Opens the fund; read verbs pass write=false so that no rotating backup is made on close.
    std::unique_ptr<Book> openBook(const std::string& verb, bool write) const;

    // The operator (--as, else TONTINE_OPERATOR, else the fund's only operator) and the date
    // (--date, else the open meeting's date, else today) of a write verb.
    Actor actor(const Book& book, const ParsedArgs& args) const;
    Date dateOption(const ParsedArgs& args, const std::string& name) const;

    // Typed values; each throws ValidationError naming the option ("--rounding: …").
    static Date parseDate(const std::string& text, const std::string& option);
    static std::int64_t parseAmount(const std::string& text, const Currency& currency,
                                    const std::string& option);
    static std::int64_t parseCount(const std::string& text, const std::string& option,
                                   std::int64_t min, std::int64_t max);

private:
    std::optional<std::filesystem::path> m_file;
    std::unique_ptr<Clock> m_clock;
    std::ostream& m_out;
    std::ostream& m_err;
};

// Amounts in text output: major units, no grouping ("1250.50", "-5000").
std::string amountText(std::int64_t minor, const Currency& currency);

} // namespace tontine::cli
