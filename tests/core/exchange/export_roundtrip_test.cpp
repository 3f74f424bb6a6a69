// Round trips: export many random members, payments and entries (commas, semicolons, quotes,
// line breaks, accents, leading = + - @ and tabs), read the file back with readCsv, undo the
// formula neutralising, and compare every cell with the data.
#include "core/exchange/csv.h"
#include "core/exchange/export_profile.h"
#include "tests/core/exchange/export_sample.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace tontine;
using namespace tontine::test;

namespace {

class Random {
public:
    explicit Random(unsigned seed) : m_engine(seed) {}
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    // Awkward text; never starting with "'" (a cell "'=x" could not be told from a
    // neutralised "=x": csv.h documents that limit).
    std::string text(int maxPieces = 10)
    {
        static const std::vector<std::string> pieces{
            "a", "Z", "k", "0", "7", " ", "  ", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "'", "=", "+", "-", "@",
            "\t", "\xC3\xA9", "\xC5\x93", "\xC3\xB1", "\xC3\x9C", "\xE6\xBC\xA2", "\xF0\x9F\x98\x80", "|", "(", "*"};
        std::string out;
        const int n = between(0, maxPieces);
        for (int i = 0; i < n; ++i)
            out += pieces[static_cast<std::size_t>(between(0, static_cast<int>(pieces.size()) - 1))];
        if (!out.empty() && out.front() == '\'')
            out.insert(0, "x");
        return out;
    }
    Date date(int fromYear, int toYear)
    {
        const int first = Date::fromYmd(fromYear, 1, 1).days();
        const int last = Date::fromYmd(toYear, 12, 31).days();
        return Date::fromDays(between(first, last));
    }

private:
    std::mt19937 m_engine;
};

std::string two(int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); }
std::string usText(Date d) { return two(d.month()) + "/" + two(d.day()) + "/" + std::to_string(d.year()); }
std::string frText(Date d) { return two(d.day()) + "/" + two(d.month()) + "/" + std::to_string(d.year()); }
std::string major(std::int64_t minor, char mark) // two decimals
{
    const std::string sign = minor < 0 ? "-" : "";
    const std::int64_t a = minor < 0 ? -minor : minor;
    return sign + std::to_string(a / 100) + mark + two(static_cast<int>(a % 100));
}

// The file read back: rows after the header, each cell un-neutralised when the profile
// neutralises text (every CSV profile does).
std::vector<std::vector<std::string>> readBack(const std::string& bytes, char separator, std::size_t columns)
{
    const CsvTable table = readCsv(bytes);
    CHECK(table.separator == separator);
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 1; i < table.rows.size(); ++i) {
        REQUIRE(table.rows[i].cells.size() == columns);
        std::vector<std::string> cells;
        for (const std::string& c : table.rows[i].cells)
            cells.push_back(csvUnneutralise(c));
        rows.push_back(cells);
    }
    return rows;
}

// Random members in households: about a third are dependants of an earlier head.
ExportData randomMembers(Random& rnd, int count)
{
    ExportData d = sampleExportData("PEN");
    d.members.clear();
    d.payments.clear();
    std::vector<MemberId> heads;
    const Sex sexes[] = {Sex::Male, Sex::Female, Sex::Other};
    const Relationship relations[] = {Relationship::Spouse, Relationship::Child, Relationship::Parent,
                                      Relationship::Sibling, Relationship::Other};
    for (int i = 1; i <= count; ++i) {
        Member m;
        m.id = i;
        m.lastName = rnd.text();
        m.otherNames = rnd.text();
        m.sex = sexes[rnd.between(0, 2)];
        m.birthDate = rnd.date(1930, 2025);
        m.phone = rnd.text(4);
        m.idDocType = "x" + rnd.text(3);
        m.idDocNumber = "y" + rnd.text(3);
        m.village = rnd.text();
        m.municipality = rnd.text();
        m.district = rnd.text();
        m.region = rnd.text();
        m.joinedOn = rnd.date(2020, 2026);
        if (m.joinedOn > sampleTo())
            m.joinedOn = sampleTo();
        m.insuranceNumber = rnd.text(4) + "#" + std::to_string(i); // unique, and awkward
        if (!heads.empty() && rnd.chance(35)) {
            m.householdHeadId = heads[static_cast<std::size_t>(rnd.between(0, static_cast<int>(heads.size()) - 1))];
            m.relationship = relations[rnd.between(0, 4)];
        } else {
            heads.push_back(m.id);
        }
        d.members.push_back(m);
    }
    return d;
}

std::string frenchRelation(const Member& m)
{
    static const std::map<Relationship, std::string> names{
        {Relationship::Spouse, "Conjoint(e)"}, {Relationship::Child, "Enfant"}, {Relationship::Parent, "Parent"},
        {Relationship::Sibling, "Fr\xC3\xA8re/S\xC5\x93ur"}, {Relationship::Other, "Autre"}};
    return m.householdHeadId ? names.at(m.relationship) : "Chef de m\xC3\xA9nage";
}

} // namespace

