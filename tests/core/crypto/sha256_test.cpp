#include "core/crypto/sha256.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using namespace tontine;

TEST_CASE("sha256 standard test vectors")
{
    CHECK(toHex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(toHex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(toHex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(toHex(sha256(std::string(1000000, 'a'))) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 hashes embedded NUL bytes")
{
    const std::string withNul("a\0b", 3);
    CHECK(sha256(withNul) != sha256("ab"));
    CHECK(sha256(withNul) == sha256(std::string_view("a\0b", 3)));
}

TEST_CASE("chainLink is sha256 of the previous hash followed by the bytes")
{
    Hash prev{};
    const Hash first = chainLink(prev, "entry one");
    CHECK(first == sha256(std::string(32, '\0') + "entry one"));
    const Hash second = chainLink(first, "entry two");
    CHECK(second == sha256(std::string(first.begin(), first.end()) + "entry two"));
    CHECK(chainLink(first, "") == sha256(std::string(first.begin(), first.end())));
    // Each link depends on the previous one.
    CHECK(chainLink(second, "x") != chainLink(first, "x"));
}

TEST_CASE("hex round trip")
{
    const Hash h = sha256("round trip");
    const std::string hex = toHex(h);
    CHECK(hex.size() == 64);
    CHECK(hex.find_first_not_of("0123456789abcdef") == std::string::npos);
    Hash back{};
    REQUIRE(fromHex(hex, back));
    CHECK(back == h);

    std::string upper = hex;
    for (char& c : upper)
        if (c >= 'a' && c <= 'f')
            c = static_cast<char>(c - 'a' + 'A');
    Hash fromUpper{};
    REQUIRE(fromHex(upper, fromUpper));
    CHECK(fromUpper == h);
}

TEST_CASE("fromHex rejects anything but 64 hex digits and leaves the output alone")
{
    const Hash original = sha256("keep me");
    const std::string good = toHex(sha256("other"));
    const std::string bad[] = {
        "",
        good.substr(0, 63),
        good + "0",
        good.substr(0, 63) + "g",
        " " + good.substr(1),
        good.substr(0, 62) + "-1",
        std::string(64, 'z'),
        "0x" + good.substr(2),
    };
    for (const std::string& text : bad) {
        INFO(text);
        Hash out = original;
        CHECK_FALSE(fromHex(text, out));
        CHECK(out == original);
    }
}

TEST_CASE("sha256 is safe to call from several threads at once")
{
    std::vector<Hash> results(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] { results[i] = sha256("abc"); });
    for (auto& t : threads)
        t.join();
    for (const Hash& h : results)
        CHECK(toHex(h) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
