#include "core/rotation/rotation_accounts.h"

namespace tontine::rotation_accounts {

std::string pot(RotationId id) { return "pot:" + std::to_string(id); }
std::string prepaid(RotationId id) { return "prepaid:" + std::to_string(id); }
std::string reserve(RotationId id) { return "pot-reserve:" + std::to_string(id); }
std::string advance(MemberId member) { return "advance:" + std::to_string(member); }

} // namespace tontine::rotation_accounts
