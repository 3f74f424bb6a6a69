#include "core/text/canonical_text.h"
#include "core/text/text_checks.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace tontine;

TEST_CASE("trimText removes ASCII and no-break spaces at both ends only")
{
    CHECK(trimText("  a b  ") == "a b");
    CHECK(trimText("\t\r\n x \n") == "x");
    CHECK(trimText("\xC2\xA0" "x" "\xE2\x80\xAF") == "x");
    CHECK(trimText(" \xC2\xA0 x \xC2\xA0 ") == "x");
    CHECK(trimText("a\xC2\xA0" "b") == "a\xC2\xA0" "b");
    CHECK(trimText("   ").empty());
    CHECK(trimText("").empty());
    CHECK(trimText("\xC3\xA9") == "\xC3\xA9"); // é is not a space
}

TEST_CASE("isValidUtf8 accepts well-formed text and refuses the rest")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("plain ASCII"));
    CHECK(isValidUtf8("Ouédraogo"));
    CHECK(isValidUtf8("\xE2\x82\xAC"));         // €
    CHECK(isValidUtf8("\xF0\x9F\x98\x80"));     // U+1F600
    CHECK(isValidUtf8("\xF4\x8F\xBF\xBF"));     // U+10FFFF
    CHECK_FALSE(isValidUtf8("\xC3"));           // truncated
    CHECK_FALSE(isValidUtf8("\xE2\x82"));       // truncated
    CHECK_FALSE(isValidUtf8("\x80"));           // lone continuation
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));       // overlong '/'
    CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));   // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));   // surrogate U+D800
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
    CHECK_FALSE(isValidUtf8("\xFF"));
    CHECK_FALSE(isValidUtf8("a\xC3(")); // continuation expected
}

TEST_CASE("codePointCount counts characters, not bytes")
{
    CHECK(codePointCount("") == 0);
    CHECK(codePointCount("abc") == 3);
    CHECK(codePointCount("\xC3\xA9t\xC3\xA9") == 3);
    CHECK(codePointCount("\xF0\x9F\x98\x80!") == 2);
}

TEST_CASE("hasControlChars finds C0, DEL and C1 controls")
{
    CHECK_FALSE(hasControlChars("Normal text, with é and \xE2\x82\xAC"));
    CHECK(hasControlChars("a\tb"));
    CHECK(hasControlChars("a\nb"));
    CHECK(hasControlChars(std::string("a\0b", 3)));
    CHECK(hasControlChars("a\x7F"));
    CHECK(hasControlChars("a\xC2\x80"));
    CHECK(hasControlChars("a\xC2\x9F"));
    CHECK_FALSE(hasControlChars("a\xC2\xA0")); // no-break space is not a control
}

TEST_CASE("CanonicalWriter writes the documented format")
{
    CanonicalWriter w("thing");
    w.text("name", "A\\B\nC\rD=E").integer("count", -42).integer("big", INT64_MIN).flag("on", true).flag("off", false);
    CHECK(w.str() == "format=thing/1\n"
                     "name=A\\\\B\\nC\\rD=E\n"
                     "count=-42\n"
                     "big=-9223372036854775808\n"
                     "on=1\n"
                     "off=0\n");
    CHECK(escapeCanonical("x\\n") == "x\\\\n");
    CHECK(escapeCanonical("plain") == "plain");
}

TEST_CASE("CanonicalWriter refuses keys that would make the text ambiguous")
{
    CanonicalWriter w("thing");
    CHECK_THROWS_AS(w.text("a=b", "x"), std::logic_error);
    CHECK_THROWS_AS(w.text("a\nb", "x"), std::logic_error);
    CHECK_THROWS_AS(w.integer("", 1), std::logic_error);
    CHECK_THROWS_AS(CanonicalWriter("bad kind"), std::logic_error);
}
