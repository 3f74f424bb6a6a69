#pragma once
// Canonical texts the book chains for loan facts the engine has no snapshot of: what each
// guarantor gave in a recovery and got back from the borrower ("loan_guarantors/1", subject
// "loan:<id>:guarantors"), and a repayment to a guarantor (the entry's payload). Only
// core/book/*.cpp use this; verify rebuilds the same texts from the tables.

#include "core/loans/loan.h"

#include <string>
#include <vector>

namespace tontine {

inline std::string guarantorMoneySnapshot(const std::vector<GuarantorDebt>& debts)
{
    std::string out = "format=loan_guarantors/1\n";
    for (const auto& d : debts)
        out += "guarantor=" + std::to_string(d.guarantor) + " recovered=" + std::to_string(d.recovered) +
               " repaid=" + std::to_string(d.repaid) + "\n";
    return out;
}

inline std::string guarantorRepaymentPayload(LoanId loan, MemberId guarantor, std::int64_t amount)
{
    return "format=loan_guarantor_repayment/1\nloan=" + std::to_string(loan) + "\nguarantor=" +
           std::to_string(guarantor) + "\namount=" + std::to_string(amount) + "\n";
}

} // namespace tontine