TEST_CASE("openimis-insurees round trip over random members", "[export]")
{
    Random rnd(20261123);
    const ExportData d = randomMembers(rnd, 400);
    const ExportFile file = buildExport(sampleRequest(ExportProfile::OpenImisInsurees), d);
    INFO(describe(file.problems));
    REQUIRE(file.ok());
    const auto rows = readBack(file.bytes, ',', 10);
    REQUIRE(rows.size() == d.members.size());
    REQUIRE(file.rows.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) // the preview is the file read back, before un-neutralising
        for (std::size_t c = 0; c < rows[i].size(); ++c)
            CHECK(csvUnneutralise(file.rows[i][c]) == rows[i][c]);
    std::map<std::string, const Member*> byNumber;
    for (const Member& m : d.members)
        byNumber[m.insuranceNumber] = &m;
    std::map<MemberId, bool> seen;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        REQUIRE(byNumber.count(r[1]));
        const Member& m = *byNumber.at(r[1]);
        const Member& head = d.members[static_cast<std::size_t>(m.householdHeadId.value_or(m.id) - 1)];
        CHECK(r[0] == head.insuranceNumber);
        CHECK(seen[head.id] == (head.id != m.id)); // the head's row came first
        CHECK(r[2] == m.lastName);
        CHECK(r[3] == m.otherNames);
        CHECK(r[4] == usText(*m.birthDate));
        CHECK(r[5] == sexCode(m.sex));
        CHECK(r[6] == m.village);
        CHECK(r[7] == m.municipality);
        CHECK(r[8] == m.district);
        CHECK(r[9] == m.region);
        seen[m.id] = true;
    }
}

