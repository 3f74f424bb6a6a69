#include "core/ledger/entry.h"

namespace tontine {

std::string entryKindCode(EntryKind kind)
{
    return kind == EntryKind::Audit ? "audit" : "txn";
}

std::string ChainHead::shortText() const
{
    return std::to_string(count) + "-" + toHex(hash).substr(0, 8);
}

} // namespace tontine
