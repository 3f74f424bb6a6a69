// Premium verbs: premium pay (at the open meeting), premium remit (to the mutual), premium list,
// premium status. A payment is for a household and goes towards the coverage period the book
// works out (docs/premium-rules.md); the book checks the amount, the receipt and the partner and
// writes nothing when it refuses.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/meeting_text.h"
#include "app/cli/premium_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

// Core names problems after the PremiumPayment / PremiumRemittance fields.
const FieldNames payFields = {{"partner", "--partner"},       {"member", "--member"},  {"head", "--member"},
                              {"amount", "--amount"},         {"receiptNumber", "--receipt"},
                              {"receipt", "--receipt"},       {"productCode", "--product"},
                              {"product", "--product"}};
const FieldNames remitFields = {{"partner", "--partner"},    {"amount", "--amount"},
                                {"mutualReceipt", "--receipt"}, {"receipt", "--receipt"},
                                {"note", "--note"}};

std::string heldLine(const Book& book, const Partner& partner, const Currency& currency)
{
    const PremiumsHeld h = heldFor(book, partner.id);
    return "Held for " + partner.name + ": " + amountText(h.held(), currency) + " " + std::string(currency.code)
           + " (collected " + amountText(h.collected, currency) + ", remitted " + amountText(h.remitted, currency)
           + ").\n";
}

