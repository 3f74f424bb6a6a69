#include "core/loans/portfolio.h"

#include "core/loans/loan_support.h"
#include "core/money/money.h"

#include <map>

namespace tontine {

AgeingBucket ageingBucket(int daysLate)
{
    if (daysLate <= 0)
        return AgeingBucket::Current;
    if (daysLate <= 30)
        return AgeingBucket::Late1To30;
    if (daysLate <= 60)
        return AgeingBucket::Late31To60;
    if (daysLate <= 90)
        return AgeingBucket::Late61To90;
    return AgeingBucket::LateOver90;
}

std::string ageingBucketCode(AgeingBucket bucket)
{
    switch (bucket) {
    case AgeingBucket::Current: return "current";
    case AgeingBucket::Late1To30: return "1-30";
    case AgeingBucket::Late31To60: return "31-60";
    case AgeingBucket::Late61To90: return "61-90";
    case AgeingBucket::LateOver90: return "90+";
    }
    return "";
}

Portfolio summarisePortfolio(const std::vector<PortfolioLoan>& loans, const std::vector<GroupGuarantee>& guarantees,
                             Date on)
{
    Portfolio p;
    std::map<std::string, Portfolio::Purpose> purposes; // std::string's order: bytes
    for (const PortfolioLoan& loan : loans) {
        const auto bucket = static_cast<std::size_t>(ageingBucket(loan.daysLate));
        ++p.loans;
        p.outstanding = checkedAdd(p.outstanding, loan.principalOutstanding);
        p.outstandingByBucket[bucket] = checkedAdd(p.outstandingByBucket[bucket], loan.principalOutstanding);
        ++p.loansByBucket[bucket];
        if (loan.daysLate > 30)
            p.atRisk30 = checkedAdd(p.atRisk30, loan.principalOutstanding);
        Portfolio::Purpose& purpose = purposes[loan.purpose];
        purpose.purpose = loan.purpose;
        ++purpose.loans;
        purpose.outstanding = checkedAdd(purpose.outstanding, loan.principalOutstanding);
    }
    if (p.outstanding > 0 && p.atRisk30 > 0)
        p.par30BasisPoints = static_cast<int>(loans::roundedShare(p.atRisk30, 10000, p.outstanding, 1));
    for (auto& [text, purpose] : purposes)
        p.byPurpose.push_back(std::move(purpose));
    for (const GroupGuarantee& g : guarantees) {
        if (!g.isCommitted(on))
            continue;
        ++p.guaranteesOpen;
        p.guaranteesCommitted = checkedAdd(p.guaranteesCommitted, g.amount);
    }
    return p;
}

} // namespace tontine
