#pragma once
// RFC 4180 CSV reading and writing, UTF-8. Reading accepts a BOM, ',' or ';' (detected from
// the header line), CRLF or LF, quoted fields with embedded separators, quotes and newlines.
// Writing quotes as needed and neutralises cells a spreadsheet would run as a formula.
// It knows nothing of what the cells mean: profiles (members, openIMIS, …) build on it.

#include "core/error/errors.h"

#include <string>
#include <string_view>
#include <vector>

namespace tontine {

// One record of a CSV file: its cells, and the physical line it starts on.
struct CsvRow {
    int line = 0; // 1-based line where the row starts
    std::vector<std::string> cells;
};

// A whole parsed file. Rows may have different cell counts: profiles decide what is allowed.
struct CsvTable {
    char separator = ',';
    std::vector<CsvRow> rows; // including the header row
};

// Parses the whole text. Throws ValidationError (with line and column) on malformed CSV:
// an unterminated quote, a quote inside an unquoted field, text after a closing quote,
// invalid UTF-8. Blank lines are skipped.
// Details: a leading UTF-8 BOM is dropped. The separator is the first ',' or ';' found outside
// quotes on the header (first non-blank) line, ',' when there is neither. Lines end with CRLF,
// LF or a lone CR. A row's `line` is where it starts, even if a quoted cell spans lines.
// Only truly empty lines are blank: a line holding spaces is a row with one cell.
// Problem columns are 1-based field indexes; codes: "csv.unterminated_quote",
// "csv.stray_quote", "csv.text_after_quote", "csv.invalid_utf8"; args: {line, column}.
// Reading stops at the first malformed place (after it the rest cannot be trusted).
CsvTable readCsv(std::string_view text);

struct CsvWriteOptions {
    char separator = ',';
    bool bom = false;
    std::string lineEnd = "\r\n";
    bool neutraliseFormulas = true;
};

// Quotes a cell when needed; with neutraliseFormulas, a cell starting with = + - @ TAB CR LF
// is prefixed with a single quote.
// A cell is quoted when it holds the separator, a double quote, CR or LF, or starts or ends
// with a space or tab (so that spreadsheets do not trim it); inner quotes are doubled.
// Note: neutralising turns "-5" into "'-5". That is right for free text (names, phones), but
// cells holding amounts or counts should go through csvNumberCell instead.
std::string csvCell(std::string_view value, const CsvWriteOptions& options);

// Like csvCell, but a plain number (optional '-', digits, optional '.' or ',' and digits) is
// never neutralised: a negative amount stays "-5" and a spreadsheet reads it as a number.
// Anything else is written exactly as csvCell would.
std::string csvNumberCell(std::string_view value, const CsvWriteOptions& options);

// One record from raw values: csvCell applied to each, joined by the separator, followed by
// options.lineEnd.
std::string csvLine(const std::vector<std::string>& cells, const CsvWriteOptions& options);

// Joins cells that are already encoded (by csvCell / csvNumberCell), adding options.lineEnd.
std::string csvJoinEncoded(const std::vector<std::string>& encodedCells, const CsvWriteOptions& options);

// The BOM when options.bom asks for one, else "". Put it once, at the start of a file.
std::string csvPreamble(const CsvWriteOptions& options);

// Undoes csvCell's neutralisation on import: "'=SUM(A1)" -> "=SUM(A1)", "'+221 77…" ->
// "+221 77…". A leading quote before any other character is kept ("'Ofa" stays as is).
std::string csvUnneutralise(std::string_view cell);

} // namespace tontine
