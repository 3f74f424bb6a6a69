#include "core/exchange/csv.h"

#include <cstddef>

namespace tontine {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

[[noreturn]] void fail(const std::string& code, int line, int column, const std::string& what)
{
    Problem p;
    p.code = code;
    p.line = line;
    p.column = column;
    p.args = {std::to_string(line), std::to_string(column)};
    p.text = "Line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + what;
    throw ValidationError(Problems{p});
}

// Length of the valid UTF-8 sequence starting at text[pos], or 0 when it is not valid
// (truncated, overlong, surrogate, above U+10FFFF, stray continuation byte).
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        len = 2;
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
    else if (b0 >= 0xE1 && b0 <= 0xEC) len = 3;
    else if (b0 == 0xED) { len = 3; hi = 0x9F; } // no UTF-16 surrogates
    else if (b0 >= 0xEE && b0 <= 0xEF) len = 3;
    else if (b0 == 0xF0) { len = 4; lo = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; }
    else
        return 0;
    if (pos + len > text.size())
        return 0;
    if (byte(pos + 1) < lo || byte(pos + 1) > hi)
        return 0;
    for (std::size_t i = 2; i < len; ++i)
        if (byte(pos + i) < 0x80 || byte(pos + i) > 0xBF)
            return 0;
    return len;
}

// The header decides the separator, so a ';' file whose names contain commas inside quotes
// is still read as ';'.
char detectSeparator(std::string_view text)
{
    bool inQuotes = false;
    bool seenContent = false;
    for (char c : text) {
        if (c == '"') {
            inQuotes = !inQuotes;
            seenContent = true;
        } else if (!inQuotes && (c == ',' || c == ';')) {
            return c;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (seenContent)
                break; // end of the header line
        } else {
            seenContent = true;
        }
    }
    return ',';
}

class Parser {
public:
    Parser(std::string_view text, char separator) : m_text(text), m_sep(separator) {}

    std::vector<CsvRow> rows()
    {
        std::vector<CsvRow> out;
        while (!atEnd()) {
            if (atLineEnd()) { // a blank line
                skipLineEnd();
                continue;
            }
            out.push_back(row());
        }
        return out;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }
    bool atLineEnd() const { return peek() == '\n' || peek() == '\r'; }

    // Consumes CRLF, LF or a lone CR as one line break.
    void skipLineEnd()
    {
        if (peek() == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    // Copies one character (a whole UTF-8 sequence) into `cell`, checking its encoding.
    void takeChar(std::string& cell, int column)
    {
        const std::size_t len = utf8SequenceLength(m_text, m_pos);
        if (len == 0)
            fail("csv.invalid_utf8", m_line, column,
                 "the text is not valid UTF-8 (save the file as \"CSV UTF-8\")");
        cell.append(m_text.substr(m_pos, len));
        m_pos += len;
    }

    CsvRow row()
    {
        CsvRow r;
        r.line = m_line;
        while (true) {
            const int column = static_cast<int>(r.cells.size()) + 1;
            r.cells.push_back(field(column));
            if (atEnd())
                break;
            if (peek() == m_sep) {
                ++m_pos;
                continue;
            }
            skipLineEnd(); // field() stops only at a separator, a line end or the end
            break;
        }
        return r;
    }

    std::string field(int column)
    {
        if (!atEnd() && peek() == '"')
            return quotedField(column);
        std::string cell;
        while (!atEnd() && peek() != m_sep && !atLineEnd()) {
            if (peek() == '"')
                fail("csv.stray_quote", m_line, column,
                     "a quote mark (\") inside a field that does not start with one (put the whole "
                     "field in quote marks and write each inner quote twice: \"5 \"\"inches\"\"\")");
            takeChar(cell, column);
        }
        return cell;
    }

    std::string quotedField(int column)
    {
        const int startLine = m_line;
        ++m_pos; // opening quote
        std::string cell;
        while (true) {
            if (atEnd())
                fail("csv.unterminated_quote", startLine, column,
                     "a quoted field is never closed (a closing quote mark is missing)");
            const char c = peek();
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    cell += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                break;
            }
            if (c == '\r' || c == '\n') {
                // Keep the line break as written, but count lines so later rows and errors
                // point at the right place.
                const bool crlf = c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n';
                cell.append(m_text.substr(m_pos, crlf ? 2 : 1));
                m_pos += crlf ? 2 : 1;
                ++m_line;
                continue;
            }
            takeChar(cell, column);
        }
        if (!atEnd() && peek() != m_sep && !atLineEnd())
            fail("csv.text_after_quote", m_line, column,
                 "text after the closing quote mark of a field (the separator or the end of "
                 "the line must follow it)");
        return cell;
    }

    std::string_view m_text;
    char m_sep;
    std::size_t m_pos = 0;
    int m_line = 1;
};

bool startsLikeFormula(std::string_view value)
{
    if (value.empty())
        return false;
    switch (value.front()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r': case '\n':
        return true;
    default:
        return false;
    }
}

bool isPlainNumber(std::string_view value)
{
    std::size_t i = 0;
    if (i < value.size() && value[i] == '-')
        ++i;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < value.size() && value[i] >= '0' && value[i] <= '9')
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < value.size() && (value[i] == '.' || value[i] == ',')) {
        ++i;
        if (!digits())
            return false;
    }
    return i == value.size();
}

std::string quoteIfNeeded(std::string_view value, char separator)
{
    bool quote = false;
    for (char c : value)
        if (c == separator || c == '"' || c == '\r' || c == '\n')
            quote = true;
    if (!value.empty()) {
        const auto blank = [](char c) { return c == ' ' || c == '\t'; };
        if (blank(value.front()) || blank(value.back()))
            quote = true;
    }
    if (!quote)
        return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace

CsvTable readCsv(std::string_view text)
{
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());
    CsvTable table;
    table.separator = detectSeparator(text);
    table.rows = Parser(text, table.separator).rows();
    return table;
}

std::string csvCell(std::string_view value, const CsvWriteOptions& options)
{
    if (options.neutraliseFormulas && startsLikeFormula(value))
        return quoteIfNeeded("'" + std::string(value), options.separator);
    return quoteIfNeeded(value, options.separator);
}

std::string csvNumberCell(std::string_view value, const CsvWriteOptions& options)
{
    if (isPlainNumber(value))
        return quoteIfNeeded(value, options.separator); // "1,5" with ',' still gets quoted
    return csvCell(value, options);
}

std::string csvJoinEncoded(const std::vector<std::string>& encodedCells, const CsvWriteOptions& options)
{
    std::string out;
    for (std::size_t i = 0; i < encodedCells.size(); ++i) {
        if (i > 0)
            out += options.separator;
        out += encodedCells[i];
    }
    out += options.lineEnd;
    return out;
}

std::string csvLine(const std::vector<std::string>& cells, const CsvWriteOptions& options)
{
    std::vector<std::string> encoded;
    encoded.reserve(cells.size());
    for (const auto& c : cells)
        encoded.push_back(csvCell(c, options));
    return csvJoinEncoded(encoded, options);
}

std::string csvPreamble(const CsvWriteOptions& options)
{
    return options.bom ? std::string(kBom) : std::string();
}

std::string csvUnneutralise(std::string_view cell)
{
    if (cell.size() >= 2 && cell.front() == '\'' && startsLikeFormula(cell.substr(1)))
        return std::string(cell.substr(1));
    return std::string(cell);
}

} // namespace tontine
