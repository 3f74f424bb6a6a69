#pragma once
// How the Book names a member in the texts treasurers read: "Fatou Ndiaye (no. 7)".
// Only core/book/*.cpp use this; it changes texts, never a Problem's code or args.

#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/store/member_store.h"

#include <string>

namespace tontine {

// "Fatou Ndiaye (no. 7)"; "member 7" when the fund has no such member.
std::string memberLabel(const store::MemberStore& members, MemberId member);

// Rotation engine problems that start "Member <id>" (the engine sees only ids) get the
// member's name instead; every other problem is left as it is.
void nameMembers(Problems& problems, const store::MemberStore& members);

} // namespace tontine
