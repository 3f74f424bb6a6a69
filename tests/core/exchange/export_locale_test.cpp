// The export bytes do not depend on the process locale: every profile written under the C
// locale and under fr_FR.UTF-8 (decimal comma, grouping by spaces) must be identical.
#include "core/exchange/export_profile.h"
#include "tests/core/exchange/export_sample.h"

#include <catch2/catch.hpp>

#include <clocale>
#include <cstdlib>
#include <locale>
#include <map>
#include <stdexcept>

using namespace tontine;
using namespace tontine::test;

namespace {

std::map<std::string, std::string> everyExport()
{
    std::map<std::string, std::string> out;
    for (ExportProfile profile : allExportProfiles()) {
        for (std::string_view currency : {"XOF", "PEN"}) {
            const auto members =
                profile == ExportProfile::OpenImisInsurees ? MemberSelection::Enrolled : MemberSelection::All;
            const ExportFile file = buildExport(sampleRequest(profile, members), sampleExportData(currency));
            REQUIRE(file.ok());
            out[exportProfileCode(profile) + "/" + std::string(currency)] = file.bytes;
        }
    }
    return out;
}

// Sets both the C and the C++ global locale, and puts the C locale back at the end.
class LocaleScope {
public:
    explicit LocaleScope(const char* name)
    {
        if (!std::setlocale(LC_ALL, name))
            throw std::runtime_error(std::string("the locale ") + (*name ? name : "from the environment") +
                                     " is missing on this machine (scripts/install-deps generates fr_FR.UTF-8)");
        std::locale::global(std::locale(name)); // throws std::runtime_error when missing
    }
    ~LocaleScope()
    {
        std::setlocale(LC_ALL, "C");
        std::locale::global(std::locale::classic());
    }
};

} // namespace

TEST_CASE("exports are byte-identical under the C locale and fr_FR.UTF-8", "[export]")
{
    const auto plain = everyExport();
    std::map<std::string, std::string> french;
    try {
        LocaleScope scope("fr_FR.UTF-8");
        // Proof the locale took: French writes a decimal comma.
        REQUIRE(std::string(std::localeconv()->decimal_point) == ",");
        french = everyExport();
    } catch (const std::runtime_error& e) {
        FAIL(e.what()); // never skipped: a missing locale is a broken test machine
    }
    REQUIRE(french.size() == plain.size());
    for (const auto& [name, bytes] : plain) {
        INFO(name);
        CHECK(french.at(name) == bytes);
    }
}

TEST_CASE("exports match the golden files under the environment's locale", "[export]")
{
    // ctest also runs the export tests with LC_ALL=fr_FR.UTF-8 (tests/CMakeLists.txt): this
    // case takes that locale from the environment the way an application would.
    // Without LC_ALL the run is the plain one (a developer's LANG may name a locale that is not
    // generated); with it, that locale must exist.
    const char* lcAll = std::getenv("LC_ALL");
    std::string openimis, mutuelle, ledger;
    try {
        LocaleScope scope(lcAll && *lcAll ? "" : "C");
        openimis = buildExport(sampleRequest(ExportProfile::OpenImisInsurees, MemberSelection::Enrolled),
                               sampleExportData("XOF")).bytes;
        mutuelle = buildExport(sampleRequest(ExportProfile::MutuelleFr), sampleExportData("PEN")).bytes;
        ledger = buildExport(sampleRequest(ExportProfile::Ledger), sampleExportData("PEN")).bytes;
    } catch (const std::runtime_error& e) {
        FAIL(e.what());
    }
    CHECK(openimis == readFileBytes(goldenPath("openimis-insurees.csv")));
    CHECK(mutuelle == readFileBytes(goldenPath("mutuelle-fr.csv")));
    CHECK(ledger == readFileBytes(goldenPath("ledger.ledger")));
}
