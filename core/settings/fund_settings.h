#pragma once
// A fund's settings and its operators (the named people who record things). Pure data.

#include "core/error/errors.h"
#include "core/money/currency.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

enum class MeetingFrequency { Weekly, Fortnightly, Monthly };
std::string frequencyCode(MeetingFrequency f); // "weekly", "fortnightly", "monthly"
std::optional<MeetingFrequency> parseFrequency(std::string_view code);

struct FundSettings {
    std::string name;
    std::string currencyCode = "XOF";  // fixed once entries exist
    std::int64_t roundingUnit = 1;     // in minor units: 5 means amounts round to 5 F
    MeetingFrequency frequency = MeetingFrequency::Monthly;
    std::string language = "fr";       // "fr", "en", "es"
    int backupKeep = 10;               // automatic backups kept

    const Currency& currency() const { return currencyByCode(currencyCode); }
};

struct Operator {
    std::int64_t id = 0;
    std::string name;
    std::string role; // treasurer, secretary, president, auditor, …
    bool active = true;
};

// Every problem with a fund's settings (name, currency, rounding unit, language, backups kept).
Problems validateSettings(const FundSettings& settings);

// The languages a fund can be kept in.
bool isSupportedLanguage(std::string_view code);

// Checks every setting and returns all problems (empty when fine). Fields are the
// FundSettings member names: "name", "currencyCode", "roundingUnit", "frequency",

// The canonical text of the settings, chained as audit payload and compared by verify.
// Format "settings/1" of core/text/canonical_text.h; keys in order: name, currency,
// roundingUnit, frequency, language, backupKeep.
std::string settingsSnapshot(const FundSettings& settings);
// Format "operator/1"; keys in order: id, name, role, active.
std::string operatorSnapshot(const Operator& op);

} // namespace tontine
