#include "core/settings/fund_settings.h"

#include <catch2/catch.hpp>

using namespace tontine;

namespace {
FundSettings valid()
{
    FundSettings s;
    s.name = "Tontine des femmes de Koudougou";
    return s;
}

std::vector<std::pair<std::string, std::string>> fieldsAndCodes(const Problems& problems)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& p : problems) {
        out.emplace_back(p.field, p.code);
        CHECK_FALSE(p.text.empty());
    }
    return out;
}

using FC = std::vector<std::pair<std::string, std::string>>;
} // namespace

TEST_CASE("frequency codes round-trip and parse strictly")
{
    for (MeetingFrequency f : {MeetingFrequency::Weekly, MeetingFrequency::Fortnightly, MeetingFrequency::Monthly})
        CHECK(parseFrequency(frequencyCode(f)) == f);
    CHECK(frequencyCode(MeetingFrequency::Weekly) == "weekly");
    CHECK(frequencyCode(MeetingFrequency::Fortnightly) == "fortnightly");
    CHECK(frequencyCode(MeetingFrequency::Monthly) == "monthly");
    CHECK_FALSE(parseFrequency("Monthly"));
    CHECK_FALSE(parseFrequency("daily"));
    CHECK_FALSE(parseFrequency(""));
}

TEST_CASE("supported languages")
{
    CHECK(isSupportedLanguage("fr"));
    CHECK(isSupportedLanguage("en"));
    CHECK(isSupportedLanguage("es"));
    CHECK_FALSE(isSupportedLanguage("FR"));
    CHECK_FALSE(isSupportedLanguage("pt"));
    CHECK_FALSE(isSupportedLanguage(""));
    CHECK_FALSE(isSupportedLanguage("fr_FR"));
}

TEST_CASE("default settings with a name are valid")
{
    CHECK(validateSettings(valid()).empty());
    FundSettings s = valid();
    s.currencyCode = "PEN";
    s.roundingUnit = 10000;
    s.frequency = MeetingFrequency::Weekly;
    s.language = "es";
    s.backupKeep = 100;
    CHECK(validateSettings(s).empty());
    s.backupKeep = 1;
    s.roundingUnit = 1;
    CHECK(validateSettings(s).empty());
}

TEST_CASE("fund name: required, clean, at most 100 characters")
{
    FundSettings s = valid();
    s.name = "";
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"name", "required"}});
    s.name = "   ";
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"name", "required"}});
    s.name = " Padded ";
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"name", "text.untrimmed"}});
    s.name = "Two\nlines";
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"name", "text.control_chars"}});
    s.name = "Bad \xC3";
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"name", "text.encoding"}});
    s.name = std::string(100, 'n');
    CHECK(validateSettings(s).empty());
    s.name = std::string(101, 'n');
    const Problems p = validateSettings(s);
    CHECK(fieldsAndCodes(p) == FC{{"name", "too_long"}});
    CHECK(p.at(0).args == std::vector<std::string>{"100", "101"});
}

TEST_CASE("currency, rounding unit, frequency, language and backups are each checked")
{
    FundSettings s = valid();
    s.currencyCode = "GBP";
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"currencyCode", "currency.unknown"}});

    s = valid();
    for (std::int64_t bad : {std::int64_t(0), std::int64_t(-5), std::int64_t(10001), INT64_MAX}) {
        s.roundingUnit = bad;
        CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"roundingUnit", "out_of_range"}});
    }
    for (std::int64_t good : {1, 5, 10, 25, 50, 100, 500, 1000, 10000}) {
        s.roundingUnit = good;
        CHECK(validateSettings(s).empty());
    }

    s = valid();
    s.frequency = static_cast<MeetingFrequency>(42);
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"frequency", "frequency.invalid"}});

    s = valid();
    s.language = "de";
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"language", "language.unsupported"}});

    s = valid();
    for (int bad : {0, -1, 101}) {
        s.backupKeep = bad;
        const Problems p = validateSettings(s);
        CHECK(fieldsAndCodes(p) == FC{{"backupKeep", "out_of_range"}});
        CHECK(p.at(0).args == std::vector<std::string>{"1", "100", std::to_string(bad)});
    }
}

TEST_CASE("every settings problem is reported at once")
{
    FundSettings s;
    s.name = "";
    s.currencyCode = "ZZZ";
    s.roundingUnit = 0;
    s.language = "xx";
    s.backupKeep = 0;
    CHECK(fieldsAndCodes(validateSettings(s)) == FC{{"name", "required"},
                                                    {"currencyCode", "currency.unknown"},
                                                    {"roundingUnit", "out_of_range"},
                                                    {"language", "language.unsupported"},
                                                    {"backupKeep", "out_of_range"}});
}

TEST_CASE("settingsSnapshot and operatorSnapshot are fixed texts")
{
    FundSettings s = valid();
    s.currencyCode = "RWF";
    s.roundingUnit = 50;
    s.frequency = MeetingFrequency::Fortnightly;
    s.language = "en";
    s.backupKeep = 7;
    CHECK(settingsSnapshot(s) == "format=settings/1\n"
                                 "name=Tontine des femmes de Koudougou\n"
                                 "currency=RWF\n"
                                 "roundingUnit=50\n"
                                 "frequency=fortnightly\n"
                                 "language=en\n"
                                 "backupKeep=7\n");

    Operator op;
    op.id = 3;
    op.name = "Mariam Traoré";
    op.role = "treasurer";
    op.active = false;
    CHECK(operatorSnapshot(op) == "format=operator/1\n"
                                  "id=3\n"
                                  "name=Mariam Traoré\n"
                                  "role=treasurer\n"
                                  "active=0\n");
}

TEST_CASE("snapshots change when any field changes")
{
    const FundSettings base = valid();
    std::vector<FundSettings> variants(6, base);
    variants[0].name = "Other";
    variants[1].currencyCode = "EUR";
    variants[2].roundingUnit = 5;
    variants[3].frequency = MeetingFrequency::Weekly;
    variants[4].language = "es";
    variants[5].backupKeep = 11;
    for (const auto& v : variants)
        CHECK(settingsSnapshot(v) != settingsSnapshot(base));

    Operator op;
    op.name = "A";
    Operator renamed = op;
    renamed.name = "A\nrole=president";
    Operator promoted = op;
    promoted.role = "president";
    CHECK(operatorSnapshot(renamed) != operatorSnapshot(promoted));
    CHECK(operatorSnapshot(renamed).find("name=A\\nrole=president\n") != std::string::npos);
}
