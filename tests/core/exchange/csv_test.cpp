#include "core/exchange/csv.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tontine;

namespace {

using Cells = std::vector<std::string>;

// The single problem a malformed text is rejected with.
Problem rejection(std::string_view text)
{
    try {
        readCsv(text);
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        return e.problems().front();
    }
    FAIL("the text was accepted: " << text);
    return {};
}

} // namespace

TEST_CASE("readCsv reads plain comma rows with their line numbers")
{
    const CsvTable t = readCsv("a,b,c\n1,2,3\n");
    CHECK(t.separator == ',');
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == Cells{"a", "b", "c"});
    CHECK(t.rows[1].cells == Cells{"1", "2", "3"});
    CHECK(t.rows[0].line == 1);
    CHECK(t.rows[1].line == 2);
}

TEST_CASE("readCsv keeps empty cells, including a trailing one, and a last line without newline")
{
    const CsvTable t = readCsv("a,,c\n,x,\nlast,row,here");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells == Cells{"a", "", "c"});
    CHECK(t.rows[1].cells == Cells{"", "x", ""});
    CHECK(t.rows[2].cells == Cells{"last", "row", "here"});
}

TEST_CASE("readCsv reads quoted fields with separators, doubled quotes and newlines")
{
    const CsvTable t = readCsv("name,note\n"
                               "\"Diop, Awa\",\"she said \"\"yes\"\"\"\n"
                               "\"Ngom\",\"line one\nline two\r\nline three\"\n"
                               "after,row\n");
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[1].cells == Cells{"Diop, Awa", "she said \"yes\""});
    CHECK(t.rows[2].cells == Cells{"Ngom", "line one\nline two\r\nline three"});
    CHECK(t.rows[2].line == 3);
    // The quoted cell spans lines 3 to 5, so the next row starts on line 6.
    CHECK(t.rows[3].line == 6);
    CHECK(t.rows[3].cells == Cells{"after", "row"});
}

TEST_CASE("readCsv reads an empty quoted field and a quoted field alone on its line")
{
    const CsvTable t = readCsv("a,b\n\"\",\"\"\n\"\"\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].cells == Cells{"", ""});
    CHECK(t.rows[2].cells == Cells{""});
}

TEST_CASE("readCsv strips a UTF-8 BOM only at the start")
{
    const CsvTable t = readCsv("\xEF\xBB\xBFnom;pr\xC3\xA9nom\nNgom;Nd\xC3\xA8ye\n");
    CHECK(t.separator == ';');
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == Cells{"nom", "pr\xC3\xA9nom"});
    CHECK(t.rows[1].cells == Cells{"Ngom", "Nd\xC3\xA8ye"});
}

TEST_CASE("readCsv detects ';' from the header line, ignoring separators inside quotes")
{
    SECTION("semicolon file with commas in the data")
    {
        const CsvTable t = readCsv("nom;montant\nDiop;1500,50\n");
        CHECK(t.separator == ';');
        CHECK(t.rows[1].cells == Cells{"Diop", "1500,50"});
    }
    SECTION("a comma inside a quoted header name does not count")
    {
        const CsvTable t = readCsv("\"nom, pr\xC3\xA9nom\";ville\n\"Diop, Awa\";Thi\xC3\xA8s\n");
        CHECK(t.separator == ';');
        CHECK(t.rows[0].cells == Cells{"nom, pr\xC3\xA9nom", "ville"});
        CHECK(t.rows[1].cells == Cells{"Diop, Awa", "Thi\xC3\xA8s"});
    }
    SECTION("the first separator on the header line wins")
    {
        CHECK(readCsv("a,b;c\n").separator == ',');
        CHECK(readCsv("a;b,c\n").separator == ';');
    }
    SECTION("a single-column file is comma-separated, and later lines do not decide")
    {
        const CsvTable t = readCsv("name\nDiop;Awa\n");
        CHECK(t.separator == ',');
        CHECK(t.rows[1].cells == Cells{"Diop;Awa"});
    }
    SECTION("leading blank lines are skipped before the header")
    {
        const CsvTable t = readCsv("\n\r\na;b\n1;2\n");
        CHECK(t.separator == ';');
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].line == 3);
    }
}

TEST_CASE("readCsv accepts CRLF, LF and lone CR line ends and skips blank lines")
{
    const CsvTable t = readCsv("a,b\r\n1,2\r\n\r\n3,4\n\n5,6\r7,8\r\n");
    REQUIRE(t.rows.size() == 5);
    CHECK(t.rows[1].cells == Cells{"1", "2"});
    CHECK(t.rows[2].cells == Cells{"3", "4"});
    CHECK(t.rows[2].line == 4);
    CHECK(t.rows[3].cells == Cells{"5", "6"});
    CHECK(t.rows[3].line == 6);
    CHECK(t.rows[4].cells == Cells{"7", "8"});
    CHECK(t.rows[4].line == 7);
}

