#include "core/demo/demo_fund.h"
#include "core/exchange/member_csv.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <unistd.h>

using namespace tontine;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        m_path = fs::temp_directory_path() /
                 ("tontine-demo-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

BookOptions quietOptions(const TempDir& dir)
{
    BookOptions options;
    options.backupDir = dir.path() / "backups";
    options.backupOnClose = false;
    return options;
}

std::vector<Entry> allEntries(const Book& book)
{
    return book.journal(1, static_cast<int>(book.entryCount()));
}

} // namespace

TEST_CASE("the demo fund builds a coherent savings group")
{
    TempDir dir;
    const FixedClock clock(Date::fromYmd(2026, 11, 22), "2026-11-22T19:00:00Z");
    auto book = createDemoFund(dir.path() / "demo.tontine", clock, quietOptions(dir));

    const FundSettings settings = book->settings();
    CHECK(settings.name == "Groupement Espoir de Thiès");
    CHECK(settings.currencyCode == "XOF");
    CHECK(settings.frequency == MeetingFrequency::Monthly);
    CHECK(settings.language == "fr");

    const auto ops = book->operators();
    REQUIRE(ops.size() == 2);
    CHECK(ops[0].name == "Awa Diop");
    CHECK(ops[0].role == "treasurer");
    CHECK(ops[1].name == "Moussa Ndiaye");
    CHECK(ops[1].role == "secretary");

    const auto members = book->members();
    CHECK(members.size() >= 18);
    CHECK(members.size() <= 24);

    SECTION("members vary and their records hang together")
    {
        std::set<Sex> sexes;
        std::set<std::string> idTypes;
        int inactive = 0, withInsurance = 0, inHousehold = 0;
        std::set<std::string> insuranceNumbers;
        const Date today = clock.today();
        for (const Member& m : members) {
            INFO(m.fullName());
            sexes.insert(m.sex);
            idTypes.insert(m.idDocType);
            CHECK_FALSE(m.lastName.empty());
            CHECK_FALSE(m.phone.empty());
            REQUIRE(m.birthDate);
            CHECK((*m.birthDate < m.joinedOn));
            CHECK((m.joinedOn <= today));
            CHECK((m.birthDate->addMonths(18 * 12) <= m.joinedOn)); // adults when they joined
            if (!m.active) {
                ++inactive;
                REQUIRE(m.leftOn);
                CHECK((*m.leftOn <= today));
            }
            if (!m.insuranceNumber.empty()) {
                ++withInsurance;
                CHECK(insuranceNumbers.insert(m.insuranceNumber).second);
            }
            if (m.householdHeadId) {
                ++inHousehold;
                const auto head = book->member(*m.householdHeadId);
                REQUIRE(head);
                CHECK_FALSE(head->householdHeadId); // heads head their own household
                CHECK((head->lastName == m.lastName || head->village == m.village));
            }
        }
        CHECK(sexes.count(Sex::Female) == 1);
        CHECK(sexes.count(Sex::Male) == 1);
        CHECK(idTypes.size() >= 2);
        CHECK(inactive == 1);
        CHECK(inHousehold >= 2);
        CHECK(withInsurance >= 3);
        CHECK(withInsurance < static_cast<int>(members.size())); // some are still to enrol
    }

    SECTION("opening savings sit in the cash box; the first cycle was shared out, the second began with reinvestments")
    {
        const auto entries = allEntries(*book);
        REQUIRE(static_cast<std::int64_t>(entries.size()) == book->entryCount());
        std::int64_t cashPostings = 0;
        int openings = 0, shareOuts = 0;
        for (const Entry& e : entries) {
            if (e.kind != EntryKind::Transaction)
                continue;
            std::int64_t sum = 0;
            for (const Posting& p : e.postings) {
                sum += p.amount;
                if (p.accountCode == "cash")
                    cashPostings += p.amount;
            }
            CHECK(sum == 0);
            if (e.action == "savings-opening") {
                ++openings;
                CHECK(e.operatorName == "Awa Diop");
            }
            shareOuts += e.action == "shareout";
        }
        CHECK(openings >= static_cast<int>(members.size()) / 2); // most members
        CHECK(openings < static_cast<int>(members.size()));      // but not all
        CHECK(shareOuts == 1);

        const auto cycles = book->savingsCycles();
        REQUIRE(cycles.size() == 2);
        CHECK(cycles[0].isClosed());
        CHECK(cycles[0].sharedOn == book->meetings().back().date);
        CHECK_FALSE(cycles[1].isClosed());
        const auto shared = book->committedShareOut(cycles[0].id);
        REQUIRE(shared);
        std::int64_t gross = 0;
        for (const auto& line : shared->result.lines)
            gross += line.gross;
        CHECK(gross + shared->result.keptByRounding == shared->fund.amountShared);
        CHECK(shared->fund.earnings > 0);
        // Two members chose to reinvest; every guarantor of a loan still being repaid keeps
        // what is left of their pledge in the fund (the plan chose it for them).
        int pledgedReinvest = 0;
        for (const auto& line : shared->result.lines) {
            const std::int64_t held = std::min(book->pledgedBy(line.member, *cycles[0].sharedOn), line.net);
            const auto it = shared->reinvest.find(line.member);
            if (held > 0) {
                REQUIRE(it != shared->reinvest.end());
                CHECK(it->second >= held);
                ++pledgedReinvest;
            }
        }
        CHECK(pledgedReinvest >= 4);
        CHECK(shared->reinvest.size() == 2 + static_cast<std::size_t>(pledgedReinvest)); // and Mariama, Claudine

        // What is left in members' savings accounts is exactly what they reinvested: the
        // opening savings of the second cycle.
        std::int64_t cash = 0, savings = 0, reinvested = 0;
        for (const AccountBalance& b : book->balances()) {
            if (b.account.code == "cash")
                cash = b.debitMinusCredit;
            else if (b.account.code.rfind("savings:", 0) == 0) {
                savings += b.natural();
                CHECK(b.natural() >= 0);
            }
        }
        for (const auto& s : book->savingsBalances(cycles[1].id))
            reinvested += s.saved;
        for (const auto& [member, amount] : shared->reinvest)
            CHECK(amount > 0);
        CHECK(cash == cashPostings);
        CHECK(book->cashBalance() == cash);
        CHECK(cash > 0);
        CHECK(savings == reinvested);
        std::int64_t planned = 0;
        for (const auto& [member, amount] : shared->reinvest)
            planned += amount;
        CHECK(reinvested == planned);
    }

    SECTION("the social fund took contributions, paid a grant and lent twice")
    {
        const auto fund = book->socialFund();
        CHECK(fund.balance > 0);
        CHECK(fund.lentOut == 0); // one loan repaid, the other netted off at the share-out
        CHECK(book->grants().size() == 1);
        int contributions = 0, owed = 0, loans = 0;
        for (const Due& due : book->dues(std::nullopt, false)) {
            if (due.kind == "social") {
                ++contributions;
                owed += due.outstanding() > 0;
            }
            loans += due.kind == "social-loan";
        }
        CHECK(loans == 2);
        CHECK(contributions > 100);
        CHECK(owed > 0);
        CHECK(owed * 5 < contributions); // mostly paid
    }

    SECTION("the chain verifies")
    {
        const VerifyReport report = book->verify();
        INFO(report.problem);
        CHECK(report.ok());
        CHECK(report.entriesChecked == book->entryCount());
        CHECK(report.head.hash == book->chainHead().hash);
    }
}

