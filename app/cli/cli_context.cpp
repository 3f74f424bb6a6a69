#include "app/cli/cli_context.h"

#include "app/cli/usage_error.h"
#include "app/common/system_clock.h"
#include "core/error/errors.h"
#include "core/money/money.h"

#include <charconv>
#include <cstdlib>

namespace tontine::cli {

namespace {
std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

bool digitsAt(const std::string& s, std::size_t pos, std::size_t n)
{
    for (std::size_t i = pos; i < pos + n; ++i)
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return false;
    return true;
}
} // namespace

CliContext::CliContext(std::optional<std::filesystem::path> file, std::unique_ptr<Clock> clock,
                       std::ostream& out, std::ostream& err)
    : m_file(std::move(file)), m_clock(std::move(clock)), m_out(out), m_err(err)
{
}

std::unique_ptr<Clock> CliContext::clockFromEnvironment()
{
    std::string now = env("TONTINE_NOW");
    if (now.empty())
        return std::make_unique<SystemClock>();
    if (now.size() == 10)
        now += "T00:00:00Z";
    // Strictly YYYY-MM-DDTHH:MM:SSZ so that a golden test never depends on a lenient parse.
    bool shape = now.size() == 20 && now[10] == 'T' && now[13] == ':' && now[16] == ':'
                 && now[19] == 'Z' && digitsAt(now, 11, 2) && digitsAt(now, 14, 2)
                 && digitsAt(now, 17, 2);
    auto date = Date::parseIso(std::string_view(now).substr(0, 10));
    if (!shape || !date || std::stoi(now.substr(11, 2)) > 23 || std::stoi(now.substr(14, 2)) > 59
        || std::stoi(now.substr(17, 2)) > 59)
        throw UsageError("TONTINE_NOW must look like 2026-03-01T10:00:00Z, not '"
                         + env("TONTINE_NOW") + "'");
    return std::make_unique<FixedClock>(*date, now);
}

const std::filesystem::path& CliContext::file(const std::string& verb) const
{
    if (!m_file)
        throw UsageError("no fund file: give -f FILE or set TONTINE_FILE", verb);
    return *m_file;
}

std::unique_ptr<Book> CliContext::openBook(const std::string& verb, bool write) const
{
    BookOptions options;
    // A rotating backup after every `journal` or `verify` would push the useful ones out.
    options.backupOnClose = write;
    return Book::open(file(verb), *m_clock, options);
}

Date CliContext::dateOption(const ParsedArgs& args, const std::string& name) const
{
    if (auto text = args.value(name))
        return parseDate(*text, "--" + name);
    return m_clock->today();
}

Actor CliContext::actor(const Book& book, const ParsedArgs& args) const
{
    std::string name = args.valueOr("as", env("TONTINE_OPERATOR"));
    // What is recorded while a meeting is open belongs to it, so it counts for the meeting's
    // date unless told otherwise: a paper meeting typed in the next day needs no --date on
    // every command.
    if (!args.value("date"))
        if (std::optional<Meeting> open = book.currentMeeting())
            return Actor{book.resolveOperator(name), open->date};
    return Actor{book.resolveOperator(name), dateOption(args, "date")};
}

Date CliContext::parseDate(const std::string& text, const std::string& option)
{
    auto date = Date::parseIso(text);
    if (!date)
        throw ValidationError(option, "date.invalid",
                              "not a date (YYYY-MM-DD expected): '" + text + "'", {text});
    return *date;
}

std::int64_t CliContext::parseAmount(const std::string& text, const Currency& currency,
                                     const std::string& option)
{
    try {
        return Money::parse(text, currency).minor();
    } catch (const MoneyError& e) {
        throw ValidationError(option, "amount.invalid", e.what(), {text});
    }
}

std::int64_t CliContext::parseCount(const std::string& text, const std::string& option,
                                    std::int64_t min, std::int64_t max)
{
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        throw ValidationError(option, "number.invalid", "not a whole number: '" + text + "'", {text});
    if (value < min || value > max)
        throw ValidationError(option, "number.range",
                              "must be between " + std::to_string(min) + " and "
                                  + std::to_string(max) + ": " + text,
                              {text});
    return value;
}

std::string amountText(std::int64_t minor, const Currency& currency)
{
    return formatPlain(minor, currency);
}

} // namespace tontine::cli
