// Ledger verbs: journal, balances, reverse, verify.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <algorithm>
#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

void entryJson(JsonWriter& j, const Entry& e, std::optional<EntrySeq> reversedBy)
{
    j.beginObject();
    j.field("seq", e.seq);
    j.field("date", e.date.iso());
    j.field("kind", entryKindCode(e.kind));
    j.field("operator", e.operatorName);
    j.field("writtenAt", e.writtenAt);
    j.field("memo", e.memo);
    j.key("reverses").value(e.reverses);
    j.key("reversedBy").value(reversedBy);
    j.field("subject", e.subject);
    j.field("action", e.action);
    j.field("payload", e.payload);
    j.key("postings").beginArray();
    for (const auto& p : e.postings) {
        j.beginObject();
        j.field("account", p.accountCode);
        j.field("amount", p.amount);
        j.endObject();
    }
    j.endArray();
    j.field("hash", toHex(e.hash));
    j.endObject();
}

std::string entryText(const Entry& e, std::optional<EntrySeq> reversedBy, const Currency& currency)
{
    std::string head = "#" + std::to_string(e.seq) + "  " + e.date.iso() + "  " + entryKindCode(e.kind);
    if (e.kind == EntryKind::Audit)
        head += "  " + e.subject + " " + e.action;
    else if (!e.action.empty())
        head += "  " + e.action;
    std::string text = head + "\n";
    text += "    by " + e.operatorName + ", written " + e.writtenAt + "\n";
    if (!e.memo.empty())
        text += "    memo: " + e.memo + "\n";
    if (e.reverses)
        text += "    reverses #" + std::to_string(*e.reverses) + "\n";
    if (reversedBy)
        text += "    reversed by #" + std::to_string(*reversedBy) + "\n";
    if (!e.postings.empty()) {
        std::size_t codeWidth = 0, amountWidth = 0;
        for (const auto& p : e.postings) {
            codeWidth = std::max(codeWidth, TextTable::displayWidth(p.accountCode));
            amountWidth = std::max(amountWidth, amountText(p.amount, currency).size());
        }
        for (const auto& p : e.postings) {
            std::string amount = amountText(p.amount, currency);
            text += "      " + p.accountCode
                    + std::string(codeWidth - TextTable::displayWidth(p.accountCode) + 2, ' ')
                    + std::string(amountWidth - amount.size(), ' ') + amount + "\n";
        }
    }
    return text;
}

int runJournal(CliContext& cx, const ParsedArgs& args)
{
    constexpr std::int64_t maxInt = std::numeric_limits<int>::max();
    EntrySeq from = 1;
    if (auto v = args.value("from"))
        from = CliContext::parseCount(*v, "--from", 1, std::numeric_limits<std::int64_t>::max());
    std::optional<std::int64_t> limit;
    if (auto v = args.value("limit"))
        limit = CliContext::parseCount(*v, "--limit", 1, maxInt);
    auto book = cx.openBook("journal", false);
    const Currency& currency = book->settings().currency();
    std::int64_t count = book->entryCount();
    if (!limit)
        limit = std::clamp<std::int64_t>(count - from + 1, 0, maxInt);
    std::vector<Entry> entries;
    if (*limit > 0 && from <= count)
        entries = book->journal(from, static_cast<int>(*limit));

    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", std::string(currency.code));
        j.field("entries", count);
        j.key("journal").beginArray();
        for (const auto& e : entries)
            entryJson(j, e, book->reversedBy(e.seq));
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Amounts in " << currency.code << "; debit positive.\n";
    for (const auto& e : entries)
        cx.out() << "\n" << entryText(e, book->reversedBy(e.seq), currency);
    if (entries.empty())
        cx.out() << "\nNo entries.\n";
    return 0;
}

int runBalances(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("balances", false);
    const Currency& currency = book->settings().currency();
    bool all = args.flag("all");
    std::vector<AccountBalance> shown;
    std::int64_t kindTotals[5] = {0, 0, 0, 0, 0};
    std::int64_t debitMinusCredit = 0;
    for (const auto& b : book->balances()) {
        kindTotals[static_cast<int>(b.account.kind)] += b.natural();
        debitMinusCredit += b.debitMinusCredit;
        if (all || b.debitMinusCredit != 0)
            shown.push_back(b);
    }
    const AccountKind kinds[] = {AccountKind::Asset, AccountKind::Liability, AccountKind::Equity,
                                 AccountKind::Income, AccountKind::Expense};
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", std::string(currency.code));
        j.key("accounts").beginArray();
        for (const auto& b : shown) {
            j.beginObject();
            j.field("code", b.account.code);
            j.field("name", b.account.name);
            j.field("kind", accountKindCode(b.account.kind));
            j.key("member").value(b.account.memberId ? std::optional<std::int64_t>(*b.account.memberId)
                                                     : std::nullopt);
            j.field("balance", b.natural());
            j.field("debitMinusCredit", b.debitMinusCredit);
            j.endObject();
        }
        j.endArray();
        j.key("totals").beginObject();
        for (AccountKind k : kinds)
            j.field(accountKindCode(k), kindTotals[static_cast<int>(k)]);
        j.endObject();
        j.field("debitMinusCredit", debitMinusCredit);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    TextTable t({{"Account"}, {"Name"}, {"Kind"}, {"Balance", TextTable::Align::Right}});
    for (const auto& b : shown)
        t.addRow({b.account.code, b.account.name, accountKindCode(b.account.kind),
                  amountText(b.natural(), currency)});
    cx.out() << "Balances in " << currency.code << " (assets and expenses debit-positive, the rest "
             << "credit-positive).\n\n";
    if (shown.empty())
        cx.out() << "No account has a balance.\n";
    else
        cx.out() << t.render();
    TextTable totals({{"Total"}, {"Balance", TextTable::Align::Right}});
    for (AccountKind k : kinds)
        totals.addRow({accountKindCode(k), amountText(kindTotals[static_cast<int>(k)], currency)});
    cx.out() << "\n" << totals.render();
    cx.out() << (debitMinusCredit == 0 ? "Debits equal credits.\n" : "DEBITS DO NOT EQUAL CREDITS.\n");
    return 0;
}

