// Small facts every report needs: which accounts hold cash, an entry's cash, keys, days, names.
#include "core/report/report_parts.h"

#include "core/money/money.h"

namespace tontine::report {

bool isCashAccount(std::string_view code)
{
    return code == accounts::Cash || code == accounts::Bank || code == accounts::MobileMoney;
}

std::int64_t cashNet(const Entry& entry)
{
    std::int64_t sum = 0;
    for (const Posting& p : entry.postings)
        if (isCashAccount(p.accountCode))
            sum = checkedAdd(sum, p.amount);
    return sum;
}

std::string rotationKey(RotationId id) { return "rotation:" + std::to_string(id); }

int daysBetween(Date from, Date to) { return to.days() - from.days(); }

bool wasPaidOut(const Loan& loan)
{
    return loan.disbursedOn && loan.status != LoanStatus::Requested && loan.status != LoanStatus::Approved &&
           loan.status != LoanStatus::Cancelled;
}

std::map<MemberId, std::string> memberNames(const Book& book)
{
    std::map<MemberId, std::string> names;
    for (const Member& m : book.members())
        names[m.id] = m.fullName();
    return names;
}

} // namespace tontine::report
