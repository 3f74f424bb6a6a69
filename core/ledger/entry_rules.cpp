#include "core/ledger/entry_rules.h"

#include <set>

namespace tontine {

namespace {
void add(Problems& problems, const char* field, const char* code, std::string text)
{
    problems.push_back(Problem{field, code, {}, std::move(text), 0, 0});
}
} // namespace

Problems checkEntry(const Entry& entry)
{
    Problems problems;
    if (entry.operatorName.empty())
        add(problems, "operator", "entry.operator_missing", "Every entry needs the name of who recorded it");
    if (entry.writtenAt.empty())
        add(problems, "writtenAt", "entry.time_missing", "Every entry needs the time it was written");
    if (entry.kind == EntryKind::Audit) {
        if (entry.subject.empty() || entry.payload.empty())
            add(problems, "subject", "audit.incomplete", "An audit event needs a subject and a payload");
        if (!entry.postings.empty())
            add(problems, "postings", "audit.postings", "An audit event carries no postings");
        return problems;
    }
    if (entry.memo.empty())
        add(problems, "memo", "entry.memo_missing", "Say what the entry is for");
    if (entry.postings.size() < 2)
        add(problems, "postings", "entry.too_few_postings", "A transaction needs at least two postings");
    __int128 sum = 0;
    for (const auto& posting : entry.postings) {
        if (posting.amount == 0)
            add(problems, "postings", "entry.zero_posting", "A posting of zero on " + posting.accountCode);
        // No real fund moves 10^15 minor units; refusing it keeps every sum far from overflow.
        if (posting.amount > MaxPostingAmount || posting.amount < -MaxPostingAmount)
            add(problems, "postings", "entry.absurd_amount", "An amount beyond any real fund on " + posting.accountCode);
        if (posting.accountCode.empty())
            add(problems, "postings", "entry.no_account", "A posting without an account");
        sum += posting.amount;
    }
    if (sum != 0)
        add(problems, "postings", "entry.unbalanced", "The postings do not balance: debits and credits differ");
    return problems;
}

Entry reversalOf(const Entry& original, const std::string& reason)
{
    Entry reversal;
    reversal.kind = EntryKind::Transaction;
    reversal.memo = reason;
    reversal.reverses = original.seq;
    reversal.action = "reversal";
    for (const auto& posting : original.postings)
        reversal.postings.push_back(Posting{posting.accountCode, -posting.amount});
    return reversal;
}

} // namespace tontine
