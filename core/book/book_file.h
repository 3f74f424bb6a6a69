#pragma once
// Book's private view of an open fund file: the stores over its one connection.
// Only core/book/*.cpp include this; the UI and CLI never see storage.

#include "core/store/fund_file.h"
#include "core/store/ledger_store.h"
#include "core/store/loan_store.h"
#include "core/store/meeting_store.h"
#include "core/store/member_store.h"
#include "core/store/premium_store.h"
#include "core/store/rotation_store.h"
#include "core/store/savings_store.h"
#include "core/store/settings_store.h"
#include "core/store/social_store.h"

#include <memory>

namespace tontine {

class BookFile {
public:
    explicit BookFile(std::unique_ptr<store::FundFile> file)
        : m_file(std::move(file)), ledger(m_file->db()), members(m_file->db()), settings(m_file->db()),
          meetings(m_file->db()), rotations(m_file->db()), savings(m_file->db()), social(m_file->db()),
          loans(m_file->db()), premiums(m_file->db())
    {
    }
    store::Database& db() { return m_file->db(); }
    store::FundFile& file() { return *m_file; }

private:
    std::unique_ptr<store::FundFile> m_file;

public:
    store::LedgerStore ledger;
    store::MemberStore members;
    store::SettingsStore settings;
    store::MeetingStore meetings;
    store::RotationStore rotations;
    store::SavingsStore savings;
    store::SocialStore social;
    store::LoanStore loans;
    store::PremiumStore premiums;
};

} // namespace tontine
