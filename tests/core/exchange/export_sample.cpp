#include "tests/core/exchange/export_sample.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace tontine::test {

Date sampleFrom() { return Date::fromYmd(2026, 10, 1); }
Date sampleTo() { return Date::fromYmd(2026, 10, 31); }

namespace {

Member member(MemberId id, std::string last, std::string other, Sex sex, std::optional<Date> dob,
              std::string insurance, std::optional<MemberId> head = std::nullopt,
              Relationship relationship = Relationship::None)
{
    Member m;
    m.id = id;
    m.lastName = std::move(last);
    m.otherNames = std::move(other);
    m.sex = sex;
    m.birthDate = dob;
    m.insuranceNumber = std::move(insurance);
    m.householdHeadId = head;
    m.relationship = relationship;
    m.joinedOn = Date::fromYmd(2025, 1, 5);
    m.village = "Keur Madiop";
    m.municipality = "Thi\xC3\xA8s";
    m.district = "Thi\xC3\xA8s";
    m.region = "Thi\xC3\xA8s";
    return m;
}

PremiumPayment payment(PremiumId id, MemberId head, Date date, std::int64_t amount, std::string receipt,
                       int covered, bool reversed = false)
{
    PremiumPayment p;
    p.id = id;
    p.partner = 1;
    p.head = head;
    p.productCode = "SANTE-A";
    p.date = date;
    p.amount = amount;
    p.receiptNumber = std::move(receipt);
    p.periodStart = Date::fromYmd(2026, 10, 1);
    p.periodEnd = Date::fromYmd(2027, 9, 30);
    p.membersCovered = covered;
    p.entrySeq = 100 + id;
    p.reversed = reversed;
    return p;
}

Entry entry(EntrySeq seq, Date date, std::string memo, std::vector<Posting> postings)
{
    Entry e;
    e.seq = seq;
    e.date = date;
    e.memo = std::move(memo);
    e.operatorName = "Aminata Faye";
    e.action = "test";
    e.postings = std::move(postings);
    return e;
}

AccountBalance balance(const std::vector<Account>& chart, const std::string& code, std::int64_t amount)
{
    for (const Account& a : chart)
        if (a.code == code)
            return AccountBalance{a, amount};
    FAIL("no account " << code);
    return {};
}

} // namespace