int runReverse(CliContext& cx, const ParsedArgs& args)
{
    EntrySeq seq = CliContext::parseCount(*args.positional(0), "SEQ", 1,
                                          std::numeric_limits<std::int64_t>::max());
    std::string reason = *args.value("reason");
    auto book = cx.openBook("reverse", true);
    Actor actor = cx.actor(*book, args);
    EntrySeq reversal = book->reverse(seq, reason, actor);
    cx.out() << "Entry " << reversal << " reverses entry " << seq << ".\n";
    if (auto e = book->entry(reversal); e && isRotationRecords(e->payload))
        cx.out() << "The rotation records it made are reversed with it (see 'rotation arrears').\n";
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runVerify(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("verify", false);
    VerifyReport r = book->verify();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("ok", r.ok());
        j.field("integrityOk", r.integrityOk);
        j.field("integrityMessage", r.integrityMessage);
        j.field("entriesChecked", r.entriesChecked);
        j.key("firstBadEntry").value(r.firstBadEntry);
        j.field("problem", r.problem);
        j.field("chainHead", r.head.shortText());
        j.endObject();
        cx.out() << j.str();
    } else {
        FieldList f;
        f.add("Integrity", r.integrityOk ? "ok" : r.integrityMessage);
        f.add("Entries checked", std::to_string(r.entriesChecked));
        if (r.firstBadEntry)
            f.add("First bad entry", "#" + std::to_string(*r.firstBadEntry));
        if (!r.problem.empty())
            f.add("Problem", r.problem);
        f.add("Chain head", r.head.shortText());
        cx.out() << f.render() << (r.ok() ? "ok\n" : "FAILED\n");
    }
    if (r.ok())
        return 0;
    std::string what = r.firstBadEntry ? "first bad entry #" + std::to_string(*r.firstBadEntry) + ": " + r.problem
                       : !r.integrityOk ? "integrity check: " + r.integrityMessage
                                        : r.problem;
    cx.err() << "verification failed: " << what << "\n";
    return 4;
}

} // namespace

std::vector<Verb> ledgerVerbs()
{
    std::vector<Verb> verbs;

    Verb journal;
    journal.name = "journal";
    journal.summary = "List entries in chain order, with their postings.";
    journal.usage = "[--from SEQ] [--limit N]";
    journal.details = "  --from SEQ  first entry to show (default: 1)\n"
                      "  --limit N   show at most N entries (default: all)\n"
                      "  Money entries list their postings (debit positive); audit entries show\n"
                      "  what changed (subject and action).\n";
    journal.spec.valueOptions = {"from", "limit"};
    journal.json = true;
    journal.run = runJournal;
    verbs.push_back(journal);

    Verb balances;
    balances.name = "balances";
    balances.summary = "Account balances (derived from the postings) and totals by kind.";
    balances.usage = "[--all]";
    balances.details = "  --all  also list accounts with a zero balance\n";
    balances.spec.flags = {"all"};
    balances.json = true;
    balances.run = runBalances;
    verbs.push_back(balances);

    Verb reverse;
    reverse.name = "reverse";
    reverse.summary = "Reverse an entry (the only way to correct the books).";
    reverse.usage = "SEQ --reason TEXT";
    reverse.details = "  SEQ            the entry to reverse\n"
                      "  --reason TEXT  why (required; recorded as the reversal's memo)\n"
                      "  An entry can be reversed once; the reversal names the original.\n"
                      "  Money recorded at a meeting is reversed while a meeting is open, on its\n"
                      "  date (--date); the reversal belongs to that meeting. A reversed due payment\n"
                      "  makes the due owed again.\n";
    reverse.spec.valueOptions = {"reason"};
    reverse.spec.required = {"reason"};
    reverse.spec.positionals = {"SEQ"};
    reverse.writes = true;
    reverse.run = runReverse;
    verbs.push_back(reverse);

    Verb verify;
    verify.name = "verify";
    verify.summary = "Check the file's integrity and recompute the hash chain.";
    verify.details = "  Prints the chain head (e.g. 142-9f3a1c2b) to compare with the one on paper.\n"
                     "  Exit code 4 when anything does not match, naming the first bad entry.\n";
    verify.json = true;
    verify.run = runVerify;
    verbs.push_back(verify);

    return verbs;
}

} // namespace tontine::cli
