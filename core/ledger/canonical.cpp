#include "core/ledger/canonical.h"

#include "core/text/canonical_text.h"

namespace tontine {

namespace {

// One value per line, escaped as every canonical record is (core/text/canonical_text.h), so
// that a value can never forge a line.
void field(std::string& out, std::string_view key, std::string_view value)
{
    out += key;
    out += '=';
    out += escapeCanonical(value);
    out += '\n';
}

} // namespace

std::string canonicalBytes(const Entry& entry)
{
    // Format "tontine-entry-v1": documented in docs/hash-chain.md. Never change it; add a v2.
    std::string out = "tontine-entry-v1\n";
    field(out, "seq", std::to_string(entry.seq));
    field(out, "kind", entryKindCode(entry.kind));
    field(out, "date", entry.date.iso());
    field(out, "written_at", entry.writtenAt);
    field(out, "operator", entry.operatorName);
    field(out, "memo", entry.memo);
    field(out, "reverses", entry.reverses ? std::to_string(*entry.reverses) : std::string());
    field(out, "subject", entry.subject);
    field(out, "action", entry.action);
    field(out, "payload", entry.payload);
    for (const auto& posting : entry.postings)
        field(out, "posting", posting.accountCode + " " + std::to_string(posting.amount));
    out += "end\n";
    return out;
}

Hash entryHash(const Hash& previous, const Entry& entry)
{
    return chainLink(previous, canonicalBytes(entry));
}

} // namespace tontine
