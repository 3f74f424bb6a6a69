#pragma once
// The loan portfolio (docs/loan-rules.md "Portfolio"): principal outstanding, arrears ageing
// by days late (1–30, 31–60, 61–90, over 90), portfolio at risk over 30 days, loans per
// purpose, and the group guarantees committed. Pure data summed from the loans' positions.

#include "core/loans/loan.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

enum class AgeingBucket { Current, Late1To30, Late31To60, Late61To90, LateOver90 };
inline constexpr int AgeingBucketCount = 5;
AgeingBucket ageingBucket(int daysLate);
std::string ageingBucketCode(AgeingBucket bucket); // "current", "1-30", "31-60", "61-90", "90+"

// One active (or defaulted, not yet closed) loan, as the portfolio sees it.
struct PortfolioLoan {
    LoanId loan = 0;
    MemberId borrower = 0;
    std::string purpose;
    std::int64_t principalOutstanding = 0;
    int daysLate = 0;
};

struct Portfolio {
    int loans = 0;
    std::int64_t outstanding = 0;
    std::array<std::int64_t, AgeingBucketCount> outstandingByBucket{}; // principal, by AgeingBucket
    std::array<int, AgeingBucketCount> loansByBucket{};
    std::int64_t atRisk30 = 0;          // principal of loans more than 30 days late
    // PAR30 = atRisk30 ÷ outstanding in basis points, rounded half away from zero; 0 when nothing is outstanding.
    int par30BasisPoints = 0;
    struct Purpose {
        std::string purpose;
        int loans = 0;
        std::int64_t outstanding = 0;
    };
    std::vector<Purpose> byPurpose;     // by purpose text, alphabetical (byte order)
    std::int64_t guaranteesCommitted = 0; // group guarantees open on the date (not in cash)
    int guaranteesOpen = 0;
};

Portfolio summarisePortfolio(const std::vector<PortfolioLoan>& loans, const std::vector<GroupGuarantee>& guarantees,
                             Date on);

} // namespace tontine
