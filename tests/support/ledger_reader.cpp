#include "tests/support/ledger_reader.h"

#include <stdexcept>

namespace tontine::test {

namespace {

[[noreturn]] void fail(int line, const std::string& what)
{
    throw std::runtime_error("ledger line " + std::to_string(line) + ": " + what);
}

bool isDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

} // namespace

std::int64_t parseLedgerAmount(std::string_view text, int decimals)
{
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        ++i;
    std::int64_t value = 0;
    int fraction = -1;
    bool digits = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && fraction < 0) {
            fraction = 0;
            continue;
        }
        if (c < '0' || c > '9')
            throw std::runtime_error("not an amount: " + std::string(text));
        value = value * 10 + (c - '0');
        digits = true;
        if (fraction >= 0)
            ++fraction;
    }
    if (!digits || (decimals == 0 ? fraction != -1 : fraction != decimals))
        throw std::runtime_error("amount without exactly " + std::to_string(decimals) + " decimals: " + std::string(text));
    return negative ? -value : value;
}

std::vector<LedgerTransactionRead> readLedgerJournal(std::string_view text, int decimals)
{
    std::vector<LedgerTransactionRead> out;
    int lineNo = 0;
    std::size_t pos = 0;
    bool inTransaction = false;
    while (pos < text.size()) {
        const std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            fail(lineNo + 1, "the file does not end with a line break");
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.find('\r') != std::string_view::npos || line.find('\t') != std::string_view::npos)
            fail(lineNo, "a carriage return or tab");
        if (line.empty()) {
            inTransaction = false;
            continue;
        }
        if (line[0] == ';') {
            if (inTransaction)
                fail(lineNo, "a top-level comment inside a transaction");
            continue;
        }
        if (line.substr(0, 4) == "    ") {
            if (!inTransaction)
                fail(lineNo, "an indented line outside a transaction");
            const std::string_view body = line.substr(4);
            if (body.substr(0, 2) == "; ") {
                out.back().notes.emplace_back(body.substr(2));
                continue;
            }
            const std::size_t gap = body.find("  ");
            if (gap == std::string_view::npos || gap == 0)
                fail(lineNo, "a posting without two spaces between account and amount");
            const std::string_view account = body.substr(0, gap);
            const std::string_view amount = body.substr(gap + 2);
            const std::size_t space = amount.find(' ');
            if (space == std::string_view::npos)
                fail(lineNo, "an amount without a commodity");
            LedgerPostingRead p;
            p.account = std::string(account);
            p.minor = parseLedgerAmount(amount.substr(0, space), decimals);
            p.commodity = std::string(amount.substr(space + 1));
            if (p.account.find(' ') != std::string::npos || p.account.find(';') != std::string::npos)
                fail(lineNo, "an account name with a space or ';'");
            out.back().postings.push_back(p);
            continue;
        }
        if (inTransaction)
            fail(lineNo, "a transaction line without a blank line before it");
        if (!isDate(line.substr(0, 10)) || line.size() < 12 || line[10] != ' ')
            fail(lineNo, "a transaction must start with YYYY-MM-DD and a space");
        LedgerTransactionRead t;
        t.line = lineNo;
        t.date = std::string(line.substr(0, 10));
        t.payee = std::string(line.substr(11));
        if (t.payee.find("  ") != std::string::npos || t.payee.find(';') != std::string::npos ||
            t.payee.front() == ' ' || t.payee.front() == '*' || t.payee.front() == '!' || t.payee.front() == '(')
            fail(lineNo, "a payee ledger or hledger would read differently: " + t.payee);
        out.push_back(t);
        inTransaction = true;
    }
    return out;
}

std::map<std::string, std::int64_t> ledgerAccountSums(const std::vector<LedgerTransactionRead>& transactions)
{
    std::map<std::string, std::int64_t> sums;
    for (const auto& t : transactions)
        for (const auto& p : t.postings)
            sums[p.account] += p.minor;
    for (auto it = sums.begin(); it != sums.end();)
        it = it->second == 0 ? sums.erase(it) : std::next(it);
    return sums;
}

} // namespace tontine::test
