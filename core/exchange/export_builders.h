#pragma once
// Internal to core/exchange: the builders of each export profile, and what they share
// (selecting members, naming them in problems, writing CSV bytes and their preview).
// buildExport (export_profile.cpp) checks the request and dispatches here; nothing outside
// core/exchange includes this header.

#include "core/exchange/csv.h"
#include "core/exchange/export_profile.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tontine::exportimpl {

// openimis-insurees and mutuelle-fr (export_insurees.cpp), members (export_profile.cpp).
ExportFile buildOpenImisInsurees(const ExportRequest& request, const ExportData& data);
ExportFile buildMutuelleFr(const ExportRequest& request, const ExportData& data);
// contributions (export_contributions.cpp)
ExportFile buildContributions(const ExportRequest& request, const ExportData& data);
// journal (export_journal.cpp)
ExportFile buildJournal(const ExportRequest& request, const ExportData& data);
// ledger (export_ledger.cpp)
ExportFile buildLedger(const ExportRequest& request, const ExportData& data);

// Members by number, for looking up household heads.
std::map<MemberId, const Member*> membersById(const std::vector<Member>& members);

// The household a member belongs to: the head's number, or the member's own when it heads
// its household (no head, or itself named as head).
MemberId headOf(const Member& member);

// Active at some point in [from, to]: joined by `to`, and still active or left on/after `from`.
bool activeInPeriod(const Member& member, Date from, Date to);

// The members an insurees profile considers, by number: active in the period and matching
// the selection (Enrolled: has an insurance number; ToEnrol: has none). onlyNew is NOT applied
// here (each profile applies it its own way).
std::vector<const Member*> candidateMembers(const ExportRequest& request, const ExportData& data);

// The money entries of the period in seq order (audit events and entries dated outside
// [from, to] are left out), and the chart by account code (journal, ledger).
std::vector<const Entry*> periodEntries(const ExportRequest& request, const ExportData& data);
std::map<std::string, const Account*> accountsByCode(const ExportData& data);
// One problem per account code that postings use but the chart does not hold.
Problems unknownAccounts(const std::vector<const Entry*>& entries, const std::map<std::string, const Account*>& chart);

// "member 12 (Fatou NGOM)" for problem texts.
std::string memberLabel(const Member& member);

Problem makeProblem(std::string field, std::string code, std::vector<std::string> args, std::string text);

// Collects encoded CSV lines; finish() puts the bytes and the decoded preview in the file.
class CsvBuilder {
public:
    explicit CsvBuilder(CsvWriteOptions options);
    // A text cell: quoted as needed and neutralised if it starts like a formula.
    std::string text(std::string_view value) const { return csvCell(value, m_options); }
    // An amount, count or number: a plain number is never neutralised.
    std::string number(std::string_view value) const { return csvNumberCell(value, m_options); }
    // Header titles (fixed texts, written through csvCell).
    void header(const std::vector<std::string>& titles);
    void row(const std::vector<std::string>& encodedCells);
    // bytes = preamble + lines; header and rows = the file read back with readCsv, i.e. the
    // cells exactly as a CSV reader sees them (neutralising quote included).
    void finish(ExportFile& file) const;

private:
    CsvWriteOptions m_options;
    std::string m_bytes;
};

} // namespace tontine::exportimpl
