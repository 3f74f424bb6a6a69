// Rotation verbs that decide who receives: rotation draw (the checkable draw of a drawn
// rotation) and rotation bid (an auction round decided from its bids at the open meeting).
// Core decides and checks everything; these verbs only parse and print.
#include "app/cli/cli_context.h"
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

int runDraw(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation draw", false);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    auto steps = book->drawOrder(state.spec.id);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        drawJson(j, state, steps);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
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
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("rotation", static_cast<std::int64_t>(state.spec.id));
        j.field("currency", currency.code);
        auctionJson(j, *book, state.spec, r);
        j.field("chainHead", book->chainHead().shortText());
        j.endObject();
        cx.out() << j.str();
        book->close();
        return 0;
    }
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

std::vector<Verb> rotationOrderVerbs()
{
    std::vector<Verb> verbs;

    Verb draw;
    draw.name = "rotation draw";
    draw.summary = "Show a drawn rotation's draw, every pick checkable by hand.";
    draw.usage = "ROTATION";
    draw.details = "  ROTATION  the rotation's number (its order must be draw)\n"
                   "  Prints, for each pick, the hands eligible, the text hashed, its SHA-256 hash and\n"
                   "  how the winner follows from it (docs/draw.md). Anyone can re-check it with\n"
                   "  e.g. printf '%s' TEXT | sha256sum.\n";
    draw.spec.positionals = {"ROTATION"};
    draw.json = true;
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
    bid.json = true;
    bid.run = runBid;
    verbs.push_back(bid);

    return verbs;
}

} // namespace tontine::cli
