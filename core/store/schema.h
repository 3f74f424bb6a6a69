#pragma once
// The fund file's schema as an append-only list of migration steps (PRAGMA user_version).
// Each step runs in its own transaction; a released step is never edited, only followed.

#include "core/store/sqlite.h"

#include <functional>
#include <string>
#include <vector>

namespace tontine::store {

// 'TNTN': marks a SQLite file as a Tontine fund (PRAGMA application_id).
inline constexpr int ApplicationId = 0x544E544E;

struct Migration {
    int version;            // user_version after this step
    std::string description;
    std::function<void(Database&)> apply;
};

// Every step, oldest first. The last one's version is the current schema version.
const std::vector<Migration>& migrations();
int currentSchemaVersion();

// Brings `db` from its user_version up to the last of `steps`, one transaction per step.
// `beforeFirstStep` runs once, before anything changes, when there is at least one step to
// apply (the fund file uses it to make a verified backup). Refuses a newer file.
void migrate(Database& db, const std::vector<Migration>& steps,
             const std::function<void(int fromVersion)>& beforeFirstStep = {});

} // namespace tontine::store