TEST_CASE("the demo fund holds a year of closed monthly meetings")
{
    TempDir dir;
    const FixedClock clock(Date::fromYmd(2026, 11, 22), "2026-11-22T19:00:00Z");
    auto book = createDemoFund(dir.path() / "demo.tontine", clock, quietOptions(dir));
    const Date today = clock.today();

    const auto meetings = book->meetings();
    REQUIRE(meetings.size() >= 10);
    REQUIRE(meetings.size() <= 14);
    // No meeting is left open: whoever tries the demo opens today's.
    CHECK_FALSE(book->currentMeeting());
    CHECK((meetings.front().date <= today.addMonths(-11)));
    CHECK((meetings.back().date < today));
    CHECK((today <= meetings.back().date.addMonths(1))); // today is the next meeting day

    const MeetingRules rules = book->meetingRules();
    CHECK(rules.fineLate > 0);
    CHECK(rules.fineAbsent > rules.fineLate);

    std::map<AttendanceStatus, int> statuses;
    int differences = 0;
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        const Meeting& m = meetings[i];
        INFO(m.date.iso());
        CHECK_FALSE(m.isOpen());
        if (i > 0) {
            CHECK((meetings[i - 1].date < m.date));
            CHECK((m.date <= meetings[i - 1].date.addMonths(1))); // monthly
        }
        CHECK(m.openingCounted == m.openingExpected);
        REQUIRE(m.closingCounted);
        REQUIRE(m.closingExpected);
        if (*m.closingCounted != *m.closingExpected) {
            ++differences;
            CHECK_FALSE(m.closingNote.empty());
            CHECK(std::abs(*m.closingCounted - *m.closingExpected) <= 1000); // a small one
        }
        // Everyone who was a member that day is on the attendance list.
        int members = 0;
        for (const Member& member : book->members())
            if (member.joinedOn <= m.date && (!member.leftOn || m.date <= *member.leftOn))
                ++members;
        const auto attendance = book->attendance(m.id);
        CHECK(static_cast<int>(attendance.size()) == members);
        for (const Attendance& a : attendance) {
            ++statuses[a.status];
            CHECK(a.fine == rules.fineFor(a.status));
        }
    }
    CHECK(differences == 1);
    const int total = statuses[AttendanceStatus::Present] + statuses[AttendanceStatus::Late] +
                      statuses[AttendanceStatus::Absent] + statuses[AttendanceStatus::Excused];
    CHECK(statuses[AttendanceStatus::Present] * 4 > total * 3); // mostly present
    CHECK(statuses[AttendanceStatus::Late] > 0);
    CHECK(statuses[AttendanceStatus::Absent] > 0);
    CHECK(statuses[AttendanceStatus::Excused] > 0);

    // The fines: mostly paid, some in part, some still owed (the arrears the app shows).
    int paid = 0, partly = 0, unpaid = 0;
    for (const Due& due : book->dues(std::nullopt, false)) {
        if (due.kind.rfind("fine:", 0) != 0)
            continue; // social contributions and loans: the savings story
        if (due.outstanding() == 0)
            ++paid;
        else if (due.paid > 0)
            ++partly;
        else
            ++unpaid;
    }
    CHECK(paid > 2 * (partly + unpaid));
    CHECK(unpaid > 0);
    CHECK(partly > 0);
    CHECK_FALSE(book->dues(std::nullopt, true).empty());
    const MeetingSummary last = book->meetingSummary(meetings.back().id);
    CHECK_FALSE(last.outstandingDues.empty());
    CHECK(last.totalIn > 0);
    CHECK(last.totalOut > 0);
}

