#include "core/ledger/canonical.h"
#include "core/ledger/entry_rules.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tontine;

namespace {
Entry txn(std::vector<Posting> postings)
{
    Entry e;
    e.memo = "test";
    e.operatorName = "Awa";
    e.writtenAt = "2026-03-01T10:00:00Z";
    e.postings = std::move(postings);
    return e;
}
bool has(const Problems& problems, const std::string& code)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.code == code; });
}
} // namespace

TEST_CASE("checkEntry enforces the double-entry rule")
{
    CHECK(checkEntry(txn({{"cash", 500}, {"savings:1", -500}})).empty());
    CHECK(checkEntry(txn({{"cash", 500}, {"savings:1", -300}, {"savings:2", -200}})).empty());
    CHECK(has(checkEntry(txn({{"cash", 500}, {"savings:1", -499}})), "entry.unbalanced"));
    CHECK(has(checkEntry(txn({{"cash", 500}})), "entry.too_few_postings"));
    CHECK(has(checkEntry(txn({{"cash", 0}, {"savings:1", 0}})), "entry.zero_posting"));
    CHECK(has(checkEntry(txn({{"cash", MaxPostingAmount + 1}, {"savings:1", -MaxPostingAmount - 1}})),
              "entry.absurd_amount"));
    // Amounts that would overflow int64 when summed are refused, not wrapped into balance.
    CHECK_FALSE(checkEntry(txn({{"cash", INT64_MAX}, {"bank", INT64_MAX}, {"savings:1", 2}})).empty());
    auto noOperator = txn({{"cash", 1}, {"bank", -1}});
    noOperator.operatorName.clear();
    CHECK(has(checkEntry(noOperator), "entry.operator_missing"));
}

TEST_CASE("An audit event carries a subject and payload and no postings")
{
    Entry e;
    e.kind = EntryKind::Audit;
    e.operatorName = "Awa";
    e.writtenAt = "2026-03-01T10:00:00Z";
    CHECK(has(checkEntry(e), "audit.incomplete"));
    e.subject = "member:1";
    e.payload = "format=member/1\n";
    CHECK(checkEntry(e).empty());
    e.postings = {{"cash", 1}, {"bank", -1}};
    CHECK(has(checkEntry(e), "audit.postings"));
}

TEST_CASE("A reversal mirrors the original's postings and names it")
{
    auto original = txn({{"cash", 500}, {"savings:1", -500}});
    original.seq = 7;
    const auto reversal = reversalOf(original, "typo");
    CHECK(reversal.reverses == 7);
    CHECK(reversal.memo == "typo");
    REQUIRE(reversal.postings.size() == 2);
    CHECK(reversal.postings[0].accountCode == "cash");
    CHECK(reversal.postings[0].amount == -500);
    CHECK(reversal.postings[1].amount == 500);
}

TEST_CASE("The canonical encoding is fixed, covers every field and cannot be forged by newlines")
{
    auto e = txn({{"cash", 500}, {"savings:1", -500}});
    e.seq = 3;
    e.date = Date::fromYmd(2026, 3, 1);
    e.memo = "Opening\nseq=4";
    CHECK(canonicalBytes(e) == "tontine-entry-v1\nseq=3\nkind=txn\ndate=2026-03-01\nwritten_at=2026-03-01T10:00:00Z\n"
                               "operator=Awa\nmemo=Opening\\nseq=4\nreverses=\nsubject=\naction=\npayload=\n"
                               "posting=cash 500\nposting=savings:1 -500\nend\n");
    const Hash zero{};
    const Hash h = entryHash(zero, e);
    auto changed = e;
    changed.postings[0].amount = 501;
    CHECK(entryHash(zero, changed) != h);
    changed = e;
    changed.operatorName = "Moussa";
    CHECK(entryHash(zero, changed) != h);
    Hash otherPrevious{};
    otherPrevious[0] = 1;
    CHECK(entryHash(otherPrevious, e) != h);
    CHECK(ChainHead{3, h}.shortText() == "3-" + toHex(h).substr(0, 8));
}
