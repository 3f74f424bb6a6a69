// Savings verbs that move money or show it: savings opening, buy, save, withdraw, balances,
// records. Money goes into the open cycle at the open meeting; core checks the limits, the
// cycle's rules and what is free, and writes nothing when it refuses.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/meeting_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/savings_json.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

// A money use case's problems name its arguments as the verb's usage line does.
const FieldNames moneyFields = {{"member", "MEMBER"}, {"shares", "SHARES"}, {"amount", "AMOUNT"}};
const FieldNames openingFields = {{"member", "MEMBER"}, {"shares", "--shares"}, {"amount", "--amount"}};

// The member's position in the cycle after a change (zeros when they hold nothing).
MemberSavings positionOf(const Book& book, SavingsCycleId cycle, MemberId member)
{
    for (const auto& b : book.savingsBalances(cycle))
        if (b.member == member)
            return b;
    MemberSavings none;
    none.member = member;
    return none;
}

void printPosition(std::ostream& out, const Book& book, const SavingsCycle& cycle, MemberId member,
                   const Currency& currency)
{
    const MemberSavings p = positionOf(book, cycle.id, member);
    out << "Now " << sharesText(p.shares) << ", " << amountText(p.saved, currency) << " " << currency.code
        << " saved in cycle " << cycle.id << " (" << amountText(p.free(), currency) << " free).\n"
        << "Chain head: " << book.chainHead().shortText() << "\n";
}

int runOpening(CliContext& cx, const ParsedArgs& args)
{
    const MemberId member = memberArg(*args.positional(0), "MEMBER");
    const int shares = static_cast<int>(CliContext::parseCount(*args.value("shares"), "--shares", 0, 1000000));
    auto book = cx.openBook("savings opening", true);
    const Currency& currency = book->settings().currency();
    const SavingsCycle cycle = requireOpenCycle(*book);
    // Without --amount the shares are worth what they cost in this cycle.
    const std::int64_t amount = args.value("amount")
                                    ? CliContext::parseAmount(*args.value("amount"), currency, "--amount")
                                    : sharesValue(cycle.sharePrice, shares, "--shares");
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq = renamingFields(openingFields, [&] {
        return book->recordOpeningShares(cycle.id, member, shares, amount, actor);
    });
    cx.out() << "Entry " << seq << ": opening savings of " << memberLine(*book, member) << " in cycle " << cycle.id
             << ": " << sharesText(shares) << ", " << amountText(amount, currency) << " " << currency.code << ".\n";
    printPosition(cx.out(), *book, cycle, member, currency);
    book->close();
    return 0;
}

int runBuy(CliContext& cx, const ParsedArgs& args)
{
    const MemberId member = memberArg(*args.positional(0), "MEMBER");
    const int shares = static_cast<int>(CliContext::parseCount(*args.positional(1), "SHARES", 1, 1000000));
    auto book = cx.openBook("savings buy", true);
    const Currency& currency = book->settings().currency();
    const SavingsCycle cycle = requireOpenCycle(*book);
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq =
        renamingFields(moneyFields, [&] { return book->buyShares(cycle.id, member, shares, actor); });
    cx.out() << "Entry " << seq << ": " << memberLine(*book, member) << " bought " << sharesText(shares) << " for " << amountText(sharesValue(cycle.sharePrice, shares, "SHARES"), currency)
             << " " << currency.code << ".\n";
    printPosition(cx.out(), *book, cycle, member, currency);
    book->close();
    return 0;
}

int runSave(CliContext& cx, const ParsedArgs& args)
{
    const MemberId member = memberArg(*args.positional(0), "MEMBER");
    auto book = cx.openBook("savings save", true);
    const Currency& currency = book->settings().currency();
    const std::int64_t amount = CliContext::parseAmount(*args.positional(1), currency, "AMOUNT");
    const SavingsCycle cycle = requireOpenCycle(*book);
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq =
        renamingFields(moneyFields, [&] { return book->saveVoluntary(cycle.id, member, amount, actor); });
    cx.out() << "Entry " << seq << ": " << memberLine(*book, member) << " saved " << amountText(amount, currency)
             << " " << currency.code << " (voluntary).\n";
    printPosition(cx.out(), *book, cycle, member, currency);
    book->close();
    return 0;
}

