// Small facts every report needs: keys, days, names.
#include "core/report/report_parts.h"

#include "core/money/money.h"

namespace tontine::report {

std::string rotationKey(RotationId id) { return "rotation:" + std::to_string(id); }

int daysBetween(Date from, Date to) { return to.days() - from.days(); }

std::map<MemberId, std::string> memberNames(const Book& book)
{
    std::map<MemberId, std::string> names;
    for (const Member& m : book.members())
        names[m.id] = m.fullName();
    return names;
}

} // namespace tontine::report
