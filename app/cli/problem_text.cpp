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
        {"relationship", "--relationship"},
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

std::string storageErrorText(const StorageError& e)
{
    std::string message = e.what();
    if (e.kind() == StorageError::Kind::Locked && message.find("in use") == std::string::npos)
        message = "the fund is in use by another program or window: " + message;
    return message;
}

} // namespace tontine::cli
