#include "core/ledger/cash_moves.h"

#include "core/ledger/account.h"
#include "core/money/money.h"

namespace tontine {

bool holdsCash(std::string_view accountCode)
{
    return accountCode == accounts::Cash || accountCode == accounts::Bank || accountCode == accounts::MobileMoney;
}

std::int64_t CashMoves::net() const { return checkedSub(in, out); }

CashMoves cashMoves(const std::vector<Posting>& postings)
{
    CashMoves moves;
    for (const Posting& p : postings) {
        if (!holdsCash(p.accountCode))
            continue;
        if (p.amount > 0)
            moves.in = checkedAdd(moves.in, p.amount);
        else
            moves.out = checkedSub(moves.out, p.amount);
    }
    return moves;
}

} // namespace tontine
