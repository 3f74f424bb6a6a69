#pragma once
// The fixed chart of accounts: kinds, the fund-wide accounts and the per-member ones.
// Amounts on accounts are signed minor units, debit positive (DESIGN §4).

#include "core/members/member.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

enum class AccountKind { Asset, Liability, Equity, Income, Expense };
std::string accountKindCode(AccountKind kind); // "asset", "liability", …
std::optional<AccountKind> parseAccountKind(std::string_view code);

struct Account {
    std::int64_t id = 0;
    std::string code;   // stable key, chained: "cash", "savings:12", …
    std::string name;   // English label; the UI translates by code
    AccountKind kind = AccountKind::Asset;
    std::optional<MemberId> memberId;
};

// Balance of one account, derived from postings.
struct AccountBalance {
    Account account;
    std::int64_t debitMinusCredit = 0;
    // The balance as people read it: assets and expenses debit-positive, the rest credit-positive.
    std::int64_t natural() const;
};

namespace accounts {
inline constexpr std::string_view Cash = "cash";
inline constexpr std::string_view Bank = "bank";
inline constexpr std::string_view MobileMoney = "mobile";
inline constexpr std::string_view SocialFund = "social";
inline constexpr std::string_view PremiumsPayable = "premiums";
inline constexpr std::string_view InterestIncome = "income:interest";
inline constexpr std::string_view FineIncome = "income:fines";
inline constexpr std::string_view FeeIncome = "income:fees";
inline constexpr std::string_view GrantExpense = "expense:grants";
inline constexpr std::string_view GroupExpense = "expense:costs";
inline constexpr std::string_view OpeningBalances = "opening";
inline constexpr std::string_view SocialLoans = "social:loans";  // lent from the social fund
inline constexpr std::string_view SharedEarnings = "shared";     // earnings given out by share-outs
inline constexpr std::string_view PenaltyIncome = "income:penalties"; // loan penalties paid
inline constexpr std::string_view LoanLosses = "expense:loan-losses";  // loan principal written off

std::string savings(MemberId id);       // "savings:ID", liability
std::string loanPrincipal(MemberId id); // "loan:ID", asset

// The accounts every fund has from creation.
std::vector<Account> fundAccounts();
// The accounts created with each member.
std::vector<Account> memberAccounts(const Member& member);
} // namespace accounts

} // namespace tontine
