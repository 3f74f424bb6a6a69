// validateMemberInput: every rule for a member's record, in one place (DESIGN §4 "rules are
// checked at one point"). It collects every problem rather than stopping at the first, so a
// form can mark all its fields at once and a CSV import can list every bad cell.

#include "core/members/member.h"

#include "core/text/text_checks.h"

#include <charconv>

namespace tontine {

namespace {

constexpr std::size_t kMaxTextLength = 100;
constexpr int kMinPhoneDigits = 6;

struct Field {
    const char* name;  // the MemberInput member, as problems name it
    const char* label; // the English words for messages
};

constexpr Field kLastName{"lastName", "Last name"};
constexpr Field kOtherNames{"otherNames", "Other names"};
constexpr Field kSex{"sex", "Sex"};
constexpr Field kBirthDate{"birthDate", "Birth date"};
constexpr Field kPhone{"phone", "Phone"};
constexpr Field kIdDocType{"idDocType", "ID document type"};
constexpr Field kIdDocNumber{"idDocNumber", "ID document number"};
constexpr Field kVillage{"village", "Village"};
constexpr Field kMunicipality{"municipality", "Municipality"};
constexpr Field kDistrict{"district", "District"};
constexpr Field kRegion{"region", "Region"};
constexpr Field kJoinedOn{"joinedOn", "Joining date"};
constexpr Field kHouseholdHead{"householdHead", "Household head"};
constexpr Field kInsuranceNumber{"insuranceNumber", "Insurance number"};
constexpr Field kRelationship{"relationship", "Relationship"};

class Validator {
public:
    void add(const Field& field, std::string code, std::vector<std::string> args, std::string text)
    {
        m_problems.push_back(Problem{field.name, std::move(code), std::move(args), std::move(text)});
    }

    // The trimmed text when it is well-formed, short enough and free of control characters;
    // otherwise records the one problem that matters most and returns nullopt.
    std::optional<std::string> cleanText(const Field& field, const std::string& raw)
    {
        const std::string_view text = trimText(raw);
        if (!isValidUtf8(text)) {
            add(field, "text.encoding", {}, std::string(field.label) + " is not valid UTF-8 text");
            return std::nullopt;
        }
        if (hasControlChars(text)) {
            add(field, "text.control_chars", {},
                std::string(field.label) + " contains control characters (such as tabs or line breaks)");
            return std::nullopt;
        }
        const std::size_t length = codePointCount(text);
        if (length > kMaxTextLength) {
            add(field, "too_long", {std::to_string(kMaxTextLength), std::to_string(length)},
                std::string(field.label) + " must be at most " + std::to_string(kMaxTextLength) +
                    " characters long (it has " + std::to_string(length) + ")");
            return std::nullopt;
        }
        return std::string(text);
    }

    // A date field: nullopt when empty or wrong (a problem is recorded when wrong).
    std::optional<Date> date(const Field& field, const std::optional<std::string>& text, Date today)
    {
        if (!text || text->empty())
            return std::nullopt;
        const std::optional<Date> date = Date::parseIso(*text);
        if (!date) {
            add(field, "date.invalid", {*text},
                std::string(field.label) + " \"" + *text +
                    "\" is not a valid date: write YYYY-MM-DD with a year from 1900 to 2199");
            return std::nullopt;
        }
        if (*date > today) {
            add(field, "date.future", {date->iso(), today.iso()},
                std::string(field.label) + " " + date->iso() + " is in the future (today is " + today.iso() + ")");
            return std::nullopt;
        }
        return date;
    }

    Problems take() { return std::move(m_problems); }

private:
    Problems m_problems;
};

bool validPhone(std::string_view phone)
{
    int digits = 0;
    for (char c : phone) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')')
            return false;
    }
    return digits >= kMinPhoneDigits;
}

// A member number: digits only, positive, fits MemberId.
std::optional<MemberId> parseMemberNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    MemberId value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || value <= 0)
        return std::nullopt;
    return value;
}

void checkHouseholdHead(Validator& v, const std::string& text, const MemberContext& context, Member& member)
{
    const std::optional<MemberId> number = parseMemberNumber(text);
    if (!number) {
        v.add(kHouseholdHead, "household_head.unknown", {text},
              "Household head \"" + text + "\" is not a member number");
        return;
    }
    if (context.editing && *context.editing == *number) {
        v.add(kHouseholdHead, "household_head.self", {text},
              "A member cannot be their own household head: leave it empty when they head their household");
        return;
    }
    const Member* head = context.findMember ? context.findMember(*number) : nullptr;
    if (!head) {
        v.add(kHouseholdHead, "household_head.unknown", {text},
              "There is no member number " + std::to_string(*number) + " to be household head");
        return;
    }
    // Households are one level deep: the head must head their own household, so that
    // "who is in this household" never needs to follow a chain (or detect a cycle).
    if (head->householdHeadId) {
        v.add(kHouseholdHead, "household_head.not_head", {text, std::to_string(*head->householdHeadId)},
              "Member " + std::to_string(*number) + " cannot be household head: they belong to the household of member " +
                  std::to_string(*head->householdHeadId));
        return;
    }
    member.householdHeadId = *number;
}

} // namespace