TEST_CASE("readCsv keeps spaces inside unquoted cells (a line of spaces is a row)")
{
    const CsvTable t = readCsv("a,b\n x , y \n   \n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].cells == Cells{" x ", " y "});
    CHECK(t.rows[2].cells == Cells{"   "});
}

TEST_CASE("readCsv of an empty text or only blank lines gives no rows")
{
    CHECK(readCsv("").rows.empty());
    CHECK(readCsv("\xEF\xBB\xBF").rows.empty());
    CHECK(readCsv("\r\n\n").rows.empty());
}

TEST_CASE("readCsv rejects an unterminated quote at the line where the field starts")
{
    const Problem p = rejection("a,b\n1,2\nx,\"never closed\n3,4\n");
    CHECK(p.code == "csv.unterminated_quote");
    CHECK(p.line == 3);
    CHECK(p.column == 2);
    CHECK(p.args == Cells{"3", "2"});
    CHECK(p.text.rfind("Line 3, column 2: ", 0) == 0);
    CHECK(p.text.find("never closed") != std::string::npos);
}

TEST_CASE("readCsv rejects a quote inside an unquoted field")
{
    const Problem p = rejection("a,b,c\n1,2,3\n4,5 \"inches\",6\n");
    CHECK(p.code == "csv.stray_quote");
    CHECK(p.line == 3);
    CHECK(p.column == 2);
    CHECK(p.text.rfind("Line 3, column 2: ", 0) == 0);
}

TEST_CASE("readCsv rejects text after a closing quote, on the line of the closing quote")
{
    SECTION("on one line")
    {
        const Problem p = rejection("a,b,c\n1,\"quoted\"x,3\n");
        CHECK(p.code == "csv.text_after_quote");
        CHECK(p.line == 2);
        CHECK(p.column == 2);
    }
    SECTION("a space after the closing quote")
    {
        const Problem p = rejection("a;b\n\"x\" ;y\n");
        CHECK(p.code == "csv.text_after_quote");
        CHECK(p.line == 2);
        CHECK(p.column == 1);
    }
    SECTION("after a multi-line field")
    {
        const Problem p = rejection("a,b,c\n1,2,\"one\ntwo\"x\n");
        CHECK(p.code == "csv.text_after_quote");
        CHECK(p.line == 3);
        CHECK(p.column == 3);
    }
}

TEST_CASE("readCsv rejects invalid UTF-8 with its line and column")
{
    struct Case {
        const char* name;
        std::string text;
        int line;
        int column;
    };
    const std::vector<Case> cases{
        {"Latin-1 e acute", "a,b\nx,Thi\xE8s\n", 2, 2},
        {"stray continuation byte", "a,b\n\x80,y\n", 2, 1},
        {"truncated sequence at the end", "a,b\nx,\xC3", 2, 2},
        {"truncated sequence before a separator", "a,b,c\nx,\xE2\x82,z\n", 2, 2},
        {"overlong encoding of '/'", "a\n\xC0\xAF\n", 2, 1},
        {"UTF-16 surrogate", "a,b\nx,\xED\xA0\x80\n", 2, 2},
        {"above U+10FFFF", "a,b\nx,\xF4\x90\x80\x80\n", 2, 2},
        {"inside a quoted field on its second line", "a,b\n1,\"ok\nbad \xFF\"\n", 3, 2},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const Problem p = rejection(c.text);
        CHECK(p.code == "csv.invalid_utf8");
        CHECK(p.line == c.line);
        CHECK(p.column == c.column);
    }
}

TEST_CASE("readCsv accepts valid multi-byte UTF-8 of every length")
{
    // é (2 bytes), € (3 bytes), 𝄞 (4 bytes), U+10FFFF (the last code point)
    const std::string text = "a\n\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E\xF4\x8F\xBF\xBF\n";
    const CsvTable t = readCsv(text);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].cells == Cells{"\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E\xF4\x8F\xBF\xBF"});
}

TEST_CASE("csvCell quotes only when needed")
{
    const CsvWriteOptions comma;
    CsvWriteOptions semi;
    semi.separator = ';';
    CHECK(csvCell("Diop", comma) == "Diop");
    CHECK(csvCell("", comma) == "");
    CHECK(csvCell("Diop, Awa", comma) == "\"Diop, Awa\"");
    CHECK(csvCell("Diop, Awa", semi) == "Diop, Awa");
    CHECK(csvCell("a;b", semi) == "\"a;b\"");
    CHECK(csvCell("a;b", comma) == "a;b");
    CHECK(csvCell("say \"hi\"", comma) == "\"say \"\"hi\"\"\"");
    CHECK(csvCell("two\nlines", comma) == "\"two\nlines\"");
    CHECK(csvCell("cr\rhere", comma) == "\"cr\rhere\"");
    CHECK(csvCell(" lead", comma) == "\" lead\"");
    CHECK(csvCell("trail ", comma) == "\"trail \"");
    CHECK(csvCell("in side", comma) == "in side");
}

