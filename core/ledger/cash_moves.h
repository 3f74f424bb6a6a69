#pragma once
// The money an entry moved into and out of the fund's cash (the box, the bank and mobile
// money): one reading for the statements, the fund report and the dashboard. Pure; it
// decides nothing about the entry.

#include "core/ledger/entry.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tontine {

// Whether an account holds the fund's cash: "cash", "bank" or "mobile".
bool holdsCash(std::string_view accountCode);

// Each cash posting on its own: a transfer from the box to the bank is money out of one and
// into the other, not nothing.
struct CashMoves {
    std::int64_t in = 0;  // Σ debits to cash accounts (≥ 0)
    std::int64_t out = 0; // Σ credits to cash accounts (≥ 0)
    std::int64_t net() const;
    bool any() const { return in != 0 || out != 0; }
};
CashMoves cashMoves(const std::vector<Posting>& postings);

} // namespace tontine