std::pair<Member, Problems> validateMemberInput(const MemberInput& input, const MemberContext& context)
{
    Validator v;
    Member member;

    if (auto lastName = v.cleanText(kLastName, input.lastName)) {
        if (lastName->empty())
            v.add(kLastName, "required", {}, "Last name is required");
        member.lastName = std::move(*lastName);
    }

    // Free text fields with no rule beyond the common ones (trimmed, clean, not too long).
    struct PlainField {
        const Field* field;
        const std::string MemberInput::*from;
        std::string Member::*to;
    };
    const PlainField plainFields[] = {
        {&kOtherNames, &MemberInput::otherNames, &Member::otherNames},
        {&kIdDocType, &MemberInput::idDocType, &Member::idDocType},
        {&kIdDocNumber, &MemberInput::idDocNumber, &Member::idDocNumber},
        {&kVillage, &MemberInput::village, &Member::village},
        {&kMunicipality, &MemberInput::municipality, &Member::municipality},
        {&kDistrict, &MemberInput::district, &Member::district},
        {&kRegion, &MemberInput::region, &Member::region},
    };
    for (const PlainField& f : plainFields)
        if (auto text = v.cleanText(*f.field, input.*f.from))
            member.*f.to = std::move(*text);

    if (auto sexText = v.cleanText(kSex, input.sex)) {
        if (const std::optional<Sex> sex = parseSex(*sexText))
            member.sex = *sex;
        else
            v.add(kSex, "sex.invalid", {*sexText}, "Sex must be M, F, O or empty, not \"" + *sexText + "\"");
    }

    if (auto phone = v.cleanText(kPhone, input.phone)) {
        if (!phone->empty() && !validPhone(*phone))
            v.add(kPhone, "phone.invalid", {*phone},
                  "Phone \"" + *phone + "\" is not a phone number: use digits, spaces and + - ( ), with at least " +
                      std::to_string(kMinPhoneDigits) + " digits");
        else
            member.phone = std::move(*phone);
    }

    member.birthDate = v.date(kBirthDate, v.cleanText(kBirthDate, input.birthDate), context.today);

    member.joinedOn = context.today;
    if (auto joinedText = v.cleanText(kJoinedOn, input.joinedOn)) {
        if (const std::optional<Date> joined = v.date(kJoinedOn, joinedText, context.today)) {
            if (member.birthDate && *joined < *member.birthDate)
                v.add(kJoinedOn, "date.before_birth", {joined->iso(), member.birthDate->iso()},
                      "Joining date " + joined->iso() + " is before the birth date " + member.birthDate->iso());
            else
                member.joinedOn = *joined;
        }
    }

    if (auto head = v.cleanText(kHouseholdHead, input.householdHead); head && !head->empty())
        checkHouseholdHead(v, *head, context, member);

    if (auto insurance = v.cleanText(kInsuranceNumber, input.insuranceNumber)) {
        if (!insurance->empty() && context.insuranceNumberTaken && context.insuranceNumberTaken(*insurance))
            v.add(kInsuranceNumber, "insurance_number.taken", {*insurance},
                  "Insurance number " + *insurance + " is already used by another member");
        else
            member.insuranceNumber = std::move(*insurance);
    }

    // The relationship is to the household head, so a head has none. A dependant may be
    // recorded without one: the mutuelle-fr export refuses them until it is filled in.
    if (auto relationText = v.cleanText(kRelationship, input.relationship); relationText && !relationText->empty()) {
        const std::optional<Relationship> relationship = parseRelationship(*relationText);
        if (!relationship)
            v.add(kRelationship, "relationship.invalid", {*relationText},
                  "Relationship must be spouse, child, parent, sibling, other or empty, not \"" + *relationText + "\"");
        else if (trimText(input.householdHead).empty())
            v.add(kRelationship, "relationship.head", {*relationText},
                  "A household head has no relationship: leave it empty, or give the household head first");
        else
            member.relationship = *relationship;
    }

    return {std::move(member), v.take()};
}

} // namespace tontine
