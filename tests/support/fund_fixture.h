#pragma once
// A small fund on disk for tests: XOF, one operator, a fixed clock.

#include "core/book/book.h"
#include "tests/support/temp_dir.h"

#include <memory>

namespace tontine::test {

inline const Date FixtureDay = Date::fromYmd(2026, 3, 1);

struct FundFixture {
    TempDir dir;
    FixedClock clock{FixtureDay, "2026-03-01T10:00:00Z"};
    std::filesystem::path path = dir / "fund.tontine";
    std::unique_ptr<Book> book;

    explicit FundFixture(const std::string& currency = "XOF");
    Actor actor() const { return Actor{"Awa Diop", clock.today()}; }
    // Adds a member with just names and returns its number.
    MemberId addMember(const std::string& last, const std::string& other = "Fatou");
    void reopen();
};

} // namespace tontine::test
