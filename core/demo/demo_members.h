#pragma once
// The demo fund's people: who they are, when they joined, who left. Internal to core/demo:
// the other demo files name members by their place in the list (DemoPerson) and look up
// their numbers in a DemoRoster once they have been recorded.

#include "core/book/book.h"

#include <vector>

namespace tontine::demo {

inline constexpr const char* kTreasurer = "Awa Diop";
inline constexpr const char* kSecretary = "Moussa Ndiaye";

// Every person of the demo, by place in the members table (demo_members.cpp). Founders come
// first; the last three joined after the move to Tontine.
enum DemoPerson : int {
    AwaDiop, MoussaNdiaye, NdeyeFatouNgom, ModouNgom, IbrahimaSarr, MariamaSene, FatouFaye,
    AminataFall, CheikhTidianeGueye, CoumbaSow, OusmaneBa, KhadyThiaw, RokhayaMbaye,
    MamadouSaliouDiallo, ChantalMbarga, ClaudineUwimana, RosaQuispe, AnaReyes, AissatouNgom,
    BabacarSeck, PeopleCount
};

// Rokhaya Mbaye moved to Dakar two months ago (demo_fund.cpp says at which meeting).
inline constexpr DemoPerson kLeaver = RokhayaMbaye;

// Member numbers by DemoPerson, 0 for someone not recorded yet. It must not record anything
// itself: the functions below do, through the Book.
struct DemoRoster {
    std::vector<MemberId> ids = std::vector<MemberId>(PeopleCount, 0);
    MemberId operator[](DemoPerson p) const { return ids.at(static_cast<std::size_t>(p)); }
};

// Records the founders and their opening savings on `createdOn` (the move to Tontine): the
// savings start of the first savings cycle.
DemoRoster recordFounders(Book& book, const Date& today, const Date& createdOn, SavingsCycleId cycle,
                          std::int64_t sharePrice);

// Records the people who joined `monthsAfter` months after the move (none for most months).
void recordJoiners(Book& book, DemoRoster& roster, const Date& today, const Date& createdOn, int monthsAfter);

// Members active on the books now, in the order of the list (founders first).
std::vector<MemberId> activeMembers(const Book& book, const DemoRoster& roster);

} // namespace tontine::demo
