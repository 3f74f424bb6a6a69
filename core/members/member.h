#pragma once
// A member of the fund as recorded, and the text form a form/CSV/CLI gives for one.
// Pure data and validation rules: no storage here. A member is never deleted, only
// deactivated.

#include "core/calendar/date.h"
#include "core/error/errors.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tontine {

using MemberId = std::int64_t; // also the member's number shown to people (1, 2, 3, …)

enum class Sex { Unknown, Male, Female, Other };

// How a member is related to their household head, as the mutual records it. None for a head.
enum class Relationship { None, Spouse, Child, Parent, Sibling, Other };
// "", "spouse", "child", "parent", "sibling", "other"
std::string relationshipCode(Relationship relationship);
// Accepts the codes above (any case); nullopt for anything else.
std::optional<Relationship> parseRelationship(std::string_view code);
// "M", "F", "O" or "" for Unknown.
std::string sexCode(Sex sex);
// Accepts M/F/O (any case) and "" ; nullopt for anything else.
std::optional<Sex> parseSex(std::string_view code);

struct Member {
    MemberId id = 0;
    std::string lastName;
    std::string otherNames;
    Sex sex = Sex::Unknown;
    std::optional<Date> birthDate;
    std::string phone;
    std::string idDocType;   // e.g. "CNI", "DNI", "passport"
    std::string idDocNumber;
    std::string village;
    std::string municipality;
    std::string district;
    std::string region;
    Date joinedOn;
    std::optional<MemberId> householdHeadId; // empty: the member heads their own household
    std::string insuranceNumber;             // as issued by the partner mutual; never invented
    Relationship relationship = Relationship::None; // to the household head; None when heading it
    bool active = true;
    std::optional<Date> leftOn;

    std::string fullName() const; // "OTHER NAMES LAST NAME" as people say it
};

// What a person types: every field as text, validated by validateMemberInput.
struct MemberInput {
    std::string lastName;
    std::string otherNames;
    std::string sex;
    std::string birthDate;  // YYYY-MM-DD or empty
    std::string phone;
    std::string idDocType;
    std::string idDocNumber;
    std::string village;
    std::string municipality;
    std::string district;
    std::string region;
    std::string joinedOn;   // YYYY-MM-DD, empty means the date of the action
    std::string householdHead; // member number, or empty
    std::string insuranceNumber;
    std::string relationship;  // a relationshipCode; must be empty for a head, set for a dependant

    static MemberInput from(const Member& member);
};

// What validation needs to know of the rest of the fund.
struct MemberContext {
    Date today;
    std::optional<MemberId> editing;                   // the member being edited, if any
    // Looks up another member by number (for the household head); nullptr if none.
    std::function<const Member*(MemberId)> findMember;
    // True when another member already has this insurance number.
    std::function<bool(const std::string&)> insuranceNumberTaken;
};

// Checks every field; returns the member (id, active, leftOn left default) and the problems.
// Fields in problems use the MemberInput names: "lastName", "birthDate", …
// Every field is trimmed first; all problems are collected (at most one per field). When
// there are problems the returned member is incomplete and must not be stored.
std::pair<Member, Problems> validateMemberInput(const MemberInput& input, const MemberContext& context);

// The canonical text of a member's record, chained as audit payload and compared by verify.
// Format "member/1" of core/text/canonical_text.h; keys in order: id, lastName, otherNames,
// sex, birthDate, phone, idDocType, idDocNumber, village, municipality, district, region,
// joinedOn, householdHead, insuranceNumber, active, leftOn, then `relationship` only when it is
// not None (so records chained before relationships existed keep their snapshot).
std::string memberSnapshot(const Member& member);

} // namespace tontine
