#include "core/exchange/export_format.h"
#include "core/exchange/export_profile.h"
#include "core/text/canonical_text.h"

namespace tontine {

namespace {

template <typename Id>
std::string joinIds(const std::vector<Id>& ids)
{
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += ',';
        out += exportfmt::integer(ids[i]);
    }
    return out;
}

} // namespace

std::string exportRecordSnapshot(const ExportRecord& record)
{
    CanonicalWriter w("export");
    w.integer("id", record.id)
        .text("profile", exportProfileCode(record.profile))
        .integer("partner", record.partner)
        .text("from", record.from.iso())
        .text("to", record.to.iso())
        .text("members", memberSelectionCode(record.members))
        .flag("onlyNew", record.onlyNew)
        .text("sentOn", record.sentOn.iso())
        .text("fileName", record.fileName)
        .integer("rows", record.rows)
        .text("sha256", record.sha256)
        .text("memberIds", joinIds(record.memberIds))
        .text("paymentIds", joinIds(record.paymentIds));
    return w.str();
}

} // namespace tontine
