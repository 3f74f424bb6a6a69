// Unit tests of the CLI's own helpers: JSON writing and escaping, argument parsing, text
// tables and how problems are worded. The verbs themselves are covered by the golden tests.
#include "app/cli/arg_parser.h"
#include "app/cli/json_writer.h"
#include "app/cli/problem_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"

#include <catch2/catch.hpp>

using namespace tontine;
using namespace tontine::cli;

TEST_CASE("JSON strings escape quotes, backslashes and control characters, keep UTF-8")
{
    CHECK(JsonWriter::quote("plain") == "\"plain\"");
    CHECK(JsonWriter::quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(JsonWriter::quote("C:\\dir") == "\"C:\\\\dir\"");
    CHECK(JsonWriter::quote("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
    CHECK(JsonWriter::quote(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\\u007f\"");
    CHECK(JsonWriter::quote(std::string("nul\0x", 5)) == "\"nul\\u0000x\"");
    CHECK(JsonWriter::quote("Thiès — Aïssatou") == "\"Thiès — Aïssatou\"");
}

TEST_CASE("JSON documents nest with commas in the right places")
{
    JsonWriter j;
    j.beginObject();
    j.field("n", std::int64_t{-9223372036854775807LL - 1});
    j.field("ok", true);
    j.key("none").null();
    j.key("empty").beginArray().endArray();
    j.key("obj").beginObject().endObject();
    j.key("list").beginArray().value(1).value("two").beginObject().field("x", 3).endObject().endArray();
    j.endObject();
    CHECK(j.str() == "{\n"
                     "  \"n\": -9223372036854775808,\n"
                     "  \"ok\": true,\n"
                     "  \"none\": null,\n"
                     "  \"empty\": [],\n"
                     "  \"obj\": {},\n"
                     "  \"list\": [\n"
                     "    1,\n"
                     "    \"two\",\n"
                     "    {\n"
                     "      \"x\": 3\n"
                     "    }\n"
                     "  ]\n"
                     "}\n");
}

TEST_CASE("JSON writer refuses malformed documents")
{
    JsonWriter a;
    a.beginObject();
    CHECK_THROWS_AS(a.value(1), std::logic_error);
    JsonWriter b;
    b.beginArray();
    CHECK_THROWS_AS(b.key("x"), std::logic_error);
    CHECK_THROWS_AS(b.endObject(), std::logic_error);
    JsonWriter c;
    c.value(1);
    CHECK_THROWS_AS(c.value(2), std::logic_error);
}

TEST_CASE("Arguments: value options, flags, = form, positionals, negative numbers")
{
    ArgSpec spec;
    spec.valueOptions = {"name", "amount"};
    spec.flags = {"json"};
    spec.positionals = {"N"};
    spec.optionalPositionals = {"AMOUNT"};
    auto args = ParsedArgs::parse({"12", "--name", "--odd", "--json", "--amount=-5", "-300"}, spec, "x");
    CHECK(args.value("name") == std::optional<std::string>("--odd"));
    CHECK(args.value("amount") == std::optional<std::string>("-5"));
    CHECK(args.flag("json"));
    CHECK(args.positionals() == std::vector<std::string>{"12", "-300"});
    CHECK_FALSE(args.has("missing"));
    CHECK(args.valueOr("missing", "d") == "d");

    auto afterDashes = ParsedArgs::parse({"--", "--json"}, spec, "x");
    CHECK_FALSE(afterDashes.flag("json"));
    CHECK(afterDashes.positionals() == std::vector<std::string>{"--json"});
}

TEST_CASE("Arguments: a verb taking pairs accepts any number of positionals")
{
    ArgSpec spec;
    spec.positionals = {"MEMBER", "STATUS"};
    spec.morePositionals = true;
    auto args = ParsedArgs::parse({"3", "late", "5", "absent", "7"}, spec, "x");
    CHECK(args.positionals() == std::vector<std::string>{"3", "late", "5", "absent", "7"});
    CHECK_THROWS_AS(ParsedArgs::parse({"3"}, spec, "x"), UsageError);
    spec.morePositionals = false;
    CHECK_THROWS_AS(ParsedArgs::parse({"3", "late", "5"}, spec, "x"), UsageError);
}

TEST_CASE("Arguments: a repeatable option keeps every value in order")
{
    ArgSpec spec;
    spec.valueOptions = {"note"};
    spec.repeatable = {"event"};
    auto args = ParsedArgs::parse({"--event", "birth=fixed:5", "--note", "n", "--event=illness=ceiling:9"}, spec, "x");
    CHECK(args.values("event") == std::vector<std::string>{"birth=fixed:5", "illness=ceiling:9"});
    CHECK(args.value("event") == std::optional<std::string>("birth=fixed:5"));
    CHECK(args.values("note") == std::vector<std::string>{"n"});
    CHECK(args.values("missing").empty());
    CHECK_THROWS_AS(ParsedArgs::parse({"--event"}, spec, "x"), UsageError);
    CHECK_THROWS_AS(ParsedArgs::parse({"--note", "a", "--note", "b"}, spec, "x"), UsageError);
}

TEST_CASE("Arguments: every misuse is a UsageError naming the verb")
{
    ArgSpec spec;
    spec.valueOptions = {"reason"};
    spec.flags = {"json"};
    spec.required = {"reason"};
    spec.positionals = {"SEQ"};
    auto usage = [&](std::vector<std::string> words) {
        try {
            ParsedArgs::parse(words, spec, "reverse");
        } catch (const UsageError& e) {
            CHECK(e.verb() == "reverse");
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(usage({"5"}) == "'reverse' needs --reason");
    CHECK(usage({"--reason", "r"}) == "'reverse' needs SEQ");
    CHECK(usage({"5", "6", "--reason", "r"}) == "unexpected argument '6' for 'reverse'");
    CHECK(usage({"5", "--reason"}) == "option --reason needs a value");
    CHECK(usage({"5", "--reason", "a", "--reason", "b"}) == "option --reason given twice");
    CHECK(usage({"5", "--reason", "a", "--colour"}) == "unknown option --colour for 'reverse'");
    CHECK(usage({"5", "--reason", "a", "-x"}) == "unknown option -x for 'reverse'");
    CHECK(usage({"5", "--reason", "a", "--json=1"}) == "option --json takes no value");
}

TEST_CASE("Text tables align by characters, not bytes, and leave no trailing spaces")
{
    TextTable t({{"Name"}, {"Amount", TextTable::Align::Right}, {"Note"}});
    t.addRow({"Aïssatou", "5", ""});
    t.addRow({"Bo", "12500", "x"});
    CHECK(t.render() == "Name      Amount  Note\n"
                        "Aïssatou       5\n"
                        "Bo         12500  x\n");
    CHECK(TextTable::displayWidth("Thiès") == 5);
    CHECK_THROWS_AS(t.addRow({"too few"}), std::logic_error);
}

TEST_CASE("Problems name the option, or the file's line, column and CSV column")
{
    CHECK(problemText(Problem{"birthDate", "date.invalid", {}, "Not a date", 0, 0})
          == "--birth-date: Not a date");
    CHECK(problemText(Problem{"birthDate", "date.invalid", {}, "Not a date", 3, 5})
          == "line 3, column 5 (birth_date): Not a date");
    CHECK(problemText(Problem{"idDocType", "x", {}, "Bad", 2, 7}) == "line 2, column 7 (id_type): Bad");
    CHECK(problemText(Problem{"", "csv", {}, "Line 4, column 2: stray quote", 4, 2})
          == "line 4, column 2: stray quote");
    CHECK(problemText(Problem{"", "x", {}, "Just text", 0, 0}) == "Just text");
    CHECK(problemText(Problem{"somethingElse", "x", {}, "Text", 0, 0}) == "somethingElse: Text");
    CHECK(problemText(Problem{"closingNote", "x", {}, "Say why", 0, 0}) == "--note: Say why");
    CHECK(problemText(Problem{"openingCounted", "x", {}, "Negative", 0, 0}) == "--cash: Negative");
    CHECK(problemText(Problem{"fineExcused", "x", {}, "Negative", 0, 0}) == "--fine-excused: Negative");
    CHECK(storageErrorText(StorageError(StorageError::Kind::Locked, "database is locked"))
          == "the fund is in use by another program or window: database is locked");
    CHECK(storageErrorText(StorageError(StorageError::Kind::Locked, "fund.tontine is in use"))
          == "fund.tontine is in use");
}
