#include "core/ledger/account.h"

namespace tontine {

std::string accountKindCode(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Asset: return "asset";
    case AccountKind::Liability: return "liability";
    case AccountKind::Equity: return "equity";
    case AccountKind::Income: return "income";
    case AccountKind::Expense: return "expense";
    }
    return "asset";
}

std::optional<AccountKind> parseAccountKind(std::string_view code)
{
    for (auto kind : {AccountKind::Asset, AccountKind::Liability, AccountKind::Equity,
                      AccountKind::Income, AccountKind::Expense}) {
        if (accountKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

std::int64_t AccountBalance::natural() const
{
    // Assets and expenses grow with debits; what the fund owes and earns grows with credits.
    const bool debitNatural = account.kind == AccountKind::Asset || account.kind == AccountKind::Expense;
    return debitNatural ? debitMinusCredit : -debitMinusCredit;
}

namespace accounts {

std::string savings(MemberId id) { return "savings:" + std::to_string(id); }
std::string loanPrincipal(MemberId id) { return "loan:" + std::to_string(id); }

std::vector<Account> fundAccounts()
{
    auto make = [](std::string_view code, const char* name, AccountKind kind) {
        return Account{0, std::string(code), name, kind, std::nullopt};
    };
    return {
        make(Cash, "Cash box", AccountKind::Asset),
        make(Bank, "Bank", AccountKind::Asset),
        make(MobileMoney, "Mobile money", AccountKind::Asset),
        make(SocialFund, "Social fund", AccountKind::Liability),
        make(PremiumsPayable, "Premiums held for the mutual", AccountKind::Liability),
        make(InterestIncome, "Interest income", AccountKind::Income),
        make(FineIncome, "Fines income", AccountKind::Income),
        make(FeeIncome, "Fees income", AccountKind::Income),
        make(GrantExpense, "Social grants", AccountKind::Expense),
        make(GroupExpense, "Group costs", AccountKind::Expense),
        make(OpeningBalances, "Opening balances", AccountKind::Equity),
        // Rotations (docs/rotation-rules.md); funds older than schema 3 get them by migration.
        make("income:commission", "Organiser's commission", AccountKind::Income),
        make("income:discounts", "Auction discounts kept", AccountKind::Income),
        make("income:forfeits", "Contributions forfeited by leavers", AccountKind::Income),
        // Savings and the social fund (docs/savings-rules.md); older funds get them by migration.
        make(SocialLoans, "Social loans", AccountKind::Asset),
        make(SharedEarnings, "Earnings shared out", AccountKind::Equity),
        // Loans (docs/loan-rules.md); older funds get them by migration.
        make(PenaltyIncome, "Loan penalties", AccountKind::Income),
        make(LoanLosses, "Loans written off", AccountKind::Expense),
    };
}

std::vector<Account> memberAccounts(const Member& member)
{
    return {
        Account{0, savings(member.id), "Savings of member " + std::to_string(member.id),
                AccountKind::Liability, member.id},
        Account{0, loanPrincipal(member.id), "Loan principal of member " + std::to_string(member.id),
                AccountKind::Asset, member.id},
    };
}

} // namespace accounts
} // namespace tontine
