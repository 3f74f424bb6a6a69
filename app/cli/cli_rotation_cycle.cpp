// Rotation verbs for the rest of a cycle's life: a member leaving, sharing the auction
// reserve at the end, and paying a late fine. All are money at the open meeting; each prints
// a short text, or with --json one document (rotation_json.h).
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/rotation_json.h"
#include "app/cli/rotation_text.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

// The document every verb here prints with --json: rotation and currency, the use case's
// fields, then the chain head after it was written.
template <typename Fill>
void printJson(CliContext& cx, const Book& book, const RotationState& state, Fill fill)
{
    JsonWriter j;
    j.beginObject();
    j.field("rotation", static_cast<std::int64_t>(state.spec.id));
    j.field("currency", state.spec.currency().code);
    fill(j);
    j.field("chainHead", book.chainHead().shortText());
    j.endObject();
    cx.out() << j.str();
}

void amountLine(std::ostream& out, const std::string& label, std::int64_t amount, const Currency& currency)
{
    if (amount)
        out << "  " << label << ": " << amountText(amount, currency) << "\n";
}

int runLeave(CliContext& cx, const ParsedArgs& args)
{
    MemberId member = CliContext::parseCount(*args.positional(1), "MEMBER", 1, maxId);
    auto book = cx.openBook("rotation leave", true);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const Currency& currency = state.spec.currency();
    Actor actor = cx.actor(*book, args);
    LeaveResult r = book->leaveRotation(state.spec.id, member, actor);
    if (args.flag("json")) {
        printJson(cx, *book, state, [&](JsonWriter& j) { leaveJson(j, *book, r); });
        book->close();
        return 0;
    }
    auto& out = cx.out();
    out << memberLine(*book, member) << " left rotation " << state.spec.id << " on "
        << r.date.iso() << (r.beforeReceiving ? ", before receiving" : ", after receiving") << ".\n";
    amountLine(out, "given back, paid for rounds to come", r.returnedFromPot, currency);
    amountLine(out, "given back, paid for rounds already paid out", r.returnedPaidOut, currency);
    amountLine(out, "kept by the fund", r.kept, currency);
    amountLine(out, "contributions still owed, now a debt to the fund", r.newDebt, currency);
    amountLine(out, "whole debt to the fund now", r.debtAfter, currency);
    memberAmountsLine(out, *book, "others' payments carried to their open rounds", r.othersCarried, currency);
    memberAmountsLine(out, *book, "others' payments given back", r.othersRefunded, currency);
    memberAmountsLine(out, *book, "fund advances no longer needed", r.advancesReleased, currency);
    out << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runShareReserve(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("rotation share-reserve", true);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const Currency& currency = state.spec.currency();
    Actor actor = cx.actor(*book, args);
    ReserveShareResult r = book->shareReserve(state.spec.id, actor);
    if (args.flag("json")) {
        printJson(cx, *book, state, [&](JsonWriter& j) { reserveShareJson(j, *book, r); });
        book->close();
        return 0;
    }
    cx.out() << "Reserve of rotation " << state.spec.id << " shared on " << r.date.iso() << ": "
             << amountText(r.reserve, currency) << " " << currency.code << ".\n";
    memberAmountsLine(cx.out(), *book, "to each member", r.shares, currency);
    cx.out() << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runFine(CliContext& cx, const ParsedArgs& args)
{
    MemberId member = CliContext::parseCount(*args.positional(1), "MEMBER", 1, maxId);
    auto book = cx.openBook("rotation fine", true);
    RotationState state = requireRotationArg(*book, *args.positional(0));
    const Currency& currency = state.spec.currency();
    std::int64_t amount = CliContext::parseAmount(*args.positional(2), currency, "AMOUNT");
    Actor actor = cx.actor(*book, args);
    const FinePaymentResult r = book->payRotationFine(state.spec.id, member, amount, actor);
    RotationState after = *book->rotation(state.spec.id);
    if (args.flag("json")) {
        printJson(cx, *book, state,
                  [&](JsonWriter& j) { finePaymentJson(j, *book, r, finesOutstanding(after, member)); });
        book->close();
        return 0;
    }
    cx.out() << amountText(amount, currency) << " " << currency.code << " of late fines paid by "
             << memberLine(*book, member) << " in rotation " << state.spec.id << "; "
             << amountText(finesOutstanding(after, member), currency) << " still owed.\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

} // namespace

std::vector<Verb> rotationCycleVerbs()
{
    std::vector<Verb> verbs;

    Verb leave;
    leave.name = "rotation leave";
    leave.summary = "Record a member leaving a rotation, with what is given back or owed.";
    leave.usage = "ROTATION MEMBER";
    leave.details = "  ROTATION  the rotation's number\n"
                    "  MEMBER    the member who leaves (a shared hand needs a new holder first)\n"
                    "  Before receiving: what they paid is given back or kept, by the rotation's\n"
                    "  rule, and their round is dropped. After receiving: what they still owe\n"
                    "  becomes a debt to the fund. Recorded at the open meeting.\n";
    leave.spec.positionals = {"ROTATION", "MEMBER"};
    leave.writes = true;
    leave.json = true;
    leave.run = runLeave;
    verbs.push_back(leave);

    Verb share;
    share.name = "rotation share-reserve";
    share.summary = "Share an auction rotation's reserve among its members once the cycle ends.";
    share.usage = "ROTATION";
    share.details = "  ROTATION  the rotation's number; every round must be paid out\n"
                    "  The discounts kept in the reserve (discount rule shared-at-end) go back to\n"
                    "  the members in cash, pro rata to their hands (a member who left before\n"
                    "  receiving gets no part). Recorded at the open meeting.\n";
    share.spec.positionals = {"ROTATION"};
    share.writes = true;
    share.json = true;
    share.run = runShareReserve;
    verbs.push_back(share);

    Verb fine;
    fine.name = "rotation fine";
    fine.summary = "Record a payment of a member's late fines in a rotation.";
    fine.usage = "ROTATION MEMBER AMOUNT";
    fine.details = "  ROTATION  the rotation's number\n"
                   "  MEMBER    the member who pays\n"
                   "  AMOUNT    what they pay now, in major units; not more than the fines owed\n"
                   "  (see 'rotation arrears'). Recorded at the open meeting.\n";
    fine.spec.positionals = {"ROTATION", "MEMBER", "AMOUNT"};
    fine.writes = true;
    fine.json = true;
    fine.run = runFine;
    verbs.push_back(fine);

    return verbs;
}

} // namespace tontine::cli
