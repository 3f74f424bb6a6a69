#include "app/cli/problem_text.h"

#include <map>

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
    };
    auto it = names.find(field);
    return it == names.end() ? field : it->second;
}

std::string problemText(const Problem& p)
{
    std::string where;
    if (p.line > 0) {
        where = "line " + std::to_string(p.line);
        if (p.column > 0)
            where += ", column " + std::to_string(p.column);
        if (!p.field.empty())
            where += " (" + p.field + ")";
    } else if (!p.field.empty()) {
        where = optionForField(p.field);
    }
    return where.empty() ? p.text : where + ": " + p.text;
}

std::string storageErrorText(const StorageError& e)
{
    std::string message = e.what();
    if (e.kind() == StorageError::Kind::Locked && message.find("in use") == std::string::npos)
        message = "the fund is in use by another program or window: " + message;
    return message;
}

} // namespace tontine::cli
