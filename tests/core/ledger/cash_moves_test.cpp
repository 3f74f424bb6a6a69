#include "core/ledger/cash_moves.h"

#include <catch2/catch.hpp>

using namespace tontine;

TEST_CASE("Cash moves count the box, the bank and mobile money, each posting on its own")
{
    CHECK(holdsCash("cash"));
    CHECK(holdsCash("bank"));
    CHECK(holdsCash("mobile"));
    CHECK_FALSE(holdsCash("savings:3"));
    CHECK_FALSE(holdsCash("cashier"));

    // A contribution: 2 500 into the box.
    const CashMoves in = cashMoves({{"cash", 2500}, {"savings:3", -2500}});
    CHECK(in.in == 2500);
    CHECK(in.out == 0);
    CHECK(in.net() == 2500);
    CHECK(in.any());

    // The box to the bank: money out of one and into the other, not nothing.
    const CashMoves transfer = cashMoves({{"bank", 40000}, {"cash", -40000}});
    CHECK(transfer.in == 40000);
    CHECK(transfer.out == 40000);
    CHECK(transfer.net() == 0);
    CHECK(transfer.any());

    // No cash account touched.
    const CashMoves none = cashMoves({{"loan:4", 1000}, {"savings:4", -1000}});
    CHECK_FALSE(none.any());
    CHECK(none.net() == 0);
}
