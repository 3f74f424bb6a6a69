#include "core/settings/fund_settings.h"

#include "core/text/canonical_text.h"
#include "core/text/text_checks.h"

#include <array>

namespace tontine {

namespace {

constexpr std::size_t kMaxNameLength = 100;
constexpr std::int64_t kMaxRoundingUnit = 10000;
constexpr int kMinBackupKeep = 1;
constexpr int kMaxBackupKeep = 100;
constexpr std::array<std::string_view, 3> kLanguages{"fr", "en", "es"};

bool knownFrequency(MeetingFrequency f)
{
    return f == MeetingFrequency::Weekly || f == MeetingFrequency::Fortnightly || f == MeetingFrequency::Monthly;
}

} // namespace

std::string frequencyCode(MeetingFrequency f)
{
    switch (f) {
    case MeetingFrequency::Weekly: return "weekly";
    case MeetingFrequency::Fortnightly: return "fortnightly";
    case MeetingFrequency::Monthly: return "monthly";
    }
    return "";
}

std::optional<MeetingFrequency> parseFrequency(std::string_view code)
{
    for (MeetingFrequency f : {MeetingFrequency::Weekly, MeetingFrequency::Fortnightly, MeetingFrequency::Monthly})
        if (code == frequencyCode(f))
            return f;
    return std::nullopt;
}

bool isSupportedLanguage(std::string_view code)
{
    for (std::string_view language : kLanguages)
        if (code == language)
            return true;
    return false;
}

Problems validateSettings(const FundSettings& settings)
{
    Problems problems;
    auto add = [&](std::string field, std::string code, std::vector<std::string> args, std::string text) {
        problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
    };

    const std::string_view name = settings.name;
    if (!isValidUtf8(name))
        add("name", "text.encoding", {}, "The fund name is not valid UTF-8 text");
    else if (hasControlChars(name))
        add("name", "text.control_chars", {}, "The fund name contains control characters (such as tabs or line breaks)");
    else if (trimText(name).empty())
        add("name", "required", {}, "The fund needs a name");
    else if (trimText(name) != name)
        add("name", "text.untrimmed", {}, "The fund name must not start or end with spaces");
    else if (const std::size_t length = codePointCount(name); length > kMaxNameLength)
        add("name", "too_long", {std::to_string(kMaxNameLength), std::to_string(length)},
            "The fund name must be at most " + std::to_string(kMaxNameLength) + " characters long (it has " +
                std::to_string(length) + ")");

    if (!findCurrency(settings.currencyCode))
        add("currencyCode", "currency.unknown", {settings.currencyCode},
            "Unknown currency \"" + settings.currencyCode + "\"");

    // Any unit from 1 to 10000 minor units is accepted (1, 5, 25, 100, …); beyond that,
    // rounding would swallow whole contributions.
    if (settings.roundingUnit < 1 || settings.roundingUnit > kMaxRoundingUnit)
        add("roundingUnit", "out_of_range", {"1", std::to_string(kMaxRoundingUnit), std::to_string(settings.roundingUnit)},
            "The rounding unit must be between 1 and " + std::to_string(kMaxRoundingUnit) + " minor units, not " +
                std::to_string(settings.roundingUnit));

    if (!knownFrequency(settings.frequency))
        add("frequency", "frequency.invalid", {}, "The meeting frequency must be weekly, fortnightly or monthly");

    if (!isSupportedLanguage(settings.language))
        add("language", "language.unsupported", {settings.language},
            "Language \"" + settings.language + "\" is not supported (use fr, en or es)");

    if (settings.backupKeep < kMinBackupKeep || settings.backupKeep > kMaxBackupKeep)
        add("backupKeep", "out_of_range",
            {std::to_string(kMinBackupKeep), std::to_string(kMaxBackupKeep), std::to_string(settings.backupKeep)},
            "The number of backups kept must be between " + std::to_string(kMinBackupKeep) + " and " +
                std::to_string(kMaxBackupKeep) + ", not " + std::to_string(settings.backupKeep));

    return problems;
}

std::string settingsSnapshot(const FundSettings& settings)
{
    CanonicalWriter w("settings");
    w.text("name", settings.name)
        .text("currency", settings.currencyCode)
        .integer("roundingUnit", settings.roundingUnit)
        .text("frequency", frequencyCode(settings.frequency))
        .text("language", settings.language)
        .integer("backupKeep", settings.backupKeep);
    return w.str();
}

std::string operatorSnapshot(const Operator& op)
{
    CanonicalWriter w("operator");
    w.integer("id", op.id).text("name", op.name).text("role", op.role).flag("active", op.active);
    return w.str();
}

} // namespace tontine
