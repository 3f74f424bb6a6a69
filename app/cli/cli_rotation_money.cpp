// Rotation verbs that move money or decide rounds: rotation contribute, payout, arrears, draw
// and bid. Money happens at the open meeting (--date must be its date); core checks
// everything and writes nothing when it refuses, so these verbs only parse and print.
#include "app/cli/cli_context.h"
#include "app/cli/meeting_text.h"
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
    TextTable t({{"Member", TextTable::Align::Right},
                 {"Name"},
                 {"Due now", TextTable::Align::Right},
                 {"In arrears", TextTable::Align::Right},
                 {"Fine if paid now", TextTable::Align::Right},
                 {"Fines owed", TextTable::Align::Right},
                 {"Owed to fund", TextTable::Align::Right}});
    for (const auto& d : book->rotationDuesOn(state.spec.id, asOf))
        t.addRow({std::to_string(d.member), memberName(*book, d.member), amountText(d.dueNow, currency),
                  amountText(d.arrears, currency), amountText(d.fineIfPaidNow, currency),
                  amountText(d.finesOwed, currency), amountText(d.advanceDebt, currency)});
    cx.out() << "Rotation " << state.spec.id << " on " << asOf.iso() << ", in " << currency.code << ".\n\n"
             << t.render();
    return 0;
}

int runDraw(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation draw", false);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    auto steps = book->drawOrder(state.spec.id);
    cx.out() << "Draw of rotation " << state.spec.id << " from the seed \"" << state.spec.drawSeed << "\".\n"
             << "Each pick hashes the text with SHA-256. The first 4 bytes of the hash, read as a\n"
             << "number, modulo the number of eligible hands, give the winner's place among them,\n"
             << "counting from 0 (docs/draw.md; a number too close to 2^32 is redrawn as attempt 1).\n";
    for (const auto& w : state.withdrawals)
        if (w.beforeReceiving)
            for (auto h : w.hands)
                cx.out() << "Hand " << handText(*book, state.spec, h) << " left before receiving: not eligible from round "
                         << w.fromRound << " on.\n";
    cx.out() << "\n";
    const int b = state.spec.beneficiariesPerRound;
    for (const auto& s : steps) {
        std::string eligible;
        for (auto h : s.eligible)
            eligible += (eligible.empty() ? "" : ",") + std::to_string(h);
        cx.out() << "Pick " << s.pick << " (round " << (s.pick - 1) / b + 1 << "): eligible " << eligible << "\n"
                 << "  text  " << s.message << "\n"
                 << "  hash  " << s.hashHex << "\n"
                 << "  " << s.value << " mod " << s.eligible.size() << " = " << s.index << " -> hand "
                 << handText(*book, state.spec, s.winner) << "\n";
    }
    return 0;
}

// "MEMBER:DISCOUNT[:HAND]"; the hand defaults to the member's only hand.
Bid parseBid(const RotationSpec& spec, const std::string& text, int sequence)
{
    std::vector<std::string> parts;
    std::string part;
    for (char c : text) {
        if (c == ':') {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    if (parts.size() < 2 || parts.size() > 3)
        throw UsageError("a bid is MEMBER:DISCOUNT or MEMBER:DISCOUNT:HAND, not '" + text + "'", "rotation bid");
    Bid bid;
    bid.sequence = sequence;
    bid.member = CliContext::parseCount(parts[0], "bid", 1, maxId);
    bid.discount = CliContext::parseAmount(parts[1], spec.currency(), "bid");
    if (parts.size() == 3) {
        bid.hand = static_cast<HandNumber>(CliContext::parseCount(parts[2], "bid", 1, 100000));
        return bid;
    }
    std::vector<HandNumber> held;
    for (const auto& h : spec.hands)
        for (const auto& holder : h.holders)
            if (holder.member == bid.member)
                held.push_back(h.number);
    if (held.size() != 1)
        throw ValidationError("bid", held.empty() ? "bid.notHolder" : "bid.whichHand",
                              held.empty() ? "member " + parts[0] + " holds no hand in this rotation"
                                           : "member " + parts[0] + " holds several hands: say which, as '" + text
                                                 + ":HAND'",
                              {text});
    bid.hand = held.front();
    return bid;
}

int runBid(CliContext& cx, const ParsedArgs& args)
{
    int round = roundArg(*args.positional(1), "ROUND");
    auto book = cx.openBook("rotation bid", true);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const Currency& currency = state.spec.currency();
    std::vector<Bid> bids;
    const auto& words = args.positionals();
    for (std::size_t i = 2; i < words.size(); ++i)
        bids.push_back(parseBid(state.spec, words[i], static_cast<int>(i - 1)));
    Actor actor = cx.actor(*book, args);
    AuctionResult r = book->decideAuction(state.spec.id, round, bids, actor);
    cx.out() << "Round " << round << " of rotation " << state.spec.id << " goes to hand "
             << handsText(*book, state.spec, r.outcome.beneficiaries) << ", discount ";
    for (std::size_t i = 0; i < r.outcome.discounts.size(); ++i)
        cx.out() << (i ? "; " : "") << amountText(r.outcome.discounts[i], currency);
    cx.out() << " " << currency.code << " (" << discountRuleCode(state.spec.discountRule) << ").\n";
    if (!r.ranking.empty()) {
        TextTable t({{"Rank", TextTable::Align::Right},
                     {"Hand"},
                     {"Bidder"},
                     {"Discount", TextTable::Align::Right}});
        int rank = 0;
        for (const auto& b : r.ranking)
            t.addRow({std::to_string(++rank), handText(*book, state.spec, b.hand), memberLine(*book, b.member),
                      amountText(b.discount, currency)});
        cx.out() << "\nBids, best first:\n" << t.render();
    }
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
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
    arrears.run = runArrears;
    verbs.push_back(arrears);

    Verb draw;
    draw.name = "rotation draw";
    draw.summary = "Show a drawn rotation's draw, every pick checkable by hand.";
    draw.usage = "ROTATION";
    draw.details = "  ROTATION  the rotation's number (its order must be draw)\n"
                   "  Prints, for each pick, the hands eligible, the text hashed, its SHA-256 hash and\n"
                   "  how the winner follows from it (docs/draw.md). Anyone can re-check it with\n"
                   "  e.g. printf '%s' TEXT | sha256sum.\n";
    draw.spec.positionals = {"ROTATION"};
    draw.run = runDraw;
    verbs.push_back(draw);

    Verb bid;
    bid.name = "rotation bid";
    bid.summary = "Decide an auction round from all its bids at the open meeting.";
    bid.usage = "ROTATION ROUND MEMBER:DISCOUNT[:HAND] [MEMBER:DISCOUNT[:HAND]…]";
    bid.details = "  ROTATION  the rotation's number (its order must be auction)\n"
                  "  ROUND     the round being collected\n"
                  "  MEMBER:DISCOUNT[:HAND]  one bid: the member, the discount offered in major units,\n"
                  "            and the hand (needed only when the member holds several), in the order\n"
                  "            they were made. The highest discount wins; ties go to the earliest bid.\n"
                  "  Every bid is checked first: if any is refused, nothing is written.\n";
    bid.spec.positionals = {"ROTATION", "ROUND"};
    bid.spec.morePositionals = true;
    bid.writes = true;
    bid.run = runBid;
    verbs.push_back(bid);

    return verbs;
}

} // namespace tontine::cli