int runPay(CliContext& cx, const ParsedArgs& args)
{
    const MemberId member = memberArg(*args.value("member"), "--member");
    auto book = cx.openBook("premium pay", true);
    const Currency& currency = book->settings().currency();
    const Partner partner = requirePartnerArg(*book, *args.value("partner"), "--partner");
    const std::int64_t amount = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    Actor actor = cx.actor(*book, args);
    const PremiumId id = renamingFields(payFields, [&] {
        return book->payPremium(partner.id, member, amount, *args.value("receipt"), args.valueOr("product", ""), actor);
    });
    PremiumPayment paid;
    for (const auto& p : book->premiumPayments(partner.id))
        if (p.id == id)
            paid = p;
    const Coverage after = book->coverage(partner.id, paid.head, actor.date);
    cx.out() << "Entry " << paid.entrySeq << ": premium " << id << " of " << amountText(paid.amount, currency) << " "
             << currency.code << " to " << partner.name << " for the household of " << memberLine(*book, paid.head)
             << " (" << paid.membersCovered << (paid.membersCovered == 1 ? " member" : " members") << "), product "
             << paid.productCode << ", receipt " << paid.receiptNumber << ".\n";
    const bool complete = after.coveredUntil && *after.coveredUntil >= paid.periodEnd;
    cx.out() << "Period " << periodText(paid.periodStart, paid.periodEnd) << ": "
             << (complete ? "paid in full; covered until " + paid.periodEnd.iso()
                          : amountText(after.paidTowardsNext, currency) + " of "
                                + amountText(after.nextPrice, currency) + " paid, "
                                + amountText(after.owedForNext(), currency) + " still owed")
             << ".\n"
             << heldLine(*book, partner, currency) << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runRemit(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("premium remit", true);
    const Currency& currency = book->settings().currency();
    const Partner partner = requirePartnerArg(*book, *args.value("partner"), "--partner");
    const std::int64_t amount = CliContext::parseAmount(*args.value("amount"), currency, "--amount");
    Actor actor = cx.actor(*book, args);
    const RemittanceId id = renamingFields(remitFields, [&] {
        return book->remitPremiums(partner.id, amount, *args.value("receipt"), args.valueOr("note", ""), actor);
    });
    PremiumRemittance done;
    for (const auto& r : book->remittances(partner.id))
        if (r.id == id)
            done = r;
    cx.out() << "Entry " << done.entrySeq << ": remittance " << id << " of " << amountText(done.amount, currency)
             << " " << currency.code << " paid to " << partner.name << " on " << done.date.iso()
             << ", the mutual's receipt " << done.mutualReceipt << ".\n"
             << heldLine(*book, partner, currency) << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("premium list", false);
    const Currency& currency = book->settings().currency();
    std::optional<PartnerId> only;
    if (auto v = args.value("partner"))
        only = requirePartnerArg(*book, *v, "--partner").id;
    const auto payments = book->premiumPayments(only);
    const auto remittances = book->remittances(only);
    std::vector<PremiumsHeld> held;
    for (const auto& h : book->premiumsHeld())
        if (!only || h.partner == *only)
            held.push_back(h);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.key("payments").beginArray();
        for (const auto& p : payments)
            premiumPaymentJson(j, *book, p);
        j.endArray();
        j.key("remittances").beginArray();
        for (const auto& r : remittances)
            remittanceJson(j, r);
        j.endArray();
        j.key("held").beginArray();
        for (const auto& h : held) {
            j.beginObject();
            j.field("partner", h.partner);
            j.field("collected", h.collected);
            j.field("remitted", h.remitted);
            j.field("held", h.held());
            j.endObject();
        }
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Premiums in " << currency.code << " (reversed ones are marked and count for nothing).\n\n";
    if (payments.empty()) {
        cx.out() << "No premium paid.\n";
    } else {
        TextTable t({{"Premium", TextTable::Align::Right},
                     {"Date"},
                     {"Partner", TextTable::Align::Right},
                     {"Head", TextTable::Align::Right},
                     {"Name"},
                     {"Product"},
                     {"Amount", TextTable::Align::Right},
                     {"Receipt"},
                     {"Period"},
                     {"Members", TextTable::Align::Right},
                     {"Entry", TextTable::Align::Right},
                     {"Status"}});
        for (const auto& p : payments)
            t.addRow({std::to_string(p.id), p.date.iso(), std::to_string(p.partner), std::to_string(p.head),
                      memberName(*book, p.head), p.productCode, amountText(p.amount, currency), p.receiptNumber,
                      periodText(p.periodStart, p.periodEnd), std::to_string(p.membersCovered),
                      std::to_string(p.entrySeq), p.reversed ? "reversed" : ""});
        cx.out() << t.render();
    }
    cx.out() << "\n";
    if (remittances.empty()) {
        cx.out() << "Nothing remitted to the mutual.\n";
    } else {
        TextTable t({{"Remittance", TextTable::Align::Right},
                     {"Date"},
                     {"Partner", TextTable::Align::Right},
                     {"Amount", TextTable::Align::Right},
                     {"Mutual's receipt"},
                     {"Entry", TextTable::Align::Right},
                     {"Status"},
                     {"Note"}});
        for (const auto& r : remittances)
            t.addRow({std::to_string(r.id), r.date.iso(), std::to_string(r.partner), amountText(r.amount, currency),
                      r.mutualReceipt, std::to_string(r.entrySeq), r.reversed ? "reversed" : "", r.note});
        cx.out() << t.render();
    }
    if (!held.empty()) {
        TextTable t({{"Partner", TextTable::Align::Right},
                     {"Collected", TextTable::Align::Right},
                     {"Remitted", TextTable::Align::Right},
                     {"Held", TextTable::Align::Right}});
        for (const auto& h : held)
            t.addRow({std::to_string(h.partner), amountText(h.collected, currency), amountText(h.remitted, currency),
                      amountText(h.held(), currency)});
        cx.out() << "\n" << t.render();
    }
    return 0;
}

int runStatus(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("premium status", false);
    const Currency& currency = book->settings().currency();
    const Partner partner = requirePartnerArg(*book, *args.value("partner"), "--partner");
    // Like the meeting page: the open meeting's day unless told otherwise.
    std::optional<Meeting> open = book->currentMeeting();
    const Date on = args.has("on") || !open ? cx.dateOption(args, "on") : open->date;
    const auto coverages = book->coverages(partner.id, on);
    const auto members = book->members();
    const PremiumsHeld held = heldFor(*book, partner.id, on);
    auto insuranceNumber = [&](MemberId id) {
        auto m = book->member(id);
        return m ? m->insuranceNumber : std::string();
    };
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.field("partner", partner.id);
        j.field("on", on.iso());
        j.key("households").beginArray();
        for (const auto& c : coverages) {
            j.beginObject();
            j.field("head", c.head);
            j.field("headName", memberName(*book, c.head));
            j.field("insuranceNumber", insuranceNumber(c.head));
            j.key("members").beginArray();
            for (MemberId m : householdOf(c.head, members, on))
                j.value(static_cast<std::int64_t>(m));
            j.endArray();
            j.key("coveredUntil");
            c.coveredUntil ? j.value(c.coveredUntil->iso()) : j.null();
            j.field("covered", c.coveredOn(on));
            j.field("nextStart", c.nextStart.iso());
            j.field("nextEnd", c.nextEnd.iso());
            j.field("nextPrice", c.nextPrice);
            j.field("paidTowardsNext", c.paidTowardsNext);
            j.field("owedForNext", c.owedForNext());
            j.endObject();
        }
        j.endArray();
        j.field("collected", held.collected);
        j.field("remitted", held.remitted);
        j.field("held", held.held());
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Households with " << partnerLine(partner) << " on " << on.iso() << ", in " << currency.code << ".\n\n";
    if (coverages.empty()) {
        cx.out() << "No household has an active member.\n";
    } else {
        TextTable t({{"Head", TextTable::Align::Right},
                     {"Name"},
                     {"Insurance no."},
                     {"Members", TextTable::Align::Right},
                     {"Covered until"},
                     {"Next period"},
                     {"Price", TextTable::Align::Right},
                     {"Paid", TextTable::Align::Right},
                     {"Owed", TextTable::Align::Right}});
        for (const auto& c : coverages) {
            const std::string number = insuranceNumber(c.head);
            std::string until = c.coveredUntil ? c.coveredUntil->iso() : "not covered";
            if (c.coveredUntil && !c.coveredOn(on))
                until += " (lapsed)";
            t.addRow({std::to_string(c.head), memberName(*book, c.head), number.empty() ? "to enrol" : number,
                      std::to_string(householdOf(c.head, members, on).size()), until,
                      periodText(c.nextStart, c.nextEnd), amountText(c.nextPrice, currency),
                      amountText(c.paidTowardsNext, currency), amountText(c.owedForNext(), currency)});
        }
        cx.out() << t.render();
    }
    cx.out() << "\nCollected " << amountText(held.collected, currency) << ", remitted "
             << amountText(held.remitted, currency) << ", held " << amountText(held.held(), currency)
             << " (not yet remitted to the mutual).\n";
    return 0;
}

} // namespace

