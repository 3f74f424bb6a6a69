#pragma once
// The members CSV: its columns, reading rows into MemberInputs, and writing members out.
// It does not validate members against the fund (Book::importMembers does that).

#include "core/exchange/csv.h"
#include "core/members/member.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

// Column names, in export order. Import needs last_name; other columns are optional and may
// come in any order; unknown columns are an error (a typo must not silently drop data).
// On import, `number` and `active` are refused (the fund assigns numbers; members come in
// active), and an extra optional `ref` column gives the file's own key for each row, so that
// household_head can point at another row of the same file.
const std::vector<std::string>& memberCsvColumns();

struct MemberCsvRow {
    int line = 0;
    std::string ref;          // the file's own key for the row (column "ref"), may be empty
    MemberInput input;        // householdHead holds the raw cell text (a ref or a member number)
};

struct MemberCsv {
    std::vector<MemberCsvRow> rows;
    // MemberInput field name ("lastName", "householdHead", …) -> 1-based column in the file,
    // so that problems found later can name the column.
    std::map<std::string, int> columnOf;
};

// Reads the rows; structural problems (unknown or duplicate columns, missing last_name column,
// wrong cell count, duplicate ref) are thrown as ValidationError with line and column.
// Every structural problem of the file is collected before throwing. Header names are matched
// case-insensitively after trimming; cells are trimmed, and a leading "'" that writeMemberCsv
// put before a formula-like cell ("'+221 …") is removed. Rows whose cells are all empty are
// skipped. A missing last_name column is reported on the header line with column 0.
// columnOf also maps "ref" when the file has that column.
MemberCsv readMemberCsv(std::string_view text);

// Writes a header line and one row per member, every column of memberCsvColumns() in order:
// dates ISO, sex M/F/O/empty, household_head the head's member number (empty when the member
// heads their own household), active 1/0. Number cells are never neutralised.
std::string writeMemberCsv(const std::vector<Member>& members, const CsvWriteOptions& options = {});

} // namespace tontine
