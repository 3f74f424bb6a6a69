#pragma once
// Rows of the social fund: its rules (kept with the fund's settings), grants with their
// approvers, and social loans with the due that repays each. It trusts its caller (Book) to
// have validated everything; the schema's triggers keep the facts from changing.

#include "core/ledger/entry.h"
#include "core/meetings/meeting.h"
#include "core/social/social_grant.h"
#include "core/social/social_rules.h"
#include "core/store/sqlite.h"

#include <optional>
#include <vector>

namespace tontine::store {

class SocialStore {
public:
    explicit SocialStore(Database& db) : m_db(db) {}

    // The rules live with the fund's settings.
    SocialRules loadSocialRules() const;
    bool hasSocialRules() const;
    void saveSocialRules(const SocialRules& rules);

    GrantId insertGrant(const SocialGrant& grant);
    std::vector<SocialGrant> grants() const;
    std::optional<SocialGrant> grantOfEntry(EntrySeq seq) const;

    struct SocialLoanRow {
        std::int64_t id = 0;
        DueId due = 0;
        SocialLoanRequest loan;
        EntrySeq entry = 0;
    };
    void insertSocialLoan(const SocialLoanRow& row);
    std::vector<SocialLoanRow> socialLoans() const;
    std::optional<SocialLoanRow> socialLoanOfEntry(EntrySeq seq) const;

private:
    Database& m_db;
};

} // namespace tontine::store
