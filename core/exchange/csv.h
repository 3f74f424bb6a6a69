#pragma once
// RFC 4180 CSV reading and writing, UTF-8. Reading accepts a BOM, ',' or ';' (detected from
// the header line), CRLF or LF, quoted fields with embedded separators, quotes and newlines.
// Writing quotes as needed and neutralises cells a spreadsheet would run as a formula.

#include "core/error/errors.h"

#include <string>
#include <string_view>
#include <vector>

namespace tontine {

struct CsvRow {
    int line = 0; // 1-based line where the row starts
    std::vector<std::string> cells;
};

struct CsvTable {
    char separator = ',';
    std::vector<CsvRow> rows; // including the header row
};

// Parses the whole text. Throws ValidationError (with line and column) on malformed CSV:
// an unterminated quote, a quote inside an unquoted field, text after a closing quote,
// invalid UTF-8. Blank lines are skipped.
CsvTable readCsv(std::string_view text);

struct CsvWriteOptions {
    char separator = ',';
    bool bom = false;
    std::string lineEnd = "\r\n";
    bool neutraliseFormulas = true;
};

// Quotes a cell when needed; with neutraliseFormulas, a cell starting with = + - @ TAB CR LF
// is prefixed with a single quote.
std::string csvCell(std::string_view value, const CsvWriteOptions& options);
std::string csvLine(const std::vector<std::string>& cells, const CsvWriteOptions& options);

} // namespace tontine