ExportData sampleExportData(std::string_view currency)
{
    const std::int64_t unit = currency == "XOF" ? 1 : 100; // one major unit in minor units
    ExportData d;
    d.settings.name = "Tontine des femmes de Keur Madiop";
    d.settings.currencyCode = std::string(currency);

    Partner p;
    p.id = 1;
    p.name = "Mutuelle de sant\xC3\xA9 And Fagaru";
    p.payerName = "GIE Tontine, Keur \"Madiop\"";
    p.productCodes = {"SANTE-A"};
    p.premium = 3500 * unit;
    p.paymentType = "C";
    p.contributionCategory = "C";
    d.partner = p;

    Member fatou = member(1, "Ngom", "Nd\xC3\xA8ye Fatou", Sex::Female, Date::fromYmd(1984, 3, 12), "SN-001");
    fatou.phone = "+221 77 123 45 67";
    fatou.idDocType = "CNI";
    fatou.idDocNumber = "1 234 1984 01234";
    Member modou = member(2, "Ngom", "Modou, dit \"Le Grand\"", Sex::Male, Date::fromYmd(2010, 6, 1), "SN-002", 1,
                          Relationship::Child);
    modou.village = "Keur\r\nMadiop";
    Member awa = member(3, "=Diallo", "@Awa", Sex::Female, Date::fromYmd(1990, 1, 31), "SN-010");
    awa.phone = "-77 000";
    awa.village = "Ndiaye, Bas";
    awa.region = "Saint-Louis";
    Member ibrahima = member(4, "Diallo", "+Ibrahima", Sex::Other, Date::fromYmd(1955, 12, 25), "SN-011", 3,
                             Relationship::Parent);
    Member left = member(5, "Fall", "Moussa", Sex::Male, Date::fromYmd(1970, 1, 1), "SN-020");
    left.active = false;
    left.leftOn = Date::fromYmd(2026, 9, 15);
    Member late = member(6, "Ba", "Coumba", Sex::Female, Date::fromYmd(1980, 1, 1), "SN-030");
    late.joinedOn = Date::fromYmd(2026, 11, 5);
    Member aissatou = member(7, "Sow", "A\xC3\xAFssatou", Sex::Female, Date::fromYmd(1999, 7, 4), "");
    aissatou.joinedOn = Date::fromYmd(2026, 10, 12);
    Member cheikh = member(8, "Sow", "Cheikh", Sex::Male, Date::fromYmd(2001, 2, 3), "", 7, Relationship::Sibling);
    Member leftDuring = member(9, "Diallo", "Oumar", Sex::Male, Date::fromYmd(1992, 5, 5), "SN-012", 3,
                               Relationship::Spouse);
    leftDuring.active = false;
    leftDuring.leftOn = Date::fromYmd(2026, 10, 1);
    d.members = {fatou, modou, awa, ibrahima, left, late, aissatou, cheikh, leftDuring};

    d.payments = {
        payment(1, 1, Date::fromYmd(2026, 10, 3), 1250 * unit + unit / 2, "R-001", 2),
        payment(2, 3, Date::fromYmd(2026, 10, 10), 7000 * unit, "R-002", 3),
        payment(3, 1, Date::fromYmd(2026, 10, 5), 7000 * unit, "R-003", 2, true),
        payment(4, 3, Date::fromYmd(2026, 9, 20), 7000 * unit, "R-004", 3),
        payment(5, 1, Date::fromYmd(2026, 10, 20), 5000 * unit + 5, "=R-005", 2),
    };

    d.accounts = accounts::fundAccounts();
    for (const Member& m : d.members)
        for (const Account& a : accounts::memberAccounts(m))
            d.accounts.push_back(a);

    d.openingBalances = {
        balance(d.accounts, "cash", 500000 * unit),
        balance(d.accounts, "bank", 0),
        balance(d.accounts, "savings:1", -300000 * unit),
        balance(d.accounts, "social", -150000 * unit - 25),
        balance(d.accounts, "opening", -50000 * unit + 25),
    };

    Entry outside = entry(9, Date::fromYmd(2026, 9, 30), "Before the period", {{"cash", 100}, {"opening", -100}});
    Entry premium = entry(10, Date::fromYmd(2026, 10, 3), "Premium R-001; household of Ngom",
                          {{"cash", 1250 * unit + unit / 2}, {"premiums", -(1250 * unit + unit / 2)}});
    Entry saving = entry(11, Date::fromYmd(2026, 10, 4), "Savings of Nd\xC3\xA8ye\nsecond line",
                         {{"cash", 20000 * unit}, {"savings:1", -20000 * unit}});
    Entry reversal = entry(12, Date::fromYmd(2026, 10, 5), "*(typo)  wrong   amount\t",
                           {{"cash", -20000 * unit}, {"savings:1", 20000 * unit}});
    reversal.reverses = 11;
    Entry audit;
    audit.seq = 13;
    audit.kind = EntryKind::Audit;
    audit.date = Date::fromYmd(2026, 10, 6);
    audit.subject = "member:1";
    audit.action = "edit";
    Entry cost = entry(14, Date::fromYmd(2026, 10, 20), "=cmd|' /C calc'!A0",
                       {{"expense:costs", 1500 * unit + 1}, {"cash", -(1500 * unit + 1)}});
    cost.operatorName = "@Moussa, \"le tr\xC3\xA9sorier\"";
    Entry loan = entry(15, Date::fromYmd(2026, 10, 31), "", {{"loan:3", 10000 * unit}, {"cash", -10000 * unit}});
    d.entries = {premium, saving, outside, reversal, audit, cost, loan};
    return d;
}

ExportRequest sampleRequest(ExportProfile profile, MemberSelection members)
{
    ExportRequest r;
    r.profile = profile;
    if (needsPartner(profile))
        r.partner = 1;
    r.from = sampleFrom();
    r.to = sampleTo();
    r.members = members;
    return r;
}

std::string goldenPath(const std::string& name)
{
    return std::string(TONTINE_SOURCE_DIR) + "/tests/core/exchange/golden/" + name;
}

std::string readFileBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void checkGolden(const std::string& name, const std::string& bytes)
{
    const char* update = std::getenv("TONTINE_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(goldenPath(name), std::ios::binary) << bytes;
        FAIL("golden file " << name << " rewritten: read it, then run again without TONTINE_UPDATE_GOLDEN");
    }
    const std::string expected = readFileBytes(goldenPath(name));
    REQUIRE_FALSE(expected.empty());
    CHECK(bytes == expected);
}

std::string isoText(Date d)
{
    const auto two = [](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    return std::to_string(d.year()) + "-" + two(d.month()) + "-" + two(d.day());
}

} // namespace tontine::test