TEST_CASE("the demo fund runs a fixed-order and an auction rotation, both mid-cycle")
{
    TempDir dir;
    const FixedClock clock(Date::fromYmd(2026, 11, 22), "2026-11-22T19:00:00Z");
    auto book = createDemoFund(dir.path() / "demo.tontine", clock, quietOptions(dir));
    const Date today = clock.today();
    const Date firstMeeting = book->meetings().front().date;

    const auto specs = book->rotations();
    REQUIRE(specs.size() == 2);
    const auto fixed = std::find_if(specs.begin(), specs.end(), [](const RotationSpec& s) { return s.order == OrderMethod::Fixed; });
    const auto auction = std::find_if(specs.begin(), specs.end(), [](const RotationSpec& s) { return s.order == OrderMethod::Auction; });
    REQUIRE(fixed != specs.end());
    REQUIRE(auction != specs.end());

    std::map<std::string, std::int64_t> balance;
    for (const AccountBalance& b : book->balances())
        balance[b.account.code] = b.natural();

    std::int64_t finesOwed = 0;
    for (const RotationSpec& spec : specs) {
        INFO(spec.name);
        CHECK((spec.start == firstMeeting));
        const auto plan = book->plan(spec.id);
        int paidOut = 0, ahead = 0;
        for (const RoundPlan& r : plan) {
            if (r.status == RoundStatus::PaidOut) {
                ++paidOut;
                CHECK((r.date < today));
                CHECK(r.beneficiaries.size() == 1);
            } else {
                ++ahead;
                CHECK((r.date >= today)); // nothing overdue is left unpaid out
            }
        }
        CHECK(paidOut >= 5);
        CHECK(ahead >= 2); // mid-cycle: the next round is today's and more follow

        const auto state = book->rotation(spec.id);
        REQUIRE(state);
        CHECK_FALSE(state->fines.empty());        // late payments were fined by rule
        CHECK_FALSE(state->finePayments.empty()); // and paid
        for (const MemberDue& d : book->rotationDuesOn(spec.id, today))
            finesOwed += d.finesOwed;
    }
    CHECK(finesOwed > 0); // but not all of them

    SECTION("the fixed rotation: a half hand, an early payment, late members' debts")
    {
        CHECK(fixed->contributionPerHand == 10000);
        CHECK(fixed->shortfall == ShortfallRule::Advance);
        CHECK(fixed->everyKth == 1);
        const auto halves = std::count_if(fixed->hands.begin(), fixed->hands.end(), [](const Hand& h) {
            return h.holders.size() == 2 && h.holders[0].halves == 1 && h.holders[1].halves == 1;
        });
        CHECK(halves == 1);
        const auto holders = rotationMembers(*fixed);
        CHECK(holders.size() >= 8);
        CHECK(holders.size() <= 12);

        const auto state = book->rotation(fixed->id);
        bool early = false, advanced = false;
        for (const RoundLine& line : state->lines) {
            early |= line.source == LineSource::Payment && line.booking == Booking::Prepaid;
            advanced |= line.source == LineSource::FundAdvance;
        }
        CHECK(early);
        CHECK(advanced);

        // Open arrears today: members owe the fund what it advanced for them.
        std::int64_t debts = 0;
        int late = 0;
        for (const MemberDue& d : book->rotationDuesOn(fixed->id, today)) {
            debts += d.advanceDebt;
            late += d.arrears > 0 ? 1 : 0;
            CHECK(balance[rotation_accounts::advance(d.member)] == d.advanceDebt);
        }
        CHECK(debts > 0);
        CHECK(late >= 1);
        CHECK(late <= 5);
    }

    SECTION("the auction rotation: bids every round, a discount reserve, one payout that waited")
    {
        CHECK(auction->contributionPerHand == 25000);
        CHECK(auction->minimumBid > 0);
        CHECK(auction->shortfall == ShortfallRule::Wait);
        CHECK(auction->discountRule == DiscountRule::SharedAtEnd);

        const auto state = book->rotation(auction->id);
        std::int64_t discounts = 0;
        int waited = 0;
        for (const RoundOutcome& o : state->outcomes) {
            INFO("round " << o.round);
            REQUIRE(o.paidOut);
            const auto bids = book->bids(auction->id, o.round);
            CHECK(bids.size() >= 2);
            for (const Bid& bid : bids)
                CHECK(bid.discount >= auction->minimumBid);
            REQUIRE(o.discounts.size() == 1);
            CHECK(o.discounts[0] == std::max_element(bids.begin(), bids.end(), [](const Bid& a, const Bid& b) {
                                        return a.discount < b.discount;
                                    })->discount);
            discounts += o.discounts[0];
            waited += roundDate(*auction, o.round) < o.paidOn ? 1 : 0;
        }
        CHECK(waited == 1);
        CHECK(discounts > 0);
        CHECK(balance[rotation_accounts::reserve(auction->id)] == discounts); // shared at the end
    }
}

