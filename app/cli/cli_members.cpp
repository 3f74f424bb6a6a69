// Member verbs: add, edit, show, list, deactivate, import, opening-savings.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <fstream>
#include <limits>
#include <ostream>
#include <sstream>

namespace tontine::cli {

namespace {

// Each member option and the MemberInput field it fills.
struct MemberOption {
    const char* option;
    std::string MemberInput::*field;
    const char* value; // how help names the value
    const char* help;
};

const std::vector<MemberOption>& memberOptions()
{
    static const std::vector<MemberOption> options = {
        {"last-name", &MemberInput::lastName, "NAME", "family name (required for add)"},
        {"other-names", &MemberInput::otherNames, "NAMES", "first and other names"},
        {"sex", &MemberInput::sex, "M|F|O", "male, female or other"},
        {"birth-date", &MemberInput::birthDate, "DATE", "YYYY-MM-DD"},
        {"phone", &MemberInput::phone, "TEXT", "phone number"},
        {"id-type", &MemberInput::idDocType, "TEXT", "identity document type, e.g. CNI, DNI, passport"},
        {"id-number", &MemberInput::idDocNumber, "TEXT", "identity document number"},
        {"village", &MemberInput::village, "TEXT", "village or neighbourhood"},
        {"municipality", &MemberInput::municipality, "TEXT", "municipality"},
        {"district", &MemberInput::district, "TEXT", "district"},
        {"region", &MemberInput::region, "TEXT", "region"},
        {"joined", &MemberInput::joinedOn, "DATE", "date of joining, YYYY-MM-DD (default: --date)"},
        {"household-head", &MemberInput::householdHead, "N", "member number of the household head"},
        {"insurance-number", &MemberInput::insuranceNumber, "TEXT", "number issued by the partner mutual"},
        {"relationship", &MemberInput::relationship, "REL",
         "to the household head: spouse, child, parent, sibling or\n"
         "                            other (a dependant needs one; a head has none)"},
    };
    return options;
}

std::vector<std::string> memberOptionNames()
{
    std::vector<std::string> names;
    for (const auto& o : memberOptions())
        names.push_back(o.option);
    return names;
}

std::string memberOptionsHelp()
{
    std::string text;
    for (const auto& o : memberOptions()) {
        std::string flag = std::string("--") + o.option + " " + o.value;
        text += "  " + flag + std::string(flag.size() < 26 ? 26 - flag.size() : 1, ' ') + o.help + "\n";
    }
    return text;
}

// Applies the given options over `input`; returns whether any was given.
bool applyMemberOptions(const ParsedArgs& args, MemberInput& input)
{
    bool any = false;
    for (const auto& o : memberOptions())
        if (auto v = args.value(o.option)) {
            input.*(o.field) = *v;
            any = true;
        }
    return any;
}

MemberId memberNumber(const std::string& text)
{
    return CliContext::parseCount(text, "member", 1, std::numeric_limits<std::int64_t>::max());
}

Member existingMember(const Book& book, MemberId id)
{
    auto m = book.member(id);
    if (!m)
        throw ValidationError("member", "member.unknown", "no member number " + std::to_string(id),
                              {std::to_string(id)});
    return *m;
}

std::string optionalDate(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

void memberJson(JsonWriter& j, const Member& m)
{
    j.beginObject();
    j.field("id", m.id);
    j.field("lastName", m.lastName);
    j.field("otherNames", m.otherNames);
    j.field("fullName", m.fullName());
    j.field("sex", sexCode(m.sex));
    j.key("birthDate");
    m.birthDate ? j.value(m.birthDate->iso()) : j.null();
    j.field("phone", m.phone);
    j.field("idDocType", m.idDocType);
    j.field("idDocNumber", m.idDocNumber);
    j.field("village", m.village);
    j.field("municipality", m.municipality);
    j.field("district", m.district);
    j.field("region", m.region);
    j.field("joinedOn", m.joinedOn.iso());
    j.key("householdHead").value(m.householdHeadId ? std::optional<std::int64_t>(*m.householdHeadId)
                                                   : std::nullopt);
    j.field("insuranceNumber", m.insuranceNumber);
    j.field("relationship", relationshipCode(m.relationship));
    j.field("active", m.active);
    j.key("leftOn");
    m.leftOn ? j.value(m.leftOn->iso()) : j.null();
    j.endObject();
}

int runAdd(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("member add", true);
    Actor actor = cx.actor(*book, args);
    MemberInput input;
    applyMemberOptions(args, input);
    MemberId id = book->addMember(input, actor);
    auto m = existingMember(*book, id);
    cx.out() << "Member " << id << " added: " << m.fullName() << "\n";
    book->close();
    return 0;
}

int runEdit(CliContext& cx, const ParsedArgs& args)
{
    MemberId id = memberNumber(*args.positional(0));
    bool any = false;
    for (const auto& o : memberOptions())
        any = any || args.has(o.option);
    if (!any)
        throw UsageError("nothing to change: give at least one field", "member edit");
    auto book = cx.openBook("member edit", true);
    Actor actor = cx.actor(*book, args);
    MemberInput input = MemberInput::from(existingMember(*book, id));
    applyMemberOptions(args, input);
    book->editMember(id, input, actor);
    cx.out() << "Member " << id << " saved: " << existingMember(*book, id).fullName() << "\n";
    book->close();
    return 0;
}

int runDeactivate(CliContext& cx, const ParsedArgs& args)
{
    MemberId id = memberNumber(*args.positional(0));
    auto book = cx.openBook("member deactivate", true);
    Actor actor = cx.actor(*book, args);
    existingMember(*book, id);
    book->deactivateMember(id, actor);
    cx.out() << "Member " << id << " deactivated on " << actor.date.iso() << ": "
             << existingMember(*book, id).fullName() << "\n";
    book->close();
    return 0;
}

int runShow(CliContext& cx, const ParsedArgs& args)
{
    MemberId id = memberNumber(*args.positional(0));
    auto book = cx.openBook("member show", false);
    Member m = existingMember(*book, id);
    if (args.flag("json")) {
        JsonWriter j;
        memberJson(j, m);
        cx.out() << j.str();
        return 0;
    }
    FieldList f;
    f.add("Number", std::to_string(m.id));
    f.add("Last name", m.lastName);
    f.add("Other names", m.otherNames);
    f.add("Sex", sexCode(m.sex));
    f.add("Birth date", optionalDate(m.birthDate));
    f.add("Phone", m.phone);
    f.add("ID document", m.idDocType + (m.idDocNumber.empty() ? "" : " " + m.idDocNumber));
    f.add("Village", m.village);
    f.add("Municipality", m.municipality);
    f.add("District", m.district);
    f.add("Region", m.region);
    f.add("Joined", m.joinedOn.iso());
    f.add("Household head", m.householdHeadId ? std::to_string(*m.householdHeadId) : "self");
    f.add("Insurance number", m.insuranceNumber);
    f.add("Relationship", relationshipCode(m.relationship));
    f.add("Active", m.active ? "yes" : "no, left " + optionalDate(m.leftOn));
    cx.out() << f.render();
    return 0;
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("member list", false);
    MemberQuery query;
    query.text = args.valueOr("search", "");
    query.includeInactive = !args.flag("active-only");
    auto members = book->members(query);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginArray();
        for (const auto& m : members)
            memberJson(j, m);
        j.endArray();
        cx.out() << j.str();
        return 0;
    }
    TextTable t({{"No", TextTable::Align::Right}, {"Name"}, {"Sex"}, {"Born"}, {"Phone"},
                 {"Village"}, {"Joined"}, {"Head", TextTable::Align::Right}, {"Active"}});
    for (const auto& m : members)
        t.addRow({std::to_string(m.id), m.fullName(), sexCode(m.sex), optionalDate(m.birthDate),
                  m.phone, m.village, m.joinedOn.iso(),
                  m.householdHeadId ? std::to_string(*m.householdHeadId) : "", m.active ? "yes" : "no"});
    cx.out() << t.render() << members.size() << (members.size() == 1 ? " member\n" : " members\n");
    return 0;
}

int runImport(CliContext& cx, const ParsedArgs& args)
{
    std::string csvPath = *args.positional(0);
    std::ifstream in(csvPath, std::ios::binary);
    if (!in)
        throw ValidationError("CSVFILE", "file.unreadable", "cannot read '" + csvPath + "'", {csvPath});
    std::ostringstream text;
    text << in.rdbuf();
    auto book = cx.openBook("member import", true);
    Actor actor = cx.actor(*book, args);
    ImportReport report = book->importMembers(text.str(), actor);
    cx.out() << "Imported " << report.added.size() << (report.added.size() == 1 ? " member" : " members");
    if (!report.added.empty())
        cx.out() << " (numbers " << report.added.front() << "–" << report.added.back() << ")";
    cx.out() << ".\n";
    book->close();
    return 0;
}

int runOpeningSavings(CliContext& cx, const ParsedArgs& args)
{
    MemberId id = memberNumber(*args.positional(0));
    auto book = cx.openBook("member opening-savings", true);
    const Currency& currency = book->settings().currency();
    std::int64_t amount = CliContext::parseAmount(*args.positional(1), currency, "AMOUNT");
    Actor actor = cx.actor(*book, args);
    Member m = existingMember(*book, id);
    EntrySeq seq = book->recordOpeningSavings(id, amount, actor);
    cx.out() << "Entry " << seq << ": opening savings of " << amountText(amount, currency) << " "
             << currency.code << " for member " << id << " (" << m.fullName() << ").\n";
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> memberVerbs()
{
    std::vector<Verb> verbs;

    Verb add;
    add.name = "member add";
    add.summary = "Add a member; prints the new member number.";
    add.usage = "--last-name NAME [member options]";
    add.details = memberOptionsHelp();
    add.spec.valueOptions = memberOptionNames();
    add.writes = true;
    add.run = runAdd;
    verbs.push_back(add);

    Verb edit;
    edit.name = "member edit";
    edit.summary = "Change a member's record (only the fields given; \"\" clears one).";
    edit.usage = "N [member options]";
    edit.details = "  N  the member number\n" + memberOptionsHelp();
    edit.spec.valueOptions = memberOptionNames();
    edit.spec.positionals = {"N"};
    edit.writes = true;
    edit.run = runEdit;
    verbs.push_back(edit);

    Verb deactivate;
    deactivate.name = "member deactivate";
    deactivate.summary = "Mark a member as having left (members are never deleted).";
    deactivate.usage = "N";
    deactivate.details = "  N  the member number; --date is the day they left\n";
    deactivate.spec.positionals = {"N"};
    deactivate.writes = true;
    deactivate.run = runDeactivate;
    verbs.push_back(deactivate);

    Verb show;
    show.name = "member show";
    show.summary = "Show one member's whole record.";
    show.usage = "N";
    show.spec.positionals = {"N"};
    show.json = true;
    show.run = runShow;
    verbs.push_back(show);

    Verb list;
    list.name = "member list";
    list.summary = "List members.";
    list.usage = "[--search TEXT] [--active-only]";
    list.details = "  --search TEXT   only members whose names, phone, places or numbers contain TEXT\n"
                   "  --active-only   leave out members who have left\n";
    list.spec.valueOptions = {"search"};
    list.spec.flags = {"active-only"};
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    Verb import;
    import.name = "member import";
    import.summary = "Import members from a CSV file: all rows or none.";
    import.usage = "CSVFILE";
    import.details =
        "  CSVFILE  UTF-8, comma or semicolon separated, with a header row naming the columns\n"
        "           (last_name is required; see the members export for the others).\n"
        "  Every row is checked first; any problem is reported with its line and column and\n"
        "  nothing is imported (exit code 1).\n";
    import.spec.positionals = {"CSVFILE"};
    import.writes = true;
    import.run = runImport;
    verbs.push_back(import);

    Verb opening;
    opening.name = "member opening-savings";
    opening.summary = "Record savings a member already holds when the books start.";
    opening.usage = "N AMOUNT";
    opening.details = "  N       the member number\n"
                      "  AMOUNT  in major units (1500, 12.50), already in the cash box\n";
    opening.spec.positionals = {"N", "AMOUNT"};
    opening.writes = true;
    opening.run = runOpeningSavings;
    verbs.push_back(opening);

    return verbs;
}

} // namespace tontine::cli
