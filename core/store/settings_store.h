#pragma once
// The fund_setting key/value rows and the operator table.

#include "core/settings/fund_settings.h"
#include "core/store/sqlite.h"

#include <vector>

namespace tontine::store {

class SettingsStore {
public:
    explicit SettingsStore(Database& db) : m_db(db) {}

    FundSettings load() const;
    void save(const FundSettings& settings);

    std::vector<Operator> operators() const;
    std::int64_t insertOperator(const Operator& op);
    std::optional<Operator> operatorById(std::int64_t id) const;

private:
    Database& m_db;
};

} // namespace tontine::store
