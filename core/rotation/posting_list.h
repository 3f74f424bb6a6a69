#pragma once
// Collects the postings of one entry: merges amounts on the same account (first appearance
// keeps its place), drops accounts that net to zero, and checks the entry balances.

#include "core/ledger/entry.h"

#include <string>
#include <vector>

namespace tontine {

class PostingList {
public:
    // Debit `account` by `amount` (negative: credit). Checked arithmetic.
    void add(const std::string& account, std::int64_t amount);
    // Moves `amount` from `credit` to `debit` (Dr debit, Cr credit).
    void move(const std::string& debit, const std::string& credit, std::int64_t amount);
    // The merged postings without zero lines; throws Error when they do not sum to zero.
    std::vector<Posting> take() const;

private:
    std::vector<Posting> m_postings;
};

} // namespace tontine