TEST_CASE("the demo fund is deterministic for a given clock")
{
    TempDir dir;
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T08:30:00Z");
    auto first = createDemoFund(dir.path() / "a.tontine", clock, quietOptions(dir));
    auto second = createDemoFund(dir.path() / "b.tontine", clock, quietOptions(dir));
    const ChainHead a = first->chainHead();
    const ChainHead b = second->chainHead();
    CHECK(a.count == b.count);
    CHECK(a.hash == b.hash);
    CHECK(a.shortText() == b.shortText());
    CHECK(first->meetings().size() == second->meetings().size());
    // Not only the chain: the closed files are the same bytes.
    first->close();
    second->close();
    auto bytes = [](const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    const std::string fileA = bytes(dir.path() / "a.tontine");
    CHECK(fileA.size() > 0);
    CHECK(fileA == bytes(dir.path() / "b.tontine"));

    clock.set(Date::fromYmd(2026, 3, 2), "2026-03-02T08:30:00Z");
    auto later = createDemoFund(dir.path() / "c.tontine", clock, quietOptions(dir));
    CHECK(later->chainHead().count == a.count);
    CHECK(later->chainHead().hash != a.hash); // the dates are part of what is chained
}

TEST_CASE("the demo fund refuses an existing path")
{
    TempDir dir;
    const FixedClock clock(Date::fromYmd(2026, 11, 22), "2026-11-22T19:00:00Z");
    const fs::path path = dir.path() / "demo.tontine";
    createDemoFund(path, clock, quietOptions(dir))->close();
    CHECK_THROWS_AS(createDemoFund(path, clock, quietOptions(dir)), StorageError);
}

TEST_CASE("the demo's members export imports into a new fund once number becomes ref")
{
    TempDir dir;
    const FixedClock clock(Date::fromYmd(2026, 11, 22), "2026-11-22T19:00:00Z");
    auto demo = createDemoFund(dir.path() / "demo.tontine", clock, quietOptions(dir));
    const std::vector<Member> original = demo->members();
    const std::string exported = writeMemberCsv(original);

    // What a treasurer moving members to another fund does in a spreadsheet: rename the
    // number column to ref (so household_head points at rows of the file) and drop active.
    CsvTable table = readCsv(exported);
    REQUIRE(table.rows.front().cells.front() == "number");
    REQUIRE(table.rows.front().cells.back() == "active");
    table.rows.front().cells.front() = "ref";
    CsvWriteOptions asIs;
    asIs.neutraliseFormulas = false; // the cells still carry the export's guards
    std::string edited;
    for (auto& row : table.rows) {
        row.cells.pop_back();
        edited += csvLine(row.cells, asIs);
    }

    NewFund fund;
    fund.settings.name = "Fédération des groupements de Thiès";
    fund.firstOperator = "Awa Diop";
    fund.createdOn = clock.today();
    auto target = Book::create(dir.path() / "federation.tontine", fund, clock, quietOptions(dir));
    const ImportReport report = target->importMembers(edited, Actor{"Awa Diop", clock.today()});
    REQUIRE(report.added.size() == original.size());

    std::map<MemberId, MemberId> newIdOf; // demo number -> number in the new fund
    for (std::size_t i = 0; i < original.size(); ++i)
        newIdOf[original[i].id] = report.added[i];
    for (const Member& before : original) {
        INFO(before.fullName());
        const auto after = target->member(newIdOf.at(before.id));
        REQUIRE(after);
        CHECK(after->lastName == before.lastName);
        CHECK(after->otherNames == before.otherNames);
        CHECK(after->sex == before.sex);
        CHECK(after->birthDate == before.birthDate);
        CHECK(after->phone == before.phone);
        CHECK(after->idDocNumber == before.idDocNumber);
        CHECK(after->municipality == before.municipality);
        CHECK(after->joinedOn == before.joinedOn);
        CHECK(after->insuranceNumber == before.insuranceNumber);
        CHECK(after->active); // imported members come in active
        if (before.householdHeadId)
            CHECK(after->householdHeadId == std::optional<MemberId>(newIdOf.at(*before.householdHeadId)));
        else
            CHECK_FALSE(after->householdHeadId);
    }
}
