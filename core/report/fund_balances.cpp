// The fund report's balance lines: cash and bank, and every fund (rotation pots, savings,
// loans, social fund, …) at the start and the end of the month, each as people read it
// (AccountBalance::natural), summed over the accounts it groups.
#include "core/report/report_parts.h"

#include "core/money/money.h"

#include <algorithm>
#include <functional>

namespace tontine::report {

namespace {

// A line of the report and the accounts it adds up.
struct AccountGroup {
    std::string key;
    std::string name;
    std::function<bool(const Account&)> holds;
    bool alwaysShown = false; // else shown only when it held money at either end
};

AccountGroup exactly(std::string_view code, bool alwaysShown = false)
{
    return {std::string(code), "", [code](const Account& a) { return a.code == code; }, alwaysShown};
}

AccountGroup startingWith(const std::string& key, std::string prefix)
{
    return {key, "", [prefix](const Account& a) { return a.code.rfind(prefix, 0) == 0; }};
}

AccountGroup ofKind(const std::string& key, AccountKind kind)
{
    return {key, "", [kind](const Account& a) { return a.kind == kind; }};
}

// A rotation's money waiting in the fund: the pot being collected, contributions paid early
// and the discount reserve.
AccountGroup rotationGroup(const RotationSpec& spec)
{
    const std::vector<std::string> codes = {rotation_accounts::pot(spec.id), rotation_accounts::prepaid(spec.id),
                                            rotation_accounts::reserve(spec.id)};
    return {rotationKey(spec.id), spec.name, [codes](const Account& a) {
                return std::find(codes.begin(), codes.end(), a.code) != codes.end();
            }};
}

std::int64_t naturalSum(const std::vector<AccountBalance>& balances, const AccountGroup& group)
{
    std::int64_t sum = 0;
    for (const AccountBalance& b : balances)
        if (group.holds(b.account))
            sum = checkedAdd(sum, b.natural());
    return sum;
}

std::vector<FundBalanceLine> linesOf(const std::vector<AccountGroup>& groups, const std::vector<AccountBalance>& opening,
                                     const std::vector<AccountBalance>& closing)
{
    std::vector<FundBalanceLine> out;
    for (const AccountGroup& g : groups) {
        FundBalanceLine line{g.key, g.name, naturalSum(opening, g), naturalSum(closing, g)};
        if (g.alwaysShown || line.opening != 0 || line.closing != 0)
            out.push_back(std::move(line));
    }
    return out;
}

} // namespace

std::vector<FundBalanceLine> cashAndBankLines(const std::vector<AccountBalance>& opening,
                                              const std::vector<AccountBalance>& closing)
{
    return linesOf({exactly(accounts::Cash, true), exactly(accounts::Bank), exactly(accounts::MobileMoney)}, opening,
                   closing);
}

std::vector<FundBalanceLine> fundBalanceLines(const Book& book, const std::vector<AccountBalance>& opening,
                                              const std::vector<AccountBalance>& closing)
{
    std::vector<AccountGroup> groups;
    for (const RotationSpec& spec : book.rotations())
        groups.push_back(rotationGroup(spec));
    groups.push_back(startingWith("savings", "savings:"));
    groups.push_back(startingWith("loans", "loan:"));
    groups.push_back(startingWith("advances", "advance:"));
    groups.push_back(exactly(accounts::SocialFund));
    groups.push_back(exactly(accounts::SocialLoans));
    groups.push_back(exactly(accounts::PremiumsPayable));
    groups.push_back(ofKind("income", AccountKind::Income));
    groups.push_back(ofKind("expenses", AccountKind::Expense));
    return linesOf(groups, opening, closing);
}

} // namespace tontine::report
