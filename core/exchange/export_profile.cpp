#include "core/exchange/export_profile.h"

#include "core/exchange/export_builders.h"
#include "core/exchange/export_format.h"
#include "core/exchange/member_csv.h"

#include <algorithm>
#include <utility>

namespace tontine {

std::string exportProfileCode(ExportProfile profile)
{
    switch (profile) {
    case ExportProfile::OpenImisInsurees: return "openimis-insurees";
    case ExportProfile::Contributions: return "contributions";
    case ExportProfile::MutuelleFr: return "mutuelle-fr";
    case ExportProfile::Members: return "members";
    case ExportProfile::Journal: return "journal";
    case ExportProfile::Ledger: return "ledger";
    }
    return "members";
}

const std::vector<ExportProfile>& allExportProfiles()
{
    static const std::vector<ExportProfile> all{ExportProfile::OpenImisInsurees, ExportProfile::Contributions,
                                                ExportProfile::MutuelleFr, ExportProfile::Members,
                                                ExportProfile::Journal, ExportProfile::Ledger};
    return all;
}

std::optional<ExportProfile> parseExportProfile(std::string_view code)
{
    for (ExportProfile profile : allExportProfiles())
        if (exportProfileCode(profile) == code)
            return profile;
    return std::nullopt;
}

bool needsPartner(ExportProfile profile)
{
    return profile == ExportProfile::OpenImisInsurees || profile == ExportProfile::Contributions ||
           profile == ExportProfile::MutuelleFr;
}

std::string memberSelectionCode(MemberSelection selection)
{
    switch (selection) {
    case MemberSelection::Enrolled: return "enrolled";
    case MemberSelection::ToEnrol: return "to-enrol";
    case MemberSelection::All: return "all";
    }
    return "all";
}

std::optional<MemberSelection> parseMemberSelection(std::string_view code)
{
    for (auto selection : {MemberSelection::Enrolled, MemberSelection::ToEnrol, MemberSelection::All})
        if (memberSelectionCode(selection) == code)
            return selection;
    return std::nullopt;
}

namespace exportimpl {

std::map<MemberId, const Member*> membersById(const std::vector<Member>& members)
{
    std::map<MemberId, const Member*> byId;
    for (const Member& m : members)
        byId[m.id] = &m;
    return byId;
}

MemberId headOf(const Member& member)
{
    return member.householdHeadId.value_or(member.id);
}

bool activeInPeriod(const Member& member, Date from, Date to)
{
    if (member.joinedOn > to)
        return false;
    return member.active || (member.leftOn && *member.leftOn >= from);
}

std::vector<const Member*> candidateMembers(const ExportRequest& request, const ExportData& data)
{
    std::vector<const Member*> out;
    for (const Member& m : data.members) {
        if (!activeInPeriod(m, request.from, request.to))
            continue;
        const bool numbered = !m.insuranceNumber.empty();
        if (request.members == MemberSelection::Enrolled && !numbered)
            continue;
        if (request.members == MemberSelection::ToEnrol && numbered)
            continue;
        out.push_back(&m);
    }
    std::sort(out.begin(), out.end(), [](const Member* a, const Member* b) { return a->id < b->id; });
    return out;
}

std::string memberLabel(const Member& member)
{
    return "member " + exportfmt::integer(member.id) + " (" + member.fullName() + ")";
}

Problem makeProblem(std::string field, std::string code, std::vector<std::string> args, std::string text)
{
    Problem p;
    p.field = std::move(field);
    p.code = std::move(code);
    p.args = std::move(args);
    p.text = std::move(text);
    return p;
}

CsvBuilder::CsvBuilder(CsvWriteOptions options) : m_options(std::move(options))
{
    m_bytes = csvPreamble(m_options);
}

void CsvBuilder::header(const std::vector<std::string>& titles)
{
    m_bytes += csvLine(titles, m_options);
}

void CsvBuilder::row(const std::vector<std::string>& encodedCells)
{
    m_bytes += csvJoinEncoded(encodedCells, m_options);
}

void CsvBuilder::finish(ExportFile& file) const
{
    file.bytes = m_bytes;
    // Reading our own bytes back gives the preview exactly as the partner's reader will see
    // it, so the preview cannot drift from the file.
    CsvTable table = readCsv(m_bytes);
    file.header.clear();
    file.rows.clear();
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (i == 0)
            file.header = std::move(table.rows[i].cells);
        else
            file.rows.push_back(std::move(table.rows[i].cells));
    }
}

namespace {

// The members profile: writeMemberCsv over the insurees selection (active in the period,
// enrolled / to enrol / all, onlyNew leaving out members already sent).
ExportFile buildMembers(const ExportRequest& request, const ExportData& data)
{
    ExportFile file;
    std::vector<Member> chosen;
    for (const Member* m : candidateMembers(request, data)) {
        if (request.onlyNew && data.alreadySentMembers.count(m->id))
            continue;
        chosen.push_back(*m);
        file.memberIds.push_back(m->id);
    }
    file.bytes = writeMemberCsv(chosen);
    CsvTable table = readCsv(file.bytes);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (i == 0)
            file.header = std::move(table.rows[i].cells);
        else
            file.rows.push_back(std::move(table.rows[i].cells));
    }
    return file;
}

std::string suggestedName(const ExportRequest& request, const ExportData& data)
{
    // Files for a partner carry its name; the group's own files carry the fund's.
    const std::string who = needsPartner(request.profile) && data.partner ? exportfmt::slug(data.partner->name, "partner")
                                         : exportfmt::slug(data.settings.name, "fund");
    const char* extension = request.profile == ExportProfile::Ledger ? ".ledger" : ".csv";
    return exportProfileCode(request.profile) + "_" + who + "_" + exportfmt::isoDate(request.from) + "_" +
           exportfmt::isoDate(request.to) + extension;
}

} // namespace
} // namespace exportimpl

