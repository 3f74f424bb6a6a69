#include "core/members/member.h"

#include "core/text/canonical_text.h"

namespace tontine {

std::string sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male: return "M";
    case Sex::Female: return "F";
    case Sex::Other: return "O";
    case Sex::Unknown: break;
    }
    return "";
}

std::optional<Sex> parseSex(std::string_view code)
{
    if (code.empty())
        return Sex::Unknown;
    if (code.size() != 1)
        return std::nullopt;
    switch (code.front()) {
    case 'M': case 'm': return Sex::Male;
    case 'F': case 'f': return Sex::Female;
    case 'O': case 'o': return Sex::Other;
    default: return std::nullopt;
    }
}

std::string relationshipCode(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Spouse: return "spouse";
    case Relationship::Child: return "child";
    case Relationship::Parent: return "parent";
    case Relationship::Sibling: return "sibling";
    case Relationship::Other: return "other";
    case Relationship::None: break;
    }
    return "";
}

std::optional<Relationship> parseRelationship(std::string_view code)
{
    std::string lower;
    for (char c : code)
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (Relationship r : {Relationship::None, Relationship::Spouse, Relationship::Child, Relationship::Parent,
                           Relationship::Sibling, Relationship::Other})
        if (relationshipCode(r) == lower)
            return r;
    return std::nullopt;
}

std::string Member::fullName() const
{
    if (otherNames.empty())
        return lastName;
    if (lastName.empty())
        return otherNames;
    return otherNames + " " + lastName;
}

MemberInput MemberInput::from(const Member& member)
{
    MemberInput in;
    in.lastName = member.lastName;
    in.otherNames = member.otherNames;
    in.sex = sexCode(member.sex);
    in.birthDate = member.birthDate ? member.birthDate->iso() : std::string();
    in.phone = member.phone;
    in.idDocType = member.idDocType;
    in.idDocNumber = member.idDocNumber;
    in.village = member.village;
    in.municipality = member.municipality;
    in.district = member.district;
    in.region = member.region;
    in.joinedOn = member.joinedOn.iso();
    in.householdHead = member.householdHeadId ? std::to_string(*member.householdHeadId) : std::string();
    in.insuranceNumber = member.insuranceNumber;
    in.relationship = relationshipCode(member.relationship);
    return in;
}

std::string memberSnapshot(const Member& member)
{
    // Canonical text, format "member/1" (see core/text/canonical_text.h). Field order and
    // keys are fixed forever: a new field is appended as a new key, which changes only the
    // snapshots written after it exists. Dates are ISO text or empty; the household head is
    // a member number or empty; sex is its one-letter code or empty.
    CanonicalWriter w("member");
    w.integer("id", member.id)
        .text("lastName", member.lastName)
        .text("otherNames", member.otherNames)
        .text("sex", sexCode(member.sex))
        .text("birthDate", member.birthDate ? member.birthDate->iso() : std::string())
        .text("phone", member.phone)
        .text("idDocType", member.idDocType)
        .text("idDocNumber", member.idDocNumber)
        .text("village", member.village)
        .text("municipality", member.municipality)
        .text("district", member.district)
        .text("region", member.region)
        .text("joinedOn", member.joinedOn.iso())
        .text("householdHead", member.householdHeadId ? std::to_string(*member.householdHeadId) : std::string())
        .text("insuranceNumber", member.insuranceNumber)
        .flag("active", member.active)
        .text("leftOn", member.leftOn ? member.leftOn->iso() : std::string());
    // Appended after the fact and only when set: members chained before relationships
    // existed (and heads, who have none) keep the snapshot they were chained with.
    if (member.relationship != Relationship::None)
        w.text("relationship", relationshipCode(member.relationship));
    return w.str();
}

} // namespace tontine
