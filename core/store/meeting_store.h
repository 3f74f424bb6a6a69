#pragma once
// Rows of meetings, attendance, dues and due payments. The schema's triggers freeze what
// belongs to a closed meeting; this class only reads and writes rows.

#include "core/ledger/entry.h"
#include "core/meetings/meeting.h"
#include "core/store/sqlite.h"

#include <optional>
#include <vector>

namespace tontine::store {

class MeetingStore {
public:
    explicit MeetingStore(Database& db) : m_db(db) {}

    MeetingRules loadRules() const;
    // True once rules were saved (funds that never set them use the defaults, unchained).
    bool hasRules() const;
    void saveRules(const MeetingRules& rules);

    MeetingId insert(const Meeting& meeting);
    void update(const Meeting& meeting);
    std::optional<Meeting> get(MeetingId id) const;
    std::optional<Meeting> current() const;
    std::optional<Meeting> last() const;
    std::vector<Meeting> list() const;

    std::optional<Attendance> attendance(MeetingId meeting, MemberId member) const;
    std::vector<Attendance> attendanceOf(MeetingId meeting) const;
    std::vector<Attendance> allAttendance() const;
    void upsertAttendance(const Attendance& attendance);

    DueId insertDue(const Due& due);
    void updateDue(const Due& due);
    std::optional<Due> due(DueId id) const;
    std::optional<Due> attendanceFine(MeetingId meeting, MemberId member) const;
    // Dues with what was paid on them up to and including `asOf` (all when nullopt).
    std::vector<Due> dues(std::optional<MemberId> member, std::optional<Date> asOf = std::nullopt) const;

    void insertPayment(EntrySeq entry, DueId due, std::int64_t amount);
    struct PaymentRow {
        EntrySeq entry = 0;
        DueId due = 0;
        std::int64_t amount = 0;
        std::string entryPayload;
    };
    std::vector<PaymentRow> payments() const;
    std::vector<PaymentRow> paymentsOfEntry(EntrySeq entry) const;
    // Entries that say they pay a due (by their payload), whether or not a row backs them.
    std::int64_t entriesClaimingPayments() const;

private:
    Database& m_db;
};

} // namespace tontine::store
