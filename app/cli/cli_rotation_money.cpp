// Rotation verbs that move money: rotation contribute, payout, and the arrears they leave
// (draw and bid, which decide rounds, are in cli_rotation_order.cpp). Money happens at the open meeting (--date must be its date); core checks
// everything and writes nothing when it refuses, so these verbs only parse and print.
#include "app/cli/cli_context.h"
#include "app/cli/meeting_text.h"
#include "app/cli/rotation_json.h"
#include "app/cli/rotation_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

int runContribute(CliContext& cx, const ParsedArgs& args)
{
    MemberId member = CliContext::parseCount(*args.positional(1), "MEMBER", 1, maxId);
    auto book = cx.openBook("rotation contribute", true);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const Currency& currency = state.spec.currency();
    std::int64_t amount = CliContext::parseAmount(*args.positional(2), currency, "AMOUNT");
    Actor actor = cx.actor(*book, args);
    ContributionResult r = book->contribute(state.spec.id, member, amount, actor);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("rotation", static_cast<std::int64_t>(state.spec.id));
        j.field("currency", currency.code);
        contributionJson(j, *book, r);
        j.field("chainHead", book->chainHead().shortText());
        j.endObject();
        cx.out() << j.str();
        book->close();
        return 0;
    }
    cx.out() << amountText(amount, currency) << " " << currency.code << " paid by " << memberLine(*book, member)
             << " into rotation " << state.spec.id << ", allocated oldest round first:\n";
    TextTable t({{"Round", TextTable::Align::Right},
                 {"Due on"},
                 {"Amount", TextTable::Align::Right},
                 {"Timing"},
                 {"Booked to"},
                 {"Fine", TextTable::Align::Right}});
    for (const auto& p : r.parts)
        t.addRow({std::to_string(p.round), p.dueOn.iso(), amountText(p.amount, currency), timingCode(p.timing),
                  bookingCode(p.booking), p.fine ? amountText(p.fine, currency) : ""});
    cx.out() << t.render() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runPayout(CliContext& cx, const ParsedArgs& args)
{
    int round = roundArg(*args.positional(1), "ROUND");
    auto book = cx.openBook("rotation payout", true);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const Currency& currency = state.spec.currency();
    Actor actor = cx.actor(*book, args);
    PayoutResult r = book->payout(state.spec.id, round, actor);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("rotation", static_cast<std::int64_t>(state.spec.id));
        j.field("currency", currency.code);
        payoutJson(j, *book, state, r);
        j.field("chainHead", book->chainHead().shortText());
        j.endObject();
        cx.out() << j.str();
        book->close();
        return 0;
    }
    auto& out = cx.out();
    out << "Round " << round << " of rotation " << state.spec.id << " paid out on " << r.date.iso()
        << ": gross pot " << amountText(r.grossPot, currency) << " " << currency.code << ".\n";
    for (const auto& b : r.beneficiaries) {
        const auto& m = b.money;
        out << "  Hand " << handText(*book, state.spec, m.hand) << " receives " << amountText(m.payout, currency)
            << " = share " << amountText(m.potShare, currency) << " - discount " << amountText(m.discount, currency)
            << " - commission " << amountText(m.commission - m.commissionFromDiscount, currency) << "\n";
        if (b.holders.size() > 1)
            memberAmountsLine(out, *book, "split between", b.holders, currency);
    }
    out << "How the pot was made:\n";
    if (r.prepaidMovedIn)
        out << "  paid early, moved from prepaid: " << amountText(r.prepaidMovedIn, currency) << "\n";
    memberAmountsLine(out, *book, "advanced by the fund", r.advanced, currency);
    memberAmountsLine(out, *book, "advances no longer needed", r.advanceReleased, currency);
    memberAmountsLine(out, *book, "discount shared now, paid less", r.reductions, currency);
    if (r.discountKept)
        out << "  discount kept by the fund: " << amountText(r.discountKept, currency) << "\n";
    if (r.discountReserved)
        out << "  discount to the reserve, shared at cycle end: " << amountText(r.discountReserved, currency) << "\n";
    if (r.commission)
        out << "  commission: " << amountText(r.commission, currency) << "\n";
    memberAmountsLine(out, *book, "overpaid, carried to a later round", r.carried, currency);
    memberAmountsLine(out, *book, "overpaid, given back", r.refunded, currency);
    out << "  the rest from this round's contributions\n"
        << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runArrears(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation arrears", false);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const Currency& currency = state.spec.currency();
    const Date asOf = cx.dateOption(args, "date");
    if (auto v = args.value("member")) {
        MemberId member = CliContext::parseCount(*v, "--member", 1, maxId);
        auto rounds = book->arrears(state.spec.id, member, asOf);
        if (args.flag("json")) {
            JsonWriter j;
            j.beginObject();
            j.field("rotation", static_cast<std::int64_t>(state.spec.id));
            j.field("currency", currency.code);
            j.field("date", asOf.iso());
            j.field("member", static_cast<std::int64_t>(member));
            j.field("name", memberName(*book, member));
            memberRoundsJson(j, rounds);
            j.endObject();
            cx.out() << j.str();
            return 0;
        }
        TextTable t({{"Round", TextTable::Align::Right},
                     {"Due on"},
                     {"Due", TextTable::Align::Right},
                     {"Paid", TextTable::Align::Right},
                     {"Fund advanced", TextTable::Align::Right},
                     {"Outstanding", TextTable::Align::Right},
                     {"Overdue"}});
        for (const auto& r : rounds)
            t.addRow({std::to_string(r.round), r.dueOn.iso(), amountText(r.due, currency), amountText(r.paid, currency),
                      amountText(r.fundCovered, currency), amountText(r.outstanding, currency),
                      r.overdue ? "yes" : ""});
        cx.out() << "Rotation " << state.spec.id << ", " << memberLine(*book, member) << ", on " << asOf.iso()
                 << ", in " << currency.code << ".\n\n"
                 << t.render();
        return 0;
    }
    const auto dues = book->rotationDuesOn(state.spec.id, asOf);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("rotation", static_cast<std::int64_t>(state.spec.id));
        j.field("currency", currency.code);
        j.field("date", asOf.iso());
        duesJson(j, *book, dues);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    TextTable t({{"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Due now", TextTable::Align::Right},
                 {"In arrears", TextTable::Align::Right},
                 {"Fine if paid now", TextTable::Align::Right},
                 {"Fines owed", TextTable::Align::Right},
                 {"Owed to fund", TextTable::Align::Right}});
    for (const auto& d : dues)
        t.addRow({std::to_string(d.member), memberName(*book, d.member), amountText(d.dueNow, currency),
                  amountText(d.arrears, currency), amountText(d.fineIfPaidNow, currency),
                  amountText(d.finesOwed, currency), amountText(d.advanceDebt, currency)});
    cx.out() << "Rotation " << state.spec.id << " on " << asOf.iso() << ", in " << currency.code << ".\n\n"
             << t.render();
    return 0;
}

} // namespace

