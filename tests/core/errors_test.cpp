#include "core/error/errors.h"

#include <catch2/catch.hpp>

using namespace tontine;

TEST_CASE("ValidationError keeps every problem and describes them one per line")
{
    ValidationError error(Problems{{"lastName", "required", {}, "Last name is required", 0, 0},
                                   {"birthDate", "date.invalid", {"31/02"}, "Not a date: 31/02", 3, 4}});
    REQUIRE(error.problems().size() == 2);
    CHECK(error.problems()[1].line == 3);
    CHECK(std::string(error.what()) == "lastName: Last name is required\nbirthDate: Not a date: 31/02");
}