int runWithdraw(CliContext& cx, const ParsedArgs& args)
{
    const MemberId member = memberArg(*args.positional(0), "MEMBER");
    auto book = cx.openBook("savings withdraw", true);
    const Currency& currency = book->settings().currency();
    const std::int64_t amount = CliContext::parseAmount(*args.positional(1), currency, "AMOUNT");
    const SavingsCycle cycle = requireOpenCycle(*book);
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq =
        renamingFields(moneyFields, [&] { return book->withdrawSavings(cycle.id, member, amount, actor); });
    cx.out() << "Entry " << seq << ": " << memberLine(*book, member) << " withdrew "
             << amountText(amount, currency) << " " << currency.code << ".\n";
    printPosition(cx.out(), *book, cycle, member, currency);
    book->close();
    return 0;
}

int runBalances(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("savings balances", false);
    const Currency& currency = book->settings().currency();
    const SavingsCycle cycle = cycleOption(*book, args);
    const auto balances = book->savingsBalances(cycle.id);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("cycle", static_cast<std::int64_t>(cycle.id));
        j.field("cycleName", cycle.name);
        j.field("currency", currency.code);
        j.field("sharePrice", cycle.sharePrice);
        savingsBalancesJson(j, *book, balances);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Savings cycle " << cycle.id << " \"" << cycle.name << "\", share price "
             << amountText(cycle.sharePrice, currency) << ", in " << currency.code
             << (cycle.sharedOn ? ", shared out on " + cycle.sharedOn->iso() : std::string()) << ".\n\n";
    if (balances.empty()) {
        cx.out() << "No member has savings in this cycle.\n";
        return 0;
    }
    TextTable t({{"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Shares", TextTable::Align::Right},
                 {"Saved", TextTable::Align::Right},
                 {"Pledged", TextTable::Align::Right},
                 {"Owed", TextTable::Align::Right},
                 {"Free", TextTable::Align::Right}});
    std::int64_t shares = 0;
    std::int64_t saved = 0;
    for (const auto& b : balances) {
        t.addRow({std::to_string(b.member), memberName(*book, b.member), std::to_string(b.shares),
                  amountText(b.saved, currency), amountText(b.pledged, currency), amountText(b.owed, currency),
                  amountText(b.free(), currency)});
        shares += b.shares;
        saved += b.saved;
    }
    t.addRow({"", "Total", std::to_string(shares), amountText(saved, currency), "", "", ""});
    cx.out() << t.render();
    return 0;
}

int runRecords(CliContext& cx, const ParsedArgs& args)
{
    std::optional<MemberId> member;
    if (auto v = args.value("member"))
        member = memberArg(*v, "--member");
    auto book = cx.openBook("savings records", false);
    const Currency& currency = book->settings().currency();
    if (member && !book->member(*member))
        throw ValidationError("--member", "member.unknown", "no member number " + std::to_string(*member),
                              {std::to_string(*member)});
    const SavingsCycle cycle = cycleOption(*book, args);
    const auto records = book->savingsRecords(cycle.id, member);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("cycle", static_cast<std::int64_t>(cycle.id));
        j.field("currency", currency.code);
        savingsRecordsJson(j, *book, records);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Savings records of cycle " << cycle.id << " \"" << cycle.name << "\""
             << (member ? ", " + memberLine(*book, *member) : std::string()) << ", in " << currency.code << ".\n\n";
    if (records.empty()) {
        cx.out() << "No savings recorded.\n";
        return 0;
    }
    TextTable t({{"Date"},
                 {"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Kind"},
                 {"Shares", TextTable::Align::Right},
                 {"Amount", TextTable::Align::Right}});
    for (const auto& r : records)
        t.addRow({r.date.iso(), std::to_string(r.member), memberName(*book, r.member), savingsKindCode(r.kind),
                  r.shares ? std::to_string(r.shares) : "", amountText(r.amount, currency)});
    cx.out() << t.render();
    return 0;
}

} // namespace

