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
MemberCsv readMemberCsv(std::string_view text);

std::string writeMemberCsv(const std::vector<Member>& members, const CsvWriteOptions& options = {});

} // namespace tontine
