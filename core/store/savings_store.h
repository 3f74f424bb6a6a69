#pragma once
// Rows of savings cycles, savings records and committed share-outs (the social fund's
// rows are SocialStore's). It trusts its caller (Book) to have validated everything; it only reads and
// writes rows. The schema's triggers keep the facts from changing.

#include "core/ledger/entry.h"
#include "core/meetings/meeting.h"
#include "core/savings/savings_cycle.h"
#include "core/savings/savings_record.h"
#include "core/savings/share_out_plan.h"
#include "core/store/sqlite.h"

#include <map>
#include <optional>
#include <vector>

namespace tontine::store {

class SavingsStore {
public:
    explicit SavingsStore(Database& db) : m_db(db) {}

    SavingsCycleId insertCycle(const SavingsCycle& cycle);
    void closeCycle(SavingsCycleId id, Date sharedOn);
    std::optional<SavingsCycle> cycle(SavingsCycleId id) const;
    std::vector<SavingsCycle> cycles() const; // oldest first

    void insertRecords(const std::vector<SavingsRecord>& records, EntrySeq seq);
    std::vector<SavingsRecord> records(SavingsCycleId cycle, std::optional<MemberId> member = {}) const;
    // For verify and reversal: the records each entry created, as the table holds them now.
    std::vector<SavingsRecord> recordsOfEntry(EntrySeq seq) const;
    std::map<EntrySeq, std::vector<SavingsRecord>> recordsByEntry() const;

    // The committed share-out: the plan's figures and lines, and the entries that hold it.
    void insertShareOut(const ShareOutPlan& plan, EntrySeq entry, EntrySeq audit);
    std::optional<ShareOutPlan> shareOut(SavingsCycleId cycle) const;
    std::optional<EntrySeq> shareOutAudit(SavingsCycleId cycle) const;
    bool isShareOutEntry(EntrySeq seq) const;
    std::optional<SavingsCycleId> shareOutCycleOfEntry(EntrySeq seq) const;

    // Entries whose payload starts with `prefix` (e.g. "format=savings_records/1"), by seq.
    std::vector<std::pair<EntrySeq, std::string>> entriesWithPayload(const std::string& prefix) const;

    // Σ natural balance (credit positive) of income and expense postings dated in [from, to].
    std::int64_t earningsBetween(Date from, Date to) const;
    // Dates of meetings held in [from, to], oldest first.
    std::vector<Date> meetingDatesBetween(Date from, Date to) const;

private:
    Database& m_db;
};

} // namespace tontine::store
