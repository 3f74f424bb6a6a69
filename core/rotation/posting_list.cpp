#include "core/rotation/posting_list.h"

#include "core/error/errors.h"
#include "core/money/money.h"

namespace tontine {

void PostingList::add(const std::string& account, std::int64_t amount)
{
    for (Posting& p : m_postings) {
        if (p.accountCode == account) {
            p.amount = checkedAdd(p.amount, amount);
            return;
        }
    }
    m_postings.push_back(Posting{account, amount});
}

void PostingList::move(const std::string& debit, const std::string& credit, std::int64_t amount)
{
    add(debit, amount);
    add(credit, checkedSub(0, amount));
}

std::vector<Posting> PostingList::take() const
{
    std::vector<Posting> out;
    std::int64_t sum = 0;
    for (const Posting& p : m_postings) {
        sum = checkedAdd(sum, p.amount);
        if (p.amount != 0)
            out.push_back(p);
    }
    // Every caller builds entries with move(); an imbalance here is a bug in the engine.
    if (sum != 0)
        throw Error("rotation engine built unbalanced postings");
    return out;
}

} // namespace tontine