TEST_CASE("csvCell neutralises every formula-leading character")
{
    const CsvWriteOptions options;
    CHECK(csvCell("=SUM(A1:A9)", options) == "'=SUM(A1:A9)");
    CHECK(csvCell("+221 77 123 45 67", options) == "'+221 77 123 45 67");
    CHECK(csvCell("-5", options) == "'-5");
    CHECK(csvCell("@cmd", options) == "'@cmd");
    // Tab, CR and LF: neutralised, and quoted because of the control character.
    CHECK(csvCell("\t=1", options) == "'\t=1");
    CHECK(csvCell("\r=1", options) == "\"'\r=1\"");
    CHECK(csvCell("\n=1", options) == "\"'\n=1\"");
    // Neutralised and quoted when the cell also holds a separator.
    CHECK(csvCell("=HYPERLINK(\"x\",\"y\")", options) == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    // Not at the start: left alone.
    CHECK(csvCell("a=b", options) == "a=b");
    CHECK(csvCell("Ndiaye-Sarr", options) == "Ndiaye-Sarr");
}

TEST_CASE("csvCell leaves formula-like cells alone when neutralisation is off")
{
    CsvWriteOptions options;
    options.neutraliseFormulas = false;
    CHECK(csvCell("=1+1", options) == "=1+1");
    CHECK(csvCell("-5", options) == "-5");
    CHECK(csvCell("\t", options) == "\"\t\"");
}

TEST_CASE("csvNumberCell never neutralises a plain number but guards anything else")
{
    const CsvWriteOptions comma;
    CsvWriteOptions semi;
    semi.separator = ';';
    CHECK(csvNumberCell("-5", comma) == "-5");
    CHECK(csvNumberCell("-1250.50", comma) == "-1250.50");
    CHECK(csvNumberCell("125000", comma) == "125000");
    CHECK(csvNumberCell("-1250,50", semi) == "-1250,50");
    CHECK(csvNumberCell("1250,50", comma) == "\"1250,50\"");
    CHECK(csvNumberCell("", comma) == "");
    CHECK(csvNumberCell("-5+A1", comma) == "'-5+A1");
    CHECK(csvNumberCell("-", comma) == "'-");
    CHECK(csvNumberCell("-1.", comma) == "'-1.");
    CHECK(csvNumberCell("=1", comma) == "'=1");
}

TEST_CASE("csvLine joins cells with the separator and ends the line")
{
    CsvWriteOptions options;
    CHECK(csvLine({"a", "b,c", "=x"}, options) == "a,\"b,c\",'=x\r\n");
    options.separator = ';';
    options.lineEnd = "\n";
    CHECK(csvLine({"a", "b,c", ""}, options) == "a;b,c;\n");
    CHECK(csvLine({}, options) == "\n");
    CHECK(csvJoinEncoded({"-5", "\"x\""}, options) == "-5;\"x\"\n");
}

TEST_CASE("csvPreamble gives the BOM only when asked")
{
    CsvWriteOptions options;
    CHECK(csvPreamble(options).empty());
    options.bom = true;
    CHECK(csvPreamble(options) == "\xEF\xBB\xBF");
}

TEST_CASE("csvUnneutralise undoes only what csvCell added")
{
    for (const std::string value : {"=SUM(A1)", "+221 77", "-5", "@x", "\tx", "\rx", "\nx"}) {
        INFO(value);
        CHECK(csvUnneutralise(std::string("'") + value) == value);
    }
    CHECK(csvUnneutralise("'Ofa") == "'Ofa");
    CHECK(csvUnneutralise("'") == "'");
    CHECK(csvUnneutralise("plain") == "plain");
}

TEST_CASE("awkward strings survive a write and read round trip")
{
    const std::vector<Cells> rows{
        {"name", "note", "place"},
        {"Ngom", "Nd\xC3\xA8ye Fatou Ngom", "Thi\xC3\xA8s"},
        {"N\xC3\xBA\xC3\xB1\x65z", "said \"s\xC3\xAD\", then left", "Cusco; Per\xC3\xBA"},
        {"multi", "line one\nline two\r\nline three", " padded "},
        {"", "\"\"", ","},
        {"Uwimana", "\xE2\x82\xAC 5, \xF0\x9F\x98\x80", "Kigali"},
    };
    for (const char sep : {',', ';'}) {
        for (const std::string lineEnd : {"\r\n", "\n"}) {
            CsvWriteOptions options;
            options.separator = sep;
            options.lineEnd = lineEnd;
            options.bom = sep == ';';
            std::string text = csvPreamble(options);
            for (const auto& row : rows)
                text += csvLine(row, options);
            INFO(text);
            const CsvTable t = readCsv(text);
            CHECK(t.separator == sep);
            REQUIRE(t.rows.size() == rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i)
                CHECK(t.rows[i].cells == rows[i]);
        }
    }
}

TEST_CASE("neutralised cells come back with their guard and csvUnneutralise restores them")
{
    const CsvWriteOptions options;
    const Cells row{"=1+2", "+221 77 000 00 00", "-5", "@SUM", "\tTab", "\nNL", "\rCR"};
    const CsvTable t = readCsv(csvLine({"a", "b", "c", "d", "e", "f", "g"}, options) + csvLine(row, options));
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[1].cells.size() == row.size());
    for (std::size_t i = 0; i < row.size(); ++i) {
        CHECK(t.rows[1].cells[i] == "'" + row[i]);
        CHECK(csvUnneutralise(t.rows[1].cells[i]) == row[i]);
    }
}
