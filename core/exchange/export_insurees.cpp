// The insurees profiles: openimis-insurees (openIMIS "Upload Insurees") and mutuelle-fr (the
// French spreadsheet for mutuals without openIMIS). docs/exports.md is the format reference.
#include "core/exchange/export_builders.h"
#include "core/exchange/export_format.h"
#include "core/money/currency.h"

#include <algorithm>
#include <map>
#include <set>

namespace tontine::exportimpl {

namespace {

// Households in head-number order; in each, the head first (when in the file), then its
// dependants in member-number order. Partners read the head's row to create the family before
// its dependants, so this order is part of the format.
std::vector<const Member*> householdOrder(const std::vector<const Member*>& inFile)
{
    std::map<MemberId, std::vector<const Member*>> byHead;
    for (const Member* m : inFile)
        byHead[headOf(*m)].push_back(m);
    std::vector<const Member*> out;
    for (auto& [head, members] : byHead) {
        std::stable_sort(members.begin(), members.end(), [head = head](const Member* a, const Member* b) {
            const bool aHead = a->id == head, bHead = b->id == head;
            if (aHead != bHead)
                return aHead;
            return a->id < b->id;
        });
        out.insert(out.end(), members.begin(), members.end());
    }
    return out;
}

std::string number(MemberId id) { return exportfmt::integer(id); }

void checkSexAndBirth(const Member& m, Problems& problems)
{
    if (m.sex == Sex::Unknown)
        problems.push_back(makeProblem(number(m.id), "export.unknown_sex", {number(m.id), m.fullName()},
                                       "The sex of " + memberLabel(m) +
                                           " is not recorded: the mutual needs M, F or O."));
    if (!m.birthDate)
        problems.push_back(makeProblem(number(m.id), "export.missing_birth_date", {number(m.id), m.fullName()},
                                       "The date of birth of " + memberLabel(m) + " is not recorded."));
}

// A dependant's head must be in the file, or have been sent to this partner with this profile
// before; otherwise the partner has no household to attach the dependant to.
// Returns the head when it can be named in the file.
const Member* checkHead(const Member& m, const std::set<MemberId>& inFileIds, const ExportData& data,
                        const std::map<MemberId, const Member*>& byId, Problems& problems)
{
    const MemberId head = headOf(m);
    const auto found = byId.find(head);
    const Member* headMember = found == byId.end() ? nullptr : found->second;
    if (head == m.id)
        return &m;
    if (headMember && (inFileIds.count(head) || data.alreadySentMembers.count(head)))
        return headMember;
    problems.push_back(makeProblem(number(m.id), "export.head_missing", {number(m.id), m.fullName(), number(head)},
                                   "The household head (member " + number(head) + ") of " + memberLabel(m) +
                                       " is not in the file and was never sent to this mutual: send the head too."));
    return nullptr;
}

} // namespace

ExportFile buildOpenImisInsurees(const ExportRequest& request, const ExportData& data)
{
    ExportFile file;
    const auto byId = membersById(data.members);
    std::vector<const Member*> inFile;
    for (const Member* m : candidateMembers(request, data))
        if (!(request.onlyNew && data.alreadySentMembers.count(m->id)))
            inFile.push_back(m);
    std::set<MemberId> inFileIds;
    for (const Member* m : inFile)
        inFileIds.insert(m->id);

    // Every member's problems, in member-number order, before anything is written.
    std::map<MemberId, std::string> headNumber;
    for (const Member* m : inFile) {
        if (m->insuranceNumber.empty())
            file.problems.push_back(makeProblem(
                number(m->id), "export.missing_insurance_number", {number(m->id), m->fullName()},
                "Member " + number(m->id) + " (" + m->fullName() +
                    ") has no insurance number: openIMIS only takes members the mutual has numbered "
                    "(list them as to enrol instead)."));
        checkSexAndBirth(*m, file.problems);
        const Member* head = checkHead(*m, inFileIds, data, byId, file.problems);
        if (head && head != m && !inFileIds.count(head->id) && head->insuranceNumber.empty())
            file.problems.push_back(makeProblem(
                number(m->id), "export.head_without_insurance_number",
                {number(m->id), m->fullName(), number(head->id)},
                "The household head of " + memberLabel(*m) + ", " + memberLabel(*head) +
                    ", has no insurance number."));
        if (head)
            headNumber[m->id] = head->insuranceNumber;
    }
    if (!file.problems.empty())
        return file;

    CsvBuilder csv(CsvWriteOptions{',', false, "\r\n", true});
    csv.header({"head_insuree_number", "insuree_number", "last_name", "other_names", "dob", "sex", "village",
                "municipality", "district", "region"});
    for (const Member* m : householdOrder(inFile)) {
        csv.row({csv.text(headNumber[m->id]), csv.text(m->insuranceNumber), csv.text(m->lastName),
                 csv.text(m->otherNames), csv.text(exportfmt::usDate(*m->birthDate)), csv.text(sexCode(m->sex)),
                 csv.text(m->village), csv.text(m->municipality), csv.text(m->district), csv.text(m->region)});
        file.memberIds.push_back(m->id);
    }
    csv.finish(file);
    return file;
}

namespace {

std::string frenchRelationship(const Member& m)
{
    if (headOf(m) == m.id)
        return "Chef de m\xC3\xA9nage";
    switch (m.relationship) {
    case Relationship::Spouse: return "Conjoint(e)";
    case Relationship::Child: return "Enfant";
    case Relationship::Parent: return "Parent";
    case Relationship::Sibling: return "Fr\xC3\xA8re/S\xC5\x93ur";
    case Relationship::Other: return "Autre";
    case Relationship::None: break;
    }
    return "";
}

std::string frenchSex(Sex sex)
{
    switch (sex) {
    case Sex::Male: return "M";
    case Sex::Female: return "F";
    case Sex::Other: return "Autre";
    case Sex::Unknown: break;
    }
    return "";
}

std::string idDocument(const Member& m)
{
    if (m.idDocType.empty())
        return m.idDocNumber;
    if (m.idDocNumber.empty())
        return m.idDocType;
    return m.idDocType + " " + m.idDocNumber;
}

} // namespace

ExportFile buildMutuelleFr(const ExportRequest& request, const ExportData& data)
{
    ExportFile file;
    const Partner& partner = *data.partner;
    const Currency& currency = data.settings.currency();
    const auto byId = membersById(data.members);

    // The household's latest live payment dated in the period (onlyNew: among those not sent).
    std::map<MemberId, const PremiumPayment*> latest;
    for (const PremiumPayment& p : data.payments) {
        if (p.partner != partner.id || p.reversed || p.date < request.from || p.date > request.to)
            continue;
        if (request.onlyNew && data.alreadySentPayments.count(p.id))
            continue;
        const PremiumPayment*& best = latest[p.head];
        if (!best || std::make_pair(p.date, p.id) > std::make_pair(best->date, best->id))
            best = &p;
    }

    // onlyNew keeps a member sent before when their household has a new payment to report.
    std::vector<const Member*> inFile;
    for (const Member* m : candidateMembers(request, data))
        if (!request.onlyNew || !data.alreadySentMembers.count(m->id) || latest.count(headOf(*m)))
            inFile.push_back(m);
    std::set<MemberId> inFileIds;
    for (const Member* m : inFile)
        inFileIds.insert(m->id);

    std::map<MemberId, std::string> headNumber;
    for (const Member* m : inFile) {
        checkSexAndBirth(*m, file.problems);
        const Member* head = checkHead(*m, inFileIds, data, byId, file.problems);
        if (head != m && m->relationship == Relationship::None)
            file.problems.push_back(makeProblem(
                number(m->id), "export.missing_relationship", {number(m->id), m->fullName()},
                "The relationship of " + memberLabel(*m) + " to the household head is not recorded."));
        if (head)
            headNumber[m->id] = head->insuranceNumber;
    }
    if (!file.problems.empty())
        return file;

    // ';' and the decimal comma are what a French spreadsheet opens in columns; the BOM makes
    // Excel read the file as UTF-8 so that accents come out right.
    CsvBuilder csv(CsvWriteOptions{';', true, "\r\n", true});
    csv.header({"N\xC2\xB0 assur\xC3\xA9", "N\xC2\xB0 chef de m\xC3\xA9nage", "Lien de parent\xC3\xA9", "Nom",
                "Pr\xC3\xA9noms", "Date de naissance", "Sexe", "Pi\xC3\xA8" "ce d'identit\xC3\xA9",
                "T\xC3\xA9l\xC3\xA9phone", "Localit\xC3\xA9", "Date d'adh\xC3\xA9sion", "Date de paiement",
                "Montant", "N\xC2\xB0 de re\xC3\xA7u", "D\xC3\xA9" "but de p\xC3\xA9riode",
                "Fin de p\xC3\xA9riode", "Payeur"});
    std::set<PremiumId> paymentIds;
    for (const Member* m : householdOrder(inFile)) {
        std::vector<std::string> cells{csv.text(m->insuranceNumber), csv.text(headNumber[m->id]),
                                       csv.text(frenchRelationship(*m)), csv.text(m->lastName),
                                       csv.text(m->otherNames), csv.text(exportfmt::frDate(*m->birthDate)),
                                       csv.text(frenchSex(m->sex)), csv.text(idDocument(*m)), csv.text(m->phone),
                                       csv.text(m->village), csv.text(exportfmt::frDate(m->joinedOn))};
        const auto paid = latest.find(headOf(*m));
        if (paid != latest.end()) {
            const PremiumPayment& p = *paid->second;
            cells.push_back(csv.text(exportfmt::frDate(p.date)));
            cells.push_back(csv.number(exportfmt::amount(p.amount, currency.decimals, ',')));
            cells.push_back(csv.text(p.receiptNumber));
            cells.push_back(csv.text(exportfmt::frDate(p.periodStart)));
            cells.push_back(csv.text(exportfmt::frDate(p.periodEnd)));
            cells.push_back(csv.text(partner.payerName));
            paymentIds.insert(p.id);
        } else {
            cells.insert(cells.end(), 6, std::string());
        }
        csv.row(cells);
        file.memberIds.push_back(m->id);
    }
    file.paymentIds.assign(paymentIds.begin(), paymentIds.end());
    csv.finish(file);
    return file;
}

} // namespace tontine::exportimpl
