// Due verbs: due list, due pay. A due is what a member owes outside the ledger (attendance
// fines for now); paying one is money, so it happens at the open meeting.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/meeting_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <limits>
#include <string>
#include <ostream>

namespace tontine::cli {

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

std::optional<Due> findDue(const Book& book, DueId id)
{
    for (auto& d : book.dues(std::nullopt, false))
        if (d.id == id)
            return d;
    return std::nullopt;
}

int runDueList(CliContext& cx, const ParsedArgs& args)
{
    std::optional<MemberId> member;
    if (auto v = args.value("member"))
        member = CliContext::parseCount(*v, "--member", 1, maxId);
    auto book = cx.openBook("due list", false);
    const Currency& currency = book->settings().currency();
    if (member && !book->member(*member))
        throw ValidationError("--member", "member.unknown", "no member number " + std::to_string(*member),
                              {std::to_string(*member)});
    auto dues = book->dues(member, !args.flag("all"));
    std::int64_t owed = 0;
    for (const auto& d : dues)
        owed += d.outstanding();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", std::string(currency.code));
        j.key("dues").beginArray();
        for (const auto& d : dues)
            dueJson(j, d, memberName(*book, d.member));
        j.endArray();
        j.field("totalOutstanding", owed);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (dues.empty()) {
        cx.out() << (args.flag("all") ? "No dues.\n" : "Nothing is owed.\n");
        return 0;
    }
    TextTable t({{"Due", TextTable::Align::Right},
                 {"Member", TextTable::Align::Right},
                 {"Name"},
                 {"What"},
                 {"Date"},
                 {"Meeting", TextTable::Align::Right},
                 {"Amount", TextTable::Align::Right},
                 {"Paid", TextTable::Align::Right},
                 {"Owed", TextTable::Align::Right}});
    for (const auto& d : dues)
        t.addRow({std::to_string(d.id), std::to_string(d.member), memberName(*book, d.member), d.kind,
                  d.dueOn.iso(), d.meeting ? std::to_string(*d.meeting) : "", amountText(d.amount, currency),
                  amountText(d.paid, currency), amountText(d.outstanding(), currency)});
    t.addRow({"", "", "Total", "", "", "", "", "", amountText(owed, currency)});
    cx.out() << "Dues in " << currency.code << (args.flag("all") ? "" : ", still owed") << ".\n\n" << t.render();
    return 0;
}

int runDuePay(CliContext& cx, const ParsedArgs& args)
{
    DueId id = CliContext::parseCount(*args.positional(0), "DUE", 1, maxId);
    auto book = cx.openBook("due pay", true);
    const Currency& currency = book->settings().currency();
    std::int64_t amount = CliContext::parseAmount(*args.positional(1), currency, "AMOUNT");
    Actor actor = cx.actor(*book, args);
    const EntrySeq seq = book->payDue(id, amount, actor);
    Due d = *findDue(*book, id);
    cx.out() << "Entry " << seq << ": " << amountText(amount, currency) << " " << currency.code << " paid on due "
             << id << " (" << memberName(*book, d.member) << ", " << d.kind << "); "
             << (d.outstanding() > 0 ? amountText(d.outstanding(), currency) + " still owed" : "paid in full")
             << ".\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> dueVerbs()
{
    std::vector<Verb> verbs;

    Verb list;
    list.name = "due list";
    list.summary = "List what members owe (attendance fines), with what was paid.";
    list.usage = "[--member N] [--all]";
    list.details = "  --member N  only this member's dues\n"
                   "  --all       also dues already paid in full\n";
    list.spec.valueOptions = {"member"};
    list.spec.flags = {"all"};
    list.json = true;
    list.run = runDueList;
    verbs.push_back(list);

    Verb pay;
    pay.name = "due pay";
    pay.summary = "Record a payment on a due at the open meeting (part or all of it).";
    pay.usage = "DUE AMOUNT";
    pay.details = "  DUE     the due's number (see 'due list')\n"
                  "  AMOUNT  what the member pays now, in major units; not more than is owed\n"
                  "  Paid into the cash box at the open meeting, on its date.\n"
                  "  A payment is undone with 'reverse SEQ' at a later or the same open meeting.\n";
    pay.spec.positionals = {"DUE", "AMOUNT"};
    pay.writes = true;
    pay.run = runDuePay;
    verbs.push_back(pay);

    return verbs;
}

} // namespace tontine::cli
