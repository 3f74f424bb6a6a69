// The demo fund's members: a table of people from the regions Tontine serves and the use
// cases that record them (founders with opening savings, later joiners).
#include "core/demo/demo_members.h"

#include <array>
#include <string>

namespace tontine::demo {

namespace {

// The people: the founders were entered on the day of the move to Tontine with the savings
// they already had in the box; three people joined later; one member left two months ago.
// Most members live in villages and neighbourhoods of Thiès region; a few came from
// Cameroon, Rwanda, Peru and the Dominican Republic and live in Thiès town. Every value is
// fixed and every date is relative to the clock (demo_fund.cpp tells the whole story).

struct DemoMember {
    const char* lastName;
    const char* otherNames;
    const char* sex;
    int age;                 // in years at "today"; birth day and month below
    int birthMonth;
    int birthDay;
    const char* phone;       // local formats
    const char* idDocType;
    const char* idDocNumber; // "YYYY" is replaced by the birth year, as on a Senegalese CNI
    const char* village;
    const char* municipality;
    const char* district;    // département
    const char* region;
    int householdHead;       // index in kMembers of the household head, -1: heads own household
    const char* insuranceNumber; // from the partner mutual (And Fagaru); "" means still to enrol
    int joinedMonthsBefore;  // founders: months between joining and the move to Tontine
    int joinedMonthsAfter;   // later joiners: months after the move (0 for founders)
    std::int64_t openingSavings; // F CFA already saved by founders, 0 for none
    const char* recordedBy;
};

// Household heads are referred to by index and must be recorded before their household
// (earlier in the list, or a founder for a later joiner). Later joiners are listed in the order
// they joined.
const std::array<DemoMember, 20> kMembers{{
    {"Diop", "Awa", "F", 46, 3, 14, "77 451 23 08", "CNI", "2751YYYY01342", "Médina Fall",
     "Thiès Nord", "Thiès", "Thiès", -1, "SN-AF-000117", 48, 0, 60000, kTreasurer},
    {"Ndiaye", "Moussa", "M", 52, 11, 2, "76 238 90 14", "CNI", "1751YYYY00871", "Randoulène",
     "Thiès Est", "Thiès", "Thiès", -1, "SN-AF-000125", 48, 0, 45000, kTreasurer},
    {"Ngom", "Ndèye Fatou", "F", 41, 7, 21, "78 102 56 33", "CNI", "2755YYYY02217", "Silmang",
     "Fandène", "Thiès", "Thiès", -1, "SN-AF-000133", 48, 0, 35000, kTreasurer},
    {"Ngom", "Modou", "M", 22, 1, 9, "70 915 44 02", "CNI", "1755YYYY01188", "Silmang",
     "Fandène", "Thiès", "Thiès", 2, "SN-AF-000134", 10, 0, 5000, kTreasurer},
    {"Sarr", "Ibrahima", "M", 58, 5, 30, "77 630 11 75", "CNI", "1753YYYY00452", "Keur Mousseu",
     "Keur Moussa", "Thiès", "Thiès", -1, "SN-AF-000141", 40, 0, 50000, kTreasurer},
    {"Sène", "Mariama", "F", 49, 12, 17, "77 630 58 21", "CNI", "2753YYYY00619",
     "Keur Mousseu", "Keur Moussa", "Thiès", "Thiès", 4, "SN-AF-000158", 40, 0, 25000,
     kTreasurer},
    {"Faye", "Fatou", "F", 37, 9, 4, "76 874 20 91", "CNI", "2757YYYY00765", "Ngoundiane",
     "Ngoundiane", "Thiès", "Thiès", -1, "SN-AF-000182", 36, 0, 20000, kTreasurer},
    {"Fall", "Aminata", "F", 33, 2, 11, "78 340 67 12", "CNI", "2758YYYY01473", "Pout Kip",
     "Pout", "Thiès", "Thiès", -1, "SN-AF-000196", 30, 0, 15000, kTreasurer},
    {"Gueye", "Cheikh Tidiane", "M", 44, 8, 25, "77 219 05 48", "CNI", "1754YYYY00934", "Khombole",
     "Khombole", "Thiès", "Thiès", -1, "SN-AF-000166", 48, 0, 40000, kTreasurer},
    {"Sow", "Coumba", "F", 39, 4, 3, "70 662 18 27", "CNI", "2761YYYY00287", "Tassette",
     "Tassette", "Mbour", "Thiès", -1, "SN-AF-000201", 24, 0, 10000, kTreasurer},
    {"Ba", "Ousmane", "M", 61, 10, 19, "77 905 33 60", "CNI", "1762YYYY00158", "Mékhé",
     "Mékhé", "Tivaouane", "Thiès", -1, "SN-AF-000174", 44, 0, 30000, kTreasurer},
    {"Thiaw", "Khady", "F", 29, 6, 8, "76 117 82 49", "CNI", "2751YYYY00512", "Thiénaba",
     "Thiénaba", "Thiès", "Thiès", -1, "", 14, 0, 5000, kTreasurer},
    {"Mbaye", "Rokhaya", "F", 55, 1, 27, "77 584 29 16", "CNI", "2762YYYY00841", "Pambal",
     "Pambal", "Tivaouane", "Thiès", -1, "SN-AF-000190", 48, 0, 25000, kTreasurer},
    {"Diallo", "Mamadou Saliou", "M", 35, 11, 13, "78 276 94 03", "CNI", "1759YYYY00376",
     "Notto Gouye Diama", "Notto Gouye Diama", "Thiès", "Thiès", -1, "", 18, 0, 10000,
     kTreasurer},
    {"Mbarga", "Chantal Édith", "F", 42, 3, 6, "77 308 52 64", "passport", "CA0734519",
     "Cité Ballabey", "Thiès Ouest", "Thiès", "Thiès", -1, "", 20, 0,
     20000, kTreasurer},
    {"Uwimana", "Claudine", "F", 38, 8, 15, "76 402 19 85", "passport", "PC482197",
     "Grand Thiès", "Thiès Est", "Thiès", "Thiès", -1, "", 12, 0, 15000,
     kTreasurer},
    {"Quispe Huamán", "Rosa Elena", "F", 34, 5, 23, "70 556 13 42", "DNI", "41825736",
     "Médina Fall", "Thiès Nord", "Thiès", "Thiès", -1, "", 8, 0, 0,
     kTreasurer},
    // Joined after the move to Tontine: no opening savings.
    {"Reyes Núñez", "Ana Mercedes", "F", 31, 10, 1, "+1 809 555 0142", "passport",
     "RD4471208", "Cité Ballabey", "Thiès Ouest", "Thiès", "Thiès", -1, "", 0,
     3, 0, kSecretary},
    {"Ngom", "Aïssatou", "F", 26, 12, 30, "78 663 07 21", "CNI", "2755YYYY01904", "Silmang",
     "Fandène", "Thiès", "Thiès", 2, "", 0, 5, 0, kSecretary},
    {"Seck", "Babacar", "M", 47, 7, 7, "77 742 85 19", "CNI", "1763YYYY01126", "Tivaouane",
     "Tivaouane", "Tivaouane", "Thiès", -1, "SN-AF-000208", 0, 7, 0, kSecretary},
}};

// How each dependant is related to their household head, as the mutual records it: Modou and
// Aïssatou are Ndèye Fatou Ngom's children, Mariama Sène is Ibrahima Sarr's wife.
std::string relationshipOf(const DemoMember& d)
{
    if (d.householdHead < 0)
        return "";
    if (std::string(d.lastName) == "Sène")
        return "spouse";
    return "child";
}

MemberInput inputFor(const DemoMember& d, const Date& today, const std::vector<MemberId>& ids,
                     const Date& createdOn)
{
    MemberInput in;
    in.lastName = d.lastName;
    in.otherNames = d.otherNames;
    in.sex = d.sex;
    const Date birth = Date::fromYmd(today.year() - d.age, d.birthMonth, d.birthDay);
    in.birthDate = birth.iso();
    in.phone = d.phone;
    in.idDocType = d.idDocType;
    in.idDocNumber = d.idDocNumber;
    // Birth dates follow the clock, so the year written inside the ID number must too.
    if (auto at = in.idDocNumber.find("YYYY"); at != std::string::npos)
        in.idDocNumber.replace(at, 4, std::to_string(birth.year()));
    in.village = d.village;
    in.municipality = d.municipality;
    in.district = d.district;
    in.region = d.region;
    // Founders joined before the fund was on the computer; later joiners on the day recorded
    // (empty joinedOn means the date of the action).
    if (d.joinedMonthsAfter == 0)
        in.joinedOn = createdOn.addMonths(-d.joinedMonthsBefore).iso();
    if (d.householdHead >= 0) {
        const MemberId head = ids.at(static_cast<std::size_t>(d.householdHead));
        if (head == 0)
            throw Error("demo data: household head recorded after its household");
        in.householdHead = std::to_string(head);
    }
    in.insuranceNumber = d.insuranceNumber;
    in.relationship = relationshipOf(d);
    return in;
}

static_assert(kMembers.size() == PeopleCount, "DemoPerson lists every row of kMembers");

} // namespace

DemoRoster recordFounders(Book& book, const Date& today, const Date& createdOn, SavingsCycleId cycle,
                          std::int64_t sharePrice)
{
    // Everything is recorded in date order, as it would have happened: founders and their
    // opening savings on the day of the move; later joiners come with their month's meeting.
    DemoRoster roster;
    const Actor start{kTreasurer, createdOn};
    for (std::size_t i = 0; i < kMembers.size(); ++i)
        if (kMembers[i].joinedMonthsAfter == 0)
            roster.ids[i] = book.addMember(inputFor(kMembers[i], today, roster.ids, createdOn),
                                           {kMembers[i].recordedBy, createdOn});
    for (std::size_t i = 0; i < kMembers.size(); ++i)
        if (kMembers[i].joinedMonthsAfter == 0 && kMembers[i].openingSavings > 0)
            book.recordOpeningShares(cycle, roster.ids[i], static_cast<int>(kMembers[i].openingSavings / sharePrice),
                                     kMembers[i].openingSavings, start);
    return roster;
}

void recordJoiners(Book& book, DemoRoster& roster, const Date& today, const Date& createdOn, int monthsAfter)
{
    for (std::size_t i = 0; i < kMembers.size(); ++i) {
        const DemoMember& d = kMembers[i];
        if (d.joinedMonthsAfter == monthsAfter && monthsAfter != 0)
            roster.ids[i] = book.addMember(inputFor(d, today, roster.ids, createdOn),
                                           {d.recordedBy, createdOn.addMonths(monthsAfter)});
    }
}

std::vector<MemberId> activeMembers(const Book& book, const DemoRoster& roster)
{
    std::vector<MemberId> out;
    for (MemberId id : roster.ids)
        if (id != 0)
            if (auto m = book.member(id); m && m->active)
                out.push_back(id);
    return out;
}

} // namespace tontine::demo