TEST_CASE("mutuelle-fr round trip over random members and payments", "[export]")
{
    Random rnd(7);
    ExportData d = randomMembers(rnd, 300);
    for (const Member& m : d.members) {
        if (m.householdHeadId)
            continue;
        const int n = rnd.between(0, 3);
        for (int k = 0; k < n; ++k) {
            PremiumPayment p;
            p.id = static_cast<PremiumId>(d.payments.size()) + 1;
            p.partner = 1;
            p.head = m.id;
            p.productCode = "P";
            p.date = Date::fromYmd(2026, rnd.between(9, 11), rnd.between(1, 28));
            p.amount = rnd.between(1, 9999999);
            p.receiptNumber = rnd.text(5) + "#" + std::to_string(p.id);
            p.periodStart = rnd.date(2026, 2026);
            p.periodEnd = p.periodStart.addDays(364);
            p.reversed = rnd.chance(20);
            d.payments.push_back(p);
        }
    }
    d.partner->payerName = rnd.text();
    const ExportFile file = buildExport(sampleRequest(ExportProfile::MutuelleFr), d);
    INFO(describe(file.problems));
    REQUIRE(file.ok());
    CHECK(file.bytes.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto rows = readBack(file.bytes, ';', 17);
    REQUIRE(rows.size() == d.members.size());

    // The latest live payment of each household in October, computed here the plain way.
    std::map<MemberId, const PremiumPayment*> latest;
    for (const PremiumPayment& p : d.payments) {
        if (p.reversed || p.date < sampleFrom() || p.date > sampleTo())
            continue;
        const PremiumPayment*& best = latest[p.head];
        if (!best || p.date > best->date || (p.date == best->date && p.id > best->id))
            best = &p;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const auto hash = r[0].rfind('#');
        REQUIRE(hash != std::string::npos);
        const Member& member = d.members[std::stoul(r[0].substr(hash + 1)) - 1];
        const MemberId headId = member.householdHeadId.value_or(member.id);
        const Member& head = d.members[static_cast<std::size_t>(headId - 1)];
        CHECK(r[0] == member.insuranceNumber);
        CHECK(r[1] == head.insuranceNumber);
        CHECK(r[2] == frenchRelation(member));
        CHECK(r[3] == member.lastName);
        CHECK(r[4] == member.otherNames);
        CHECK(r[5] == frText(*member.birthDate));
        CHECK(r[6] == (member.sex == Sex::Male ? "M" : member.sex == Sex::Female ? "F" : "Autre"));
        CHECK(r[7] == member.idDocType + " " + member.idDocNumber);
        CHECK(r[8] == member.phone);
        CHECK(r[9] == member.village);
        CHECK(r[10] == frText(member.joinedOn));
        const auto paid = latest.find(headId);
        if (paid == latest.end()) {
            CHECK(std::vector<std::string>(r.begin() + 11, r.end()) == std::vector<std::string>(6));
        } else {
            const PremiumPayment& p = *paid->second;
            CHECK(r[11] == frText(p.date));
            CHECK(r[12] == major(p.amount, ','));
            CHECK(r[13] == p.receiptNumber);
            CHECK(r[14] == frText(p.periodStart));
            CHECK(r[15] == frText(p.periodEnd));
            CHECK(r[16] == d.partner->payerName);
        }
    }
}

TEST_CASE("contributions round trip over random payments", "[export]")
{
    Random rnd(99);
    ExportData d = randomMembers(rnd, 50);
    d.partner->payerName = rnd.text();
    d.partner->paymentType = "M";
    d.partner->contributionCategory = rnd.text(3) + "c";
    std::vector<const PremiumPayment*> expected;
    for (int i = 1; i <= 500; ++i) {
        PremiumPayment p;
        p.id = i;
        p.partner = 1;
        p.head = rnd.between(1, 50);
        p.productCode = rnd.text(3) + "p";
        p.date = Date::fromYmd(2026, 10, rnd.between(1, 31));
        p.amount = rnd.between(1, 99999999);
        p.receiptNumber = rnd.text(5);
        p.periodStart = rnd.date(2026, 2027);
        p.periodEnd = p.periodStart.addDays(rnd.between(27, 400));
        p.membersCovered = rnd.between(1, 12);
        p.reversed = rnd.chance(10);
        d.payments.push_back(p);
    }
    for (const PremiumPayment& p : d.payments)
        if (!p.reversed)
            expected.push_back(&p);
    std::stable_sort(expected.begin(), expected.end(),
                     [](const PremiumPayment* a, const PremiumPayment* b) { return a->date < b->date; });
    const ExportFile file = buildExport(sampleRequest(ExportProfile::Contributions), d);
    INFO(describe(file.problems));
    REQUIRE(file.ok());
    const auto rows = readBack(file.bytes, ',', 11);
    REQUIRE(rows.size() == expected.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const PremiumPayment& p = *expected[i];
        const auto& r = rows[i];
        CHECK(r[0] == d.members[static_cast<std::size_t>(p.head - 1)].insuranceNumber);
        CHECK(r[1] == p.productCode);
        CHECK(r[2] == d.partner->payerName);
        CHECK(r[3] == isoText(p.date));
        CHECK(r[4] == major(p.amount, '.'));
        CHECK(r[5] == p.receiptNumber);
        CHECK(r[6] == "M");
        CHECK(r[7] == d.partner->contributionCategory);
        CHECK(r[8] == isoText(p.periodStart));
        CHECK(r[9] == isoText(p.periodEnd));
        CHECK(r[10] == std::to_string(p.membersCovered));
    }
}

TEST_CASE("journal round trip over random entries", "[export]")
{
    Random rnd(4242);
    ExportData d = sampleExportData("PEN");
    d.entries.clear();
    const std::vector<std::string> codes{"cash", "bank", "social", "premiums", "savings:1", "loan:3", "expense:costs"};
    for (int seq = 1; seq <= 300; ++seq) {
        Entry e;
        e.seq = seq;
        e.date = Date::fromYmd(2026, 10, rnd.between(1, 31));
        e.memo = rnd.text();
        e.operatorName = rnd.text(4);
        if (rnd.chance(10))
            e.reverses = rnd.between(1, seq);
        std::int64_t sum = 0;
        const int n = rnd.between(1, 4);
        for (int k = 0; k < n; ++k) {
            const std::int64_t amount = rnd.between(-5000000, 5000000);
            e.postings.push_back({codes[static_cast<std::size_t>(rnd.between(0, 6))], amount});
            sum += amount;
        }
        e.postings.push_back({"cash", -sum});
        d.entries.push_back(e);
    }
    const ExportFile file = buildExport(sampleRequest(ExportProfile::Journal), d);
    REQUIRE(file.ok());
    const auto rows = readBack(file.bytes, ',', 9);
    std::map<std::string, std::string> names;
    for (const Account& a : d.accounts)
        names[a.code] = a.name;
    std::size_t i = 0;
    for (const Entry& e : d.entries) {
        for (const Posting& p : e.postings) {
            REQUIRE(i < rows.size());
            const auto& r = rows[i++];
            CHECK(r[0] == std::to_string(e.seq));
            CHECK(r[1] == isoText(e.date));
            CHECK(r[2] == e.memo);
            CHECK(r[3] == e.operatorName);
            CHECK(r[4] == p.accountCode);
            CHECK(r[5] == names.at(p.accountCode));
            CHECK(r[6] == (p.amount >= 0 ? major(p.amount, '.') : ""));
            CHECK(r[7] == (p.amount < 0 ? major(-p.amount, '.') : ""));
            CHECK(r[8] == (e.reverses ? std::to_string(*e.reverses) : ""));
        }
    }
    CHECK(i == rows.size());
}
