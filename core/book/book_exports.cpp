// Book's exports (docs/exports.md): gathers what buildExport needs for a request, and chains
// that a file was sent ("export:<id>", with the hash of its bytes) so that the group can show
// which file the mutual received and "only new" leaves its rows out next time. The formats
// themselves are core/exchange/export_profile; nothing here writes a file.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/crypto/sha256.h"
#include "core/text/text_checks.h"

#include <algorithm>

namespace tontine {

namespace {

// Earlier records count for "only new" when they went to the same partner in the same profile.
bool sameDestination(const ExportRecord& record, const ExportRequest& request)
{
    return record.profile == request.profile && record.partner == request.partner.value_or(0);
}

} // namespace

ExportFile Book::prepareExport(const ExportRequest& request) const
{
    ExportData data;
    data.settings = settings();
    if (request.partner) {
        data.partner = m_file->premiums.partner(*request.partner);
        if (!data.partner)
            throw ValidationError("partner", "partner.unknown",
                                  "There is no partner mutual number " + std::to_string(*request.partner),
                                  {std::to_string(*request.partner)});
        data.payments = m_file->premiums.payments(*request.partner);
    }
    data.members = m_file->members.list({}, true);
    data.accounts = m_file->ledger.accounts();
    if (!(request.to < request.from)) {
        data.entries = m_file->ledger.transactionsBetween(request.from, request.to);
        data.openingBalances = m_file->ledger.balancesOn(request.from.addDays(-1));
    }
    for (const auto& record : m_file->premiums.exportRecords()) {
        if (!sameDestination(record, request))
            continue;
        data.alreadySentMembers.insert(record.memberIds.begin(), record.memberIds.end());
        data.alreadySentPayments.insert(record.paymentIds.begin(), record.paymentIds.end());
    }
    return buildExport(request, data);
}

std::int64_t Book::recordExport(const ExportRequest& request, const ExportFile& file, const std::string& fileName,
                                const Actor& actor)
{
    requireOperator(actor);
    if (!file.ok() || file.bytes.empty())
        throw ValidationError("file", "export.refused",
                              "This file was refused (" + std::to_string(file.problems.size()) +
                                  " problems); only a file that was written can be recorded as sent",
                              {std::to_string(file.problems.size())});
    if (file.profile != request.profile)
        throw ValidationError("file", "export.profile_mismatch",
                              "The file is a " + exportProfileCode(file.profile) + " export, not " +
                                  exportProfileCode(request.profile),
                              {exportProfileCode(file.profile), exportProfileCode(request.profile)});
    const std::string name(trimText(fileName));
    if (name.empty() || name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
        !isValidUtf8(name) || hasControlChars(name))
        throw ValidationError("fileName", "export.file_name",
                              "Give the file's name as saved, without its folders (\"" + fileName + "\")", {fileName});
    if (request.partner && !m_file->premiums.partner(*request.partner))
        throw ValidationError("partner", "partner.unknown",
                              "There is no partner mutual number " + std::to_string(*request.partner),
                              {std::to_string(*request.partner)});

    ExportRecord record;
    record.profile = request.profile;
    record.partner = request.partner.value_or(0);
    record.from = request.from;
    record.to = request.to;
    record.members = request.members;
    record.onlyNew = request.onlyNew;
    record.sentOn = actor.date;
    record.fileName = name;
    record.rows = static_cast<int>(file.rows.size());
    record.sha256 = toHex(sha256(file.bytes));
    record.memberIds = file.memberIds;
    std::sort(record.memberIds.begin(), record.memberIds.end());
    record.memberIds.erase(std::unique(record.memberIds.begin(), record.memberIds.end()), record.memberIds.end());
    record.paymentIds = file.paymentIds;
    std::sort(record.paymentIds.begin(), record.paymentIds.end());
    record.paymentIds.erase(std::unique(record.paymentIds.begin(), record.paymentIds.end()), record.paymentIds.end());
    record.operatorName = actor.operatorName;

    store::Transaction tx(m_file->db());
    // The row names the entry that chains it, written just after it in this transaction.
    record.entrySeq = nextSeq();
    record.id = m_file->premiums.insertExportRecord(record);
    appendAudit("export:" + std::to_string(record.id), "add",
                "Export sent: " + exportProfileCode(record.profile) + " file " + record.fileName + " (" +
                    std::to_string(record.rows) + " rows)",
                exportRecordSnapshot(record), actor);
    tx.commit();
    return record.id;
}

std::vector<ExportRecord> Book::exportRecords() const { return m_file->premiums.exportRecords(); }

} // namespace tontine