std::vector<Verb> rotationMoneyVerbs()
{
    std::vector<Verb> verbs;

    Verb contribute;
    contribute.name = "rotation contribute";
    contribute.summary = "Record what a member pays into a rotation at the open meeting.";
    contribute.usage = "ROTATION MEMBER AMOUNT";
    contribute.details = "  ROTATION  the rotation's number\n"
                         "  MEMBER    the member who pays\n"
                         "  AMOUNT    what they pay now, in major units\n"
                         "  The amount goes to the member's rounds oldest first: arrears, the round\n"
                         "  being collected, then later rounds in advance. Late parts are fined by rule.\n";
    contribute.spec.positionals = {"ROTATION", "MEMBER", "AMOUNT"};
    contribute.writes = true;
    contribute.json = true;
    contribute.run = runContribute;
    verbs.push_back(contribute);

    Verb payout;
    payout.name = "rotation payout";
    payout.summary = "Pay out the round being collected to its beneficiary at the open meeting.";
    payout.usage = "ROTATION ROUND";
    payout.details = "  ROTATION  the rotation's number\n"
                     "  ROUND     the round being collected (see 'rotation plan')\n"
                     "  Prints what the beneficiary receives and how the pot was made. With\n"
                     "  contributions missing, the wait rule refuses and writes nothing; the advance\n"
                     "  rule lets the fund advance them as a debt of each late member.\n";
    payout.spec.positionals = {"ROTATION", "ROUND"};
    payout.writes = true;
    payout.json = true;
    payout.run = runPayout;
    verbs.push_back(payout);

    Verb arrears;
    arrears.name = "rotation arrears";
    arrears.summary = "Show what members owe a rotation on a date.";
    arrears.usage = "ROTATION [--member N] [--date YYYY-MM-DD]";
    arrears.details = "  --member N  one member's rounds: due, paid, advanced by the fund, overdue\n"
                      "  --date D    as of this date (default today)\n"
                      "  Without --member, every member's position: what is due now and overdue.\n";
    arrears.spec.positionals = {"ROTATION"};
    arrears.spec.valueOptions = {"member", "date"};
    arrears.json = true;
    arrears.run = runArrears;
    verbs.push_back(arrears);

    return verbs;
}

} // namespace tontine::cli
