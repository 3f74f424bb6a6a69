#include "core/exchange/member_csv.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace tontine {

namespace {

// One importable column: its name in the file, the MemberInput field it fills.
struct ImportColumn {
    std::string_view name;
    std::string_view field;
    std::string MemberInput::*member;
};

const std::array<ImportColumn, 15> kImportColumns{{
    {"last_name", "lastName", &MemberInput::lastName},
    {"other_names", "otherNames", &MemberInput::otherNames},
    {"sex", "sex", &MemberInput::sex},
    {"birth_date", "birthDate", &MemberInput::birthDate},
    {"phone", "phone", &MemberInput::phone},
    {"id_type", "idDocType", &MemberInput::idDocType},
    {"id_number", "idDocNumber", &MemberInput::idDocNumber},
    {"village", "village", &MemberInput::village},
    {"municipality", "municipality", &MemberInput::municipality},
    {"district", "district", &MemberInput::district},
    {"region", "region", &MemberInput::region},
    {"joined_on", "joinedOn", &MemberInput::joinedOn},
    {"household_head", "householdHead", &MemberInput::householdHead},
    {"insurance_number", "insuranceNumber", &MemberInput::insuranceNumber},
    {"relationship", "relationship", &MemberInput::relationship},
}};

constexpr std::string_view kRefColumn = "ref";

std::string trim(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

std::string lowerAscii(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string acceptedColumnsList()
{
    std::string out(kRefColumn);
    for (const auto& c : kImportColumns)
        out += ", " + std::string(c.name);
    return out;
}

// Problems of one file: every one carries its place and says it in its text, since the CLI
// prints only the text.
class ProblemList {
public:
    void add(std::string code, int line, int column, std::vector<std::string> args, const std::string& what)
    {
        Problem p;
        p.code = std::move(code);
        p.line = line;
        p.column = column;
        p.args = std::move(args);
        p.text = "Line " + std::to_string(line) +
                 (column > 0 ? ", column " + std::to_string(column) : std::string()) + ": " + what;
        m_problems.push_back(std::move(p));
    }
    bool empty() const { return m_problems.empty(); }
    Problems take() { return std::move(m_problems); }

private:
    Problems m_problems;
};

// What each column of the file holds: an importable field, the row key, or nothing usable.
struct ColumnRole {
    const ImportColumn* column = nullptr;
    bool isRef = false;
};

std::vector<ColumnRole> readHeader(const CsvRow& header, MemberCsv& out, ProblemList& problems)
{
    std::vector<ColumnRole> roles(header.cells.size());
    std::map<std::string, int> seen; // lower-cased name -> first column
    for (std::size_t i = 0; i < header.cells.size(); ++i) {
        const int column = static_cast<int>(i) + 1;
        const std::string col = std::to_string(column);
        const std::string raw = trim(header.cells[i]);
        const std::string name = lowerAscii(raw);
        if (name.empty()) {
            problems.add("csv.column_unnamed", header.line, column, {col},
                         "column " + col + " has no name in the header line");
            continue;
        }
        if (auto [it, inserted] = seen.emplace(name, column); !inserted) {
            problems.add("csv.column_duplicate", header.line, column,
                         {raw, std::to_string(it->second), col},
                         "column \"" + raw + "\" appears twice (columns " + std::to_string(it->second) +
                             " and " + col + ")");
            continue;
        }
        if (name == "number") {
            // Numbers are the fund's own; taking them from a file could clash with existing
            // members. Renaming the column to ref keeps household_head links working.
            problems.add("csv.column_number_refused", header.line, column, {col},
                         "column number is assigned by the fund; remove it (or rename it to ref to "
                         "use it as this file's own row key for household_head)");
            continue;
        }
        if (name == "active") {
            problems.add("csv.column_active_refused", header.line, column, {col},
                         "column active cannot be imported: imported members are active; remove it "
                         "and deactivate members afterwards");
            continue;
        }
        if (name == kRefColumn) {
            roles[i].isRef = true;
            out.columnOf["ref"] = column;
            continue;
        }
        const auto known = std::find_if(kImportColumns.begin(), kImportColumns.end(),
                                        [&](const ImportColumn& c) { return c.name == name; });
        if (known == kImportColumns.end()) {
            problems.add("csv.column_unknown", header.line, column, {raw, col},
                         "unknown column \"" + raw + "\" (column " + col +
                             "); the columns are: " + acceptedColumnsList());
            continue;
        }
        roles[i].column = &*known;
        out.columnOf[std::string(known->field)] = column;
    }
    if (!seen.contains("last_name"))
        problems.add("csv.column_missing", header.line, 0, {"last_name"},
                     "the header has no last_name column (it is required)");
    return roles;
}

bool allBlank(const CsvRow& row)
{
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const std::string& c) { return trim(c).empty(); });
}

// Spreadsheets pad cells and our own export neutralises formula-like cells ("'+221 …"):
// undo both so that an exported file imports back unchanged.
std::string cellValue(const std::string& cell)
{
    return csvUnneutralise(trim(cell));
}

} // namespace

