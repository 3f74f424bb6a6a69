// Parsing of the loan, guarantee and portfolio verbs' arguments (loan_args.h).
#include "app/cli/loan_args.h"

#include "app/cli/cli_context.h"
#include "app/cli/loan_text.h"
#include "core/error/errors.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace tontine::cli {

const FieldNames loanFields = {
    {"borrower", "--member"},           {"member", "--member"},
    {"product", "--product"},           {"principal", "--amount"},
    {"amount", "--amount"},             {"termMonths", "--term"},
    {"custom", "--custom"},             {"purpose", "--purpose"},
    {"guarantors", "--guarantor"},      {"guarantor", "--guarantor"},
    {"approvers", "--by"},              {"reason", "--reason"},
    {"topUp", "--top-up"},              {"method", "--method"},
    {"supplier", "--supplier"},         {"until", "--until"},
    {"name", "--name"},                 {"rateBasisPoints", "--rate"},
    {"minTermMonths", "--term-min"},    {"maxTermMonths", "--term-max"},
    {"savingsMultiplePercent", "--multiple"}, {"maxAmount", "--max-amount"},
    {"guarantorsRequired", "--guarantors"}, {"pledgeBasisPoints", "--pledge"},
    {"penalty", "--penalty"},           {"topUpMinRepaidPercent", "--top-up"},
    {"committee", "--committee"},       {"approvalsRequired", "--approvals"},
    {"maxDaysLateToBorrow", "--max-days-late"}, {"guarantorExposurePercent", "--exposure"},
};

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

std::string lower(std::string text)
{
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// Cuts at `sep` and trims each part (names keep their inner spaces, unlike splitOn).
std::vector<std::string> items(const std::string& text, char sep)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(sep, start);
        parts.push_back(trimmed(text.substr(start, end == std::string::npos ? std::string::npos : end - start)));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

bool allDigits(const std::string& text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

MemberId memberRef(const Book& book, const std::string& text, const std::string& option)
{
    if (allDigits(text)) {
        const MemberId id = CliContext::parseCount(text, option, 1, maxId);
        if (!book.member(id))
            throw ValidationError(option, "member.unknown", "no member number " + text, {text});
        return id;
    }
    std::vector<MemberId> found;
    for (const auto& m : book.members(MemberQuery{text, true}))
        if (lower(m.fullName()) == lower(trimmed(text)))
            found.push_back(m.id);
    if (found.empty())
        throw ValidationError(option, "member.unknown", "no member number or name '" + text + "'", {text});
    if (found.size() > 1) {
        std::string numbers;
        for (auto id : found)
            numbers += (numbers.empty() ? "" : ", ") + std::to_string(id);
        throw ValidationError(option, "member.ambiguous",
                              "several members are named '" + text + "': give the number (" + numbers + ")", {text});
    }
    return found.front();
}

std::vector<MemberId> memberRefs(const Book& book, const std::string& text, const std::string& option)
{
    std::vector<MemberId> members;
    for (const auto& item : items(text, ',')) {
        const MemberId m = memberRef(book, item, option);
        if (std::find(members.begin(), members.end(), m) != members.end())
            throw ValidationError(option, "member.twice", "member " + item + " is listed twice", {item});
        members.push_back(m);
    }
    return members;
}

Loan requireLoanArg(const Book& book, const std::string& text)
{
    const LoanId id = CliContext::parseCount(text, "LOAN", 1, maxId);
    auto loan = book.loan(id);
    if (!loan)
        throw ValidationError("LOAN", "loan.unknown", "There is no loan " + text, {text});
    return *loan;
}

GroupGuarantee requireGuaranteeArg(const Book& book, const std::string& text)
{
    const GuaranteeId id = CliContext::parseCount(text, "GUARANTEE", 1, maxId);
    for (const auto& g : book.guarantees())
        if (g.id == id)
            return g;
    throw ValidationError("GUARANTEE", "guarantee.unknown", "There is no group guarantee " + text, {text});
}

LoanProduct requireProductArg(const Book& book, const std::string& text, const std::string& option)
{
    const LoanProductId id = CliContext::parseCount(text, option, 1, maxId);
    for (const auto& p : book.loanProducts())
        if (p.id == id)
            return p;
    throw ValidationError(option, "loan.product_unknown",
                          "There is no loan product " + text + " (see 'loan product list')", {text});
}

int percentArg(const std::string& text, const std::string& option, int maxBasisPoints)
{
    const auto dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    const std::string decimals = dot == std::string::npos ? "" : text.substr(dot + 1);
    const bool shape = allDigits(whole) && whole.size() <= 6 && (dot == std::string::npos || allDigits(decimals));
    if (!shape)
        throw ValidationError(option, "percent.invalid", "not a percentage (e.g. 1 or 1.25): '" + text + "'", {text});
    if (decimals.size() > 2)
        throw ValidationError(option, "percent.decimals",
                              "at most two decimals in a percentage (1.25 is 125 basis points): '" + text + "'",
                              {text});
    const std::int64_t bp = std::stoll(whole) * 100 + (decimals.empty() ? 0 : std::stoll(decimals + std::string(2 - decimals.size(), '0')));
    if (bp > maxBasisPoints)
        throw ValidationError(option, "percent.range", "must be at most " + percentText(maxBasisPoints) + ": " + text,
                              {text});
    return static_cast<int>(bp);
}

std::vector<CustomInstalment> customArg(const std::string& text, const Currency& currency, const std::string& option)
{
    std::vector<CustomInstalment> lines;
    for (const auto& item : items(text, ',')) {
        const auto colon = item.find(':');
        if (colon == std::string::npos)
            throw ValidationError(option, "option.invalid",
                                  "write YYYY-MM-DD:AMOUNT, separated by commas: '" + item + "'", {item});
        CustomInstalment line;
        line.dueOn = CliContext::parseDate(item.substr(0, colon), option);
        line.principal = CliContext::parseAmount(item.substr(colon + 1), currency, option);
        lines.push_back(line);
    }
    return lines;
}

std::vector<GuarantorPledge> guarantorArgs(const Book& book, const std::vector<std::string>& values,
                                           const Currency& currency, std::int64_t defaultPledge)
{
    std::vector<GuarantorPledge> pledges;
    for (const auto& value : values) {
        const auto colon = value.rfind(':');
        GuarantorPledge p;
        p.guarantor = memberRef(book, value.substr(0, colon), "--guarantor");
        p.pledge = colon == std::string::npos ? defaultPledge
                                              : CliContext::parseAmount(value.substr(colon + 1), currency, "--guarantor");
        pledges.push_back(p);
    }
    return pledges;
}

} // namespace tontine::cli
