#pragma once
// Rows of the member table. Members are inserted and updated, never deleted.

#include "core/members/member.h"
#include "core/store/sqlite.h"

#include <optional>
#include <vector>

namespace tontine::store {

class MemberStore {
public:
    explicit MemberStore(Database& db) : m_db(db) {}

    MemberId nextId() const;
    void insert(const Member& member);
    void update(const Member& member);
    std::optional<Member> get(MemberId id) const;
    // All members in number order; `text` filters names, phone, places, numbers (any case).
    std::vector<Member> list(const std::string& text, bool includeInactive) const;
    // Within the current transaction, check household references at commit rather than per
    // row, so that a file may list a member before the head of their household.
    void deferReferenceChecks();
    bool insuranceNumberTaken(const std::string& number, std::optional<MemberId> except) const;

private:
    Database& m_db;
};

} // namespace tontine::store