const std::vector<std::string>& memberCsvColumns()
{
    static const std::vector<std::string> columns{
        "number", "last_name", "other_names", "sex", "birth_date", "phone", "id_type", "id_number",
        "village", "municipality", "district", "region", "joined_on", "household_head",
        "insurance_number", "relationship", "active"};
    return columns;
}

MemberCsv readMemberCsv(std::string_view text)
{
    const CsvTable table = readCsv(text);
    MemberCsv out;
    ProblemList problems;
    if (table.rows.empty()) {
        problems.add("csv.empty", 1, 0, {}, "the file is empty; its first line must name the columns");
        throw ValidationError(problems.take());
    }
    const CsvRow& header = table.rows.front();
    const std::vector<ColumnRole> roles = readHeader(header, out, problems);
    const std::size_t width = header.cells.size();

    std::map<std::string, int> refLines;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const CsvRow& row = table.rows[r];
        if (allBlank(row))
            continue; // spreadsheets leave ";;;;" lines behind; they hold no member
        if (row.cells.size() != width) {
            const std::string have = std::to_string(row.cells.size());
            const std::string want = std::to_string(width);
            // Point at the first missing cell, or the first extra one.
            const int column = static_cast<int>(std::min(row.cells.size(), width)) + 1;
            problems.add("csv.cell_count", row.line, column, {have, want},
                         "this row has " + have + " cells but the header has " + want +
                             " (a separator missing or extra, or a field that needed quotes?)");
            continue;
        }
        MemberCsvRow member;
        member.line = row.line;
        for (std::size_t i = 0; i < width; ++i) {
            if (roles[i].isRef)
                member.ref = cellValue(row.cells[i]);
            else if (roles[i].column)
                member.input.*(roles[i].column->member) = cellValue(row.cells[i]);
        }
        if (!member.ref.empty()) {
            if (auto [it, inserted] = refLines.emplace(member.ref, row.line); !inserted)
                problems.add("csv.ref_duplicate", row.line, out.columnOf["ref"],
                             {member.ref, std::to_string(it->second)},
                             "ref \"" + member.ref + "\" is already used on line " +
                                 std::to_string(it->second));
        }
        out.rows.push_back(std::move(member));
    }
    if (!problems.empty())
        throw ValidationError(problems.take());
    return out;
}

std::string writeMemberCsv(const std::vector<Member>& members, const CsvWriteOptions& options)
{
    std::string out = csvPreamble(options);
    out += csvLine(memberCsvColumns(), options);
    const auto date = [](const std::optional<Date>& d) { return d ? d->iso() : std::string(); };
    for (const Member& m : members) {
        const std::string head = m.householdHeadId ? std::to_string(*m.householdHeadId) : std::string();
        out += csvJoinEncoded(
            {csvNumberCell(std::to_string(m.id), options), csvCell(m.lastName, options),
             csvCell(m.otherNames, options), csvCell(sexCode(m.sex), options),
             csvCell(date(m.birthDate), options), csvCell(m.phone, options),
             csvCell(m.idDocType, options), csvCell(m.idDocNumber, options),
             csvCell(m.village, options), csvCell(m.municipality, options),
             csvCell(m.district, options), csvCell(m.region, options),
             csvCell(m.joinedOn.iso(), options), csvNumberCell(head, options),
             csvCell(m.insuranceNumber, options), csvCell(relationshipCode(m.relationship), options),
             csvNumberCell(m.active ? "1" : "0", options)},
            options);
    }
    return out;
}

} // namespace tontine
