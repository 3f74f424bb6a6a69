#pragma once
// A small reader of the ledger text journal that the "ledger" export profile writes (not of
// ledger's whole language): transactions with a date and payee line, indented "; notes", and
// postings "ACCOUNT  AMOUNT COMMODITY". Tests use it to read an export back and check it
// balances; it throws std::runtime_error naming the line on anything it does not expect.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tontine::test {

struct LedgerPostingRead {
    std::string account;
    std::int64_t minor = 0; // amount in minor units
    std::string commodity;
};

struct LedgerTransactionRead {
    int line = 0;
    std::string date; // YYYY-MM-DD
    std::string payee;
    std::vector<std::string> notes;
    std::vector<LedgerPostingRead> postings;
};

// `decimals`: the currency's minor digits; amounts must carry exactly that many.
std::vector<LedgerTransactionRead> readLedgerJournal(std::string_view text, int decimals);

// Sum per account over all transactions, zero sums left out.
std::map<std::string, std::int64_t> ledgerAccountSums(const std::vector<LedgerTransactionRead>& transactions);

// Parses an amount "1250.50", "-20000" into minor units with `decimals` digits; throws when
// it is not written exactly that way.
std::int64_t parseLedgerAmount(std::string_view text, int decimals);

} // namespace tontine::test