std::vector<Verb> savingsMoneyVerbs()
{
    std::vector<Verb> verbs;

    Verb opening;
    opening.name = "savings opening";
    opening.summary = "Record a member's opening savings in the open cycle (a group with history).";
    opening.usage = "MEMBER --shares K [--amount AMOUNT]";
    opening.details = "  MEMBER           the member's number\n"
                      "  --shares K       the shares they held when the books started here\n"
                      "  --amount AMOUNT  what those savings are worth, in major units (default: K\n"
                      "                   times the cycle's share price)\n"
                      "  Once per member per cycle, before their first purchase; the money is\n"
                      "  already in the box (cash and savings both go up). Unlike 'member\n"
                      "  opening-savings', they belong to the cycle: held from its start, shared out.\n";
    opening.spec.positionals = {"MEMBER"};
    opening.spec.valueOptions = {"shares", "amount"};
    opening.spec.required = {"shares"};
    opening.writes = true;
    opening.run = runOpening;
    verbs.push_back(opening);

    Verb buy;
    buy.name = "savings buy";
    buy.summary = "Record shares a member buys at the open meeting.";
    buy.usage = "MEMBER SHARES";
    buy.details = "  MEMBER  the member's number\n"
                  "  SHARES  how many shares, a whole number; with what they already bought at this\n"
                  "          meeting, within the cycle's minimum and maximum\n"
                  "  They pay SHARES times the cycle's share price into the box.\n";
    buy.spec.positionals = {"MEMBER", "SHARES"};
    buy.writes = true;
    buy.run = runBuy;
    verbs.push_back(buy);

    Verb save;
    save.name = "savings save";
    save.summary = "Record a voluntary saving in a free amount (when the cycle allows it).";
    save.usage = "MEMBER AMOUNT";
    save.details = "  MEMBER  the member's number\n"
                   "  AMOUNT  what they save, in major units\n";
    save.spec.positionals = {"MEMBER", "AMOUNT"};
    save.writes = true;
    save.run = runSave;
    verbs.push_back(save);

    Verb withdraw;
    withdraw.name = "savings withdraw";
    withdraw.summary = "Pay out part of a member's savings before share-out (when allowed).";
    withdraw.usage = "MEMBER AMOUNT";
    withdraw.details = "  MEMBER  the member's number\n"
                       "  AMOUNT  what they take out, in major units; never more than is free:\n"
                       "          their savings minus what they pledged as a guarantor and owe\n";
    withdraw.spec.positionals = {"MEMBER", "AMOUNT"};
    withdraw.writes = true;
    withdraw.run = runWithdraw;
    verbs.push_back(withdraw);

    Verb balances;
    balances.name = "savings balances";
    balances.summary = "Show every member's shares and savings in a cycle, and what is free.";
    balances.usage = "[--cycle ID]";
    balances.details = "  --cycle ID  the cycle (default: the open one, else the last one)\n"
                       "  Free = saved - pledged as a guarantor - owed: what may be withdrawn.\n";
    balances.spec.valueOptions = {"cycle"};
    balances.json = true;
    balances.run = runBalances;
    verbs.push_back(balances);

    Verb records;
    records.name = "savings records";
    records.summary = "List a cycle's savings records: opening, shares, voluntary, withdrawals.";
    records.usage = "[--member N] [--cycle ID]";
    records.details = "  --member N  only this member's records\n"
                      "  --cycle ID  the cycle (default: the open one, else the last one)\n";
    records.spec.valueOptions = {"member", "cycle"};
    records.json = true;
    records.run = runRecords;
    verbs.push_back(records);

    return verbs;
}

} // namespace tontine::cli