ExportFile buildExport(const ExportRequest& request, const ExportData& data)
{
    using namespace exportimpl;
    Problems problems;
    if (needsPartner(request.profile) && !data.partner)
        problems.push_back(makeProblem("partner", "export.partner_required", {exportProfileCode(request.profile)},
                                       "The " + exportProfileCode(request.profile) +
                                           " export is for a partner mutual: choose the partner."));
    if (request.from > request.to)
        problems.push_back(makeProblem("to", "export.period_reversed",
                                       {exportfmt::isoDate(request.from), exportfmt::isoDate(request.to)},
                                       "The period ends (" + exportfmt::isoDate(request.to) + ") before it starts (" +
                                           exportfmt::isoDate(request.from) + ")."));
    ExportFile file;
    if (problems.empty()) {
        switch (request.profile) {
        case ExportProfile::OpenImisInsurees: file = buildOpenImisInsurees(request, data); break;
        case ExportProfile::Contributions: file = buildContributions(request, data); break;
        case ExportProfile::MutuelleFr: file = buildMutuelleFr(request, data); break;
        case ExportProfile::Members: file = buildMembers(request, data); break;
        case ExportProfile::Journal: file = buildJournal(request, data); break;
        case ExportProfile::Ledger: file = buildLedger(request, data); break;
        }
    } else {
        file.problems = std::move(problems);
    }
    file.profile = request.profile;
    file.suggestedName = suggestedName(request, data);
    if (!file.problems.empty()) {
        // A refused export carries nothing that could be saved or recorded as sent.
        file.bytes.clear();
        file.header.clear();
        file.rows.clear();
        file.memberIds.clear();
        file.paymentIds.clear();
    }
    std::sort(file.memberIds.begin(), file.memberIds.end());
    std::sort(file.paymentIds.begin(), file.paymentIds.end());
    return file;
}

} // namespace tontine