std::vector<Verb> premiumVerbs()
{
    std::vector<Verb> verbs;

    Verb pay;
    pay.name = "premium pay";
    pay.summary = "Record a household's health insurance premium at the open meeting.";
    pay.usage = "--partner ID --member N --amount AMOUNT --receipt R [--product CODE]";
    pay.details =
        "  --partner ID     the partner mutual ('partner list')\n"
        "  --member N       any member of the household; the premium is recorded for its head\n"
        "                   and covers the head and the active members who name them as head\n"
        "  --amount AMOUNT  in major units: the period's price (the premium per member times\n"
        "                   the household's members, or the household premium); with partial\n"
        "                   payments, at most what the period still needs\n"
        "  --receipt R      the group's receipt number to the member; unique per partner\n"
        "  --product CODE   one of the partner's product codes (default: its first)\n"
        "  The payment goes towards the period after the household is covered until (or one\n"
        "  starting on the payment's date for a first payment); a part-paid period is\n"
        "  completed first.\n"
        "  Refused (exit 1, nothing written) when no meeting is open, the partner is unknown\n"
        "  or inactive, the product is not the partner's, the amount is not the price (or more\n"
        "  than the period still needs), or the receipt number is already used.\n";
    pay.spec.valueOptions = {"partner", "member", "amount", "receipt", "product"};
    pay.spec.required = {"partner", "member", "amount", "receipt"};
    pay.writes = true;
    pay.run = runPay;
    verbs.push_back(pay);

    Verb remit;
    remit.name = "premium remit";
    remit.summary = "Record premiums passed on to the mutual, with the mutual's receipt.";
    remit.usage = "--partner ID --amount AMOUNT --receipt R [--note TEXT]";
    remit.details =
        "  --partner ID     the partner mutual\n"
        "  --amount AMOUNT  what was handed over, in major units; at most what is held for it\n"
        "  --receipt R      the receipt number the mutual gave; unique per partner\n"
        "  --note TEXT      e.g. \"paid at the mutual's office\"\n"
        "  Cash out of the premiums held: in the open meeting when one is open on the date,\n"
        "  otherwise on its own (the treasurer goes to the mutual between meetings).\n"
        "  Refused (exit 1) when the amount is more than is held for the partner or the\n"
        "  receipt number is missing or already used.\n";
    remit.spec.valueOptions = {"partner", "amount", "receipt", "note"};
    remit.spec.required = {"partner", "amount", "receipt"};
    remit.writes = true;
    remit.run = runRemit;
    verbs.push_back(remit);

    Verb list;
    list.name = "premium list";
    list.summary = "List premium payments and remittances, and what is held per partner.";
    list.usage = "[--partner ID]";
    list.details = "  --partner ID  only this partner's (default: every partner's)\n"
                   "  A payment or remittance undone with 'reverse ENTRY' is marked reversed.\n";
    list.spec.valueOptions = {"partner"};
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    Verb status;
    status.name = "premium status";
    status.summary = "Show each household's coverage with a partner: covered until, owed, held.";
    status.usage = "--partner ID [--on DATE]";
    status.details = "  --partner ID  the partner mutual\n"
                     "  --on DATE     the day to look at (default: the open meeting's, else today)\n"
                     "  One row per household with an active member: its head, the head's insurance\n"
                     "  number (\"to enrol\" when the mutual has not issued one), members covered,\n"
                     "  the end of the last period paid in full, the next period and what it still\n"
                     "  needs; then what the group holds for the partner, not yet remitted.\n";
    status.spec.valueOptions = {"partner", "on"};
    status.spec.required = {"partner"};
    status.json = true;
    status.run = runStatus;
    verbs.push_back(status);

    return verbs;
}

} // namespace tontine::cli
