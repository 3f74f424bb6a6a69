#include "app/cli/problem_text.h"

#include "core/money/money.h"

#include <cctype>
#include <map>
#include <set>

namespace tontine::cli {

std::string optionForField(const std::string& field)
{
    // Core names fields after MemberInput / FundSettings members; people typed options.
    static const std::map<std::string, std::string> names = {
        {"lastName", "--last-name"},      {"otherNames", "--other-names"},
        {"sex", "--sex"},                 {"birthDate", "--birth-date"},
        {"phone", "--phone"},             {"idDocType", "--id-type"},
        {"idDocNumber", "--id-number"},   {"village", "--village"},
        {"municipality", "--municipality"}, {"district", "--district"},
        {"region", "--region"},           {"joinedOn", "--joined"},
        {"householdHead", "--household-head"}, {"insuranceNumber", "--insurance-number"},
        {"roundingUnit", "--rounding"},   {"currencyCode", "--currency"},
        {"frequency", "--frequency"},     {"language", "--language"},
        {"backupKeep", "--backup-keep"},  {"operatorName", "--as"},
        {"operator", "--as"},
        // Meetings: both cash counts are typed with --cash, both notes with --note.
        {"openingCounted", "--cash"},     {"closingCounted", "--cash"},
        {"openingNote", "--note"},        {"closingNote", "--note"},
        {"fineLate", "--fine-late"},      {"fineAbsent", "--fine-absent"},
        {"fineExcused", "--fine-excused"},
    };
    auto it = names.find(field);
    return it == names.end() ? field : it->second;
}

std::string csvColumnForField(const std::string& field)
{
    // The members CSV names its columns in snake_case, mostly after the MemberInput fields.
    static const std::map<std::string, std::string> exceptions = {
        {"idDocType", "id_type"}, {"idDocNumber", "id_number"}};
    if (auto it = exceptions.find(field); it != exceptions.end())
        return it->second;
    std::string column;
    for (char c : field) {
        if (c >= 'A' && c <= 'Z') {
            column += '_';
            column += static_cast<char>(c - 'A' + 'a');
        } else {
            column += c;
        }
    }
    return column;
}

namespace {
bool startsWithNoCase(const std::string& text, const std::string& prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i]))
            != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}
} // namespace

std::string problemText(const Problem& p)
{
    std::string text = p.text;
    std::string where;
    if (p.line > 0) {
        where = "line " + std::to_string(p.line);
        if (p.column > 0)
            where += ", column " + std::to_string(p.column);
        // Some messages already say where they are; say it once.
        if (startsWithNoCase(text, where + ": "))
            text = text.substr(where.size() + 2);
        if (!p.field.empty())
            where += " (" + csvColumnForField(p.field) + ")";
    } else if (!p.field.empty()) {
        where = optionForField(p.field);
    }
    return where.empty() ? text : where + ": " + text;
}

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

std::string majorUnitsText(const std::string& text, const Currency& currency)
{
    if (currency.decimals == 0)
        return text;
    std::string out;
    std::size_t i = 0;
    std::size_t lastEnd = std::string::npos; // end of the last number, when it was a member number
    while (i < text.size()) {
        const bool minus = text[i] == '-' && i + 1 < text.size() && isDigit(text[i + 1]);
        const bool startsNumber = (isDigit(text[i]) || minus)
                                  && (i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1]))
                                                  || text[i - 1] == '.' || text[i - 1] == '-'));
        if (!startsNumber) {
            out += text[i++];
            continue;
        }
        std::size_t end = i + (minus ? 1 : 0);
        while (end < text.size() && isDigit(text[end]))
            ++end;
        // "14 250": the share-out note groups thousands with a space.
        while (end + 4 <= text.size() && text[end] == ' ' && isDigit(text[end + 1]) && isDigit(text[end + 2])
               && isDigit(text[end + 3]) && (end + 4 == text.size() || !isDigit(text[end + 4])))
            end += 4;
        const std::string token = text.substr(i, end - i);
        // Member numbers: "Member 3", "member 3", "members 1, 2 and 7", "(no. 3)"; a list goes on
        // after ", " or " and " from a member number.
        const std::string gap = lastEnd == std::string::npos ? std::string() : text.substr(lastEnd, i - lastEnd);
        const bool member = endsWith(out, "Member ") || endsWith(out, "member ") || endsWith(out, "members ")
                            || endsWith(out, "no. ")
                            || (lastEnd != std::string::npos && (gap == ", " || gap == " and "));
        // Counts: "2 units", "1 unit", and dates or codes glued to other characters.
        const bool count = text.compare(end, 5, " unit") == 0;
        const bool glued = end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-'
                                                 || (text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1])));
        if (member || count || glued) {
            out += token;
        } else {
            std::string digits;
            for (char c : token)
                if (c != ' ')
                    digits += c;
            out += formatPlain(std::stoll(digits), currency);
        }
        lastEnd = member ? end : std::string::npos;
        i = end;
    }
    return out;
}

bool textHasMinorUnits(const std::string& code)
{
    static const std::set<std::string> codes = {
        "cycle.share_price_unit", "savings.amount_positive", "savings.amount_unit", "savings.above_free",
        "social.negative_amount",  "social.amount_unit",      "social.insufficient", "grant.not_fixed_amount",
        "grant.above_ceiling",     "social_loan.above_max",   "shareout.negative_amount",
        "shareout.loss_above_savings", "shareout.repay_first"};
    return codes.count(code) > 0;
}

Problems withMajorUnits(const Problems& problems, const Currency& currency)
{
    Problems out = problems;
    for (auto& p : out)
        if (textHasMinorUnits(p.code))
            p.text = majorUnitsText(p.text, currency);
    return out;
}

std::string storageErrorText(const StorageError& e)
{
    std::string message = e.what();
    if (e.kind() == StorageError::Kind::Locked && message.find("in use") == std::string::npos)
        message = "the fund is in use by another program or window: " + message;
    return message;
}

} // namespace tontine::cli
