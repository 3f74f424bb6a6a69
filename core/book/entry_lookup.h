#pragma once
// Book's private helpers for telling whom money entries concern (core/book/ only): what is
// read once for a range of entries, and what one entry comes to. They decide nothing.

#include "core/book/book_file.h"
#include "core/meetings/meeting.h"
#include "core/rotation/rotation_snapshot.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tontine {

// Whom one money entry concerns: the member it is about and, when its cash out went to
// several members (a half hand, a reserve share, a share-out), each one's part.
struct EntryParties {
    std::optional<MemberId> member;
    std::vector<MeetingSummary::Recipient> recipients; // sums to the entry's cash out, or empty
};

// A rotation with its records grouped by the entry that made them.
struct LoadedRotation {
    RotationState state;
    std::map<EntrySeq, RotationRecords> records;
};

// What the parties of the entries with seq in [first, last] are read from, read once for the
// whole range (a meeting, a month): the member of each member account, the member each rotation
// entry names, and the rotations, each loaded when first needed. It must not write.
class EntryLookup {
public:
    EntryLookup(BookFile& file, EntrySeq first, EntrySeq last);
    std::optional<MemberId> memberOfAccount(const std::string& code) const;
    // The member a rotation entry is about (RotationStore::memberOfEntry).
    std::optional<MemberId> rotationMember(EntrySeq seq) const;
    // The rotation whose records `payload` carries, if any.
    const LoadedRotation* rotationOf(const std::string& payload);
    // Every rotation of the fund, by id.
    const std::map<RotationId, LoadedRotation>& allRotations();

private:
    const LoadedRotation* load(RotationId id);

    BookFile& m_file;
    std::map<std::string, MemberId> m_memberOfAccount;
    std::map<EntrySeq, MemberId> m_rotationMembers;
    std::vector<RotationId> m_rotationIds;
    std::map<RotationId, LoadedRotation> m_rotations;
};

} // namespace tontine
