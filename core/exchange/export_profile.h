#pragma once
// The export profiles (DESIGN §8, docs/exports.md): what a partner mutual or the group takes
// out of the books, each profile a fixed file format (delimiter, encoding and BOM, dates,
// numbers, columns in order). buildExport is pure: the book gathers ExportData, this decides
// the rows, checks them, and writes the bytes — byte-identical on any machine and locale.
// It refuses, with every problem listed, rather than write a file the partner would reject.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/ledger/account.h"
#include "core/ledger/entry.h"
#include "core/members/member.h"
#include "core/premiums/partner.h"
#include "core/premiums/premium.h"
#include "core/settings/fund_settings.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

enum class ExportProfile { OpenImisInsurees, Contributions, MutuelleFr, Members, Journal, Ledger };
// "openimis-insurees", "contributions", "mutuelle-fr", "members", "journal", "ledger"
std::string exportProfileCode(ExportProfile profile);
std::optional<ExportProfile> parseExportProfile(std::string_view code);
const std::vector<ExportProfile>& allExportProfiles();
// Profiles that need a partner (openimis-insurees, contributions, mutuelle-fr).
bool needsPartner(ExportProfile profile);

// Which members an insurees file carries: those the mutual has numbered, those still to
// enrol (no insurance number yet), or both.
enum class MemberSelection { Enrolled, ToEnrol, All };
std::string memberSelectionCode(MemberSelection selection); // "enrolled", "to-enrol", "all"
std::optional<MemberSelection> parseMemberSelection(std::string_view code);

struct ExportRequest {
    ExportProfile profile = ExportProfile::Members;
    std::optional<PartnerId> partner;   // required when needsPartner(profile)
    // The period: contributions and mutuelle-fr take payments dated in it; journal and ledger
    // take entries dated in it (ledger opens with the balances of the day before `from`).
    // Insurees profiles take members active at some point in it.
    Date from;
    Date to;
    MemberSelection members = MemberSelection::All;
    // Leave out members (insurees profiles) or payments (contributions, mutuelle-fr) that an
    // export recorded as sent to the same partner with the same profile already carried.
    bool onlyNew = false;
};

// An export recorded as sent ("export:<id>", chained): what went to whom, and the file's hash,
// so the group can later show exactly which file the mutual received.
struct ExportRecord {
    std::int64_t id = 0;
    ExportProfile profile = ExportProfile::Members;
    PartnerId partner = 0;              // 0: none
    Date from;
    Date to;
    MemberSelection members = MemberSelection::All;
    bool onlyNew = false;
    Date sentOn;
    std::string fileName;               // as saved (the name only, no folders)
    int rows = 0;                       // data rows, header not counted
    std::string sha256;                 // lower-case hex of the file's bytes
    std::vector<MemberId> memberIds;    // members the file carried, ascending
    std::vector<PremiumId> paymentIds;  // premium payments the file carried, ascending
    std::string operatorName;
    std::int64_t entrySeq = 0;
};
// "export/1": id, profile, partner, from, to, members, onlyNew, sentOn, fileName, rows,
// sha256, memberIds (joined by ','), paymentIds (joined by ',').
std::string exportRecordSnapshot(const ExportRecord& record);

// What buildExport needs, gathered by Book::prepareExport.
struct ExportData {
    FundSettings settings;
    std::optional<Partner> partner;
    std::vector<Member> members;               // every member of the fund, by number
    std::vector<PremiumPayment> payments;      // the partner's payments, live and reversed
    std::vector<Account> accounts;             // the chart of accounts (journal, ledger)
    std::vector<Entry> entries;                // money entries dated in [from, to] (journal, ledger)
    std::vector<AccountBalance> openingBalances; // balances at the end of from − 1 day (ledger)
    std::set<MemberId> alreadySentMembers;     // carried by earlier recorded exports (onlyNew)
    std::set<PremiumId> alreadySentPayments;
};

// A file ready to save, or the problems that stop it.
struct ExportFile {
    ExportProfile profile = ExportProfile::Members;
    std::string suggestedName;                 // e.g. "openimis-insurees_mutuelle-and-fagaru_2026-10-01_2026-10-31.csv"
    std::vector<std::string> header;           // the column titles as written (preview)
    std::vector<std::vector<std::string>> rows;// the data cells as written, decoded (preview)
    std::string bytes;                         // the whole file exactly as written; empty when refused
    Problems problems;                         // why it was refused (field = member number or column)
    std::vector<MemberId> memberIds;           // what the file carries (for ExportRecord)
    std::vector<PremiumId> paymentIds;
    bool ok() const { return problems.empty(); }
};

ExportFile buildExport(const ExportRequest& request, const ExportData& data);

} // namespace tontine
