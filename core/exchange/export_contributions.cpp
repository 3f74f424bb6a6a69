// The contributions profile: one row per live premium payment to the partner dated in the
// period, as openIMIS-style contribution lists take them. docs/exports.md is the reference.
#include "core/exchange/export_builders.h"
#include "core/exchange/export_format.h"
#include "core/money/currency.h"

#include <algorithm>
#include <set>

namespace tontine::exportimpl {

ExportFile buildContributions(const ExportRequest& request, const ExportData& data)
{
    ExportFile file;
    const Partner& partner = *data.partner;
    const Currency& currency = data.settings.currency();
    const auto byId = membersById(data.members);

    std::vector<const PremiumPayment*> chosen;
    for (const PremiumPayment& p : data.payments) {
        if (p.partner != partner.id || p.reversed || p.date < request.from || p.date > request.to)
            continue;
        if (request.onlyNew && data.alreadySentPayments.count(p.id))
            continue;
        chosen.push_back(&p);
    }
    // Payment date, then the order they were recorded in.
    std::sort(chosen.begin(), chosen.end(), [](const PremiumPayment* a, const PremiumPayment* b) {
        return std::make_pair(a->date, a->id) < std::make_pair(b->date, b->id);
    });

    // The mutual files a contribution under the head's insurance number; without one it
    // cannot place the payment. One problem per head, however many payments it made.
    std::set<MemberId> reported;
    for (const PremiumPayment* p : chosen) {
        const auto found = byId.find(p->head);
        const std::string head = exportfmt::integer(p->head);
        if (found == byId.end()) {
            if (reported.insert(p->head).second)
                file.problems.push_back(makeProblem(head, "export.unknown_member", {head},
                                                    "Payment " + p->receiptNumber + " names member " + head +
                                                        ", who is not a member of the fund."));
        } else if (found->second->insuranceNumber.empty() && reported.insert(p->head).second) {
            file.problems.push_back(makeProblem(
                head, "export.missing_insurance_number", {head, found->second->fullName()},
                "The household head " + memberLabel(*found->second) +
                    " has no insurance number: the mutual cannot file the household's premiums."));
        }
    }
    if (!file.problems.empty())
        return file;

    CsvBuilder csv(CsvWriteOptions{',', false, "\r\n", true});
    csv.header({"insurance_number_head", "product_code", "payer", "payment_date", "amount", "receipt_number",
                "payment_type", "contribution_category", "period_start", "period_end", "members_covered"});
    for (const PremiumPayment* p : chosen) {
        const Member& head = *byId.at(p->head);
        csv.row({csv.text(head.insuranceNumber), csv.text(p->productCode), csv.text(partner.payerName),
                 csv.text(exportfmt::isoDate(p->date)),
                 csv.number(exportfmt::amount(p->amount, currency.decimals, '.')), csv.text(p->receiptNumber),
                 csv.text(partner.paymentType), csv.text(partner.contributionCategory),
                 csv.text(exportfmt::isoDate(p->periodStart)), csv.text(exportfmt::isoDate(p->periodEnd)),
                 csv.number(exportfmt::integer(p->membersCovered))});
        file.paymentIds.push_back(p->id);
    }
    csv.finish(file);
    return file;
}

} // namespace tontine::exportimpl
