// Book::verify: SQLite's integrity check, the hash chain, the current records against their
// last chained snapshot, and the chain against the heads kept in the automatic backups.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_loan_text.h"
#include "core/meetings/due_payment.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace tontine {

namespace {

// Current snapshot of every audited subject, as the records stand in the tables now.
std::map<std::string, std::string> currentSnapshots(BookFile& file)
{
    std::map<std::string, std::string> out;
    out["settings"] = settingsSnapshot(file.settings.load());
    for (const auto& op : file.settings.operators())
        out["operator:" + std::to_string(op.id)] = operatorSnapshot(op);
    for (const auto& m : file.members.list({}, true))
        out["member:" + std::to_string(m.id)] = memberSnapshot(m);
    if (file.meetings.hasRules())
        out["rules:meetings"] = meetingRulesSnapshot(file.meetings.loadRules());
    for (const auto& m : file.meetings.list())
        out[meetingSubject(m.id)] = meetingSnapshot(m);
    for (const auto& a : file.meetings.allAttendance())
        out["attendance:" + std::to_string(a.meeting) + ":" + std::to_string(a.member)] = attendanceSnapshot(a);
    for (const auto& d : file.meetings.dues(std::nullopt))
        out["due:" + std::to_string(d.id)] = dueSnapshot(d);
    if (file.social.hasSocialRules())
        out["rules:social"] = socialRulesSnapshot(file.social.loadSocialRules());
    for (const auto& cycle : file.savings.cycles()) {
        out["savings:" + std::to_string(cycle.id)] = savingsCycleSnapshot(cycle);
        if (auto plan = file.savings.shareOut(cycle.id))
            out["shareout:" + std::to_string(cycle.id)] = shareOutSnapshot(*plan);
    }
    // Loans: the rules, each product, each loan's terms and state, each schedule version,
    // what guarantors gave and got back, and each group guarantee.
    if (file.loans.hasRules())
        out["rules:loans"] = loanRulesSnapshot(file.loans.loadRules());
    for (const auto& p : file.loans.products())
        out["loanproduct:" + std::to_string(p.id)] = loanProductSnapshot(p);
    for (const auto& loan : file.loans.loans()) {
        const std::string subject = "loan:" + std::to_string(loan.id);
        out[subject] = loanSnapshot(loan);
        int version = 0;
        for (const auto& schedule : file.loans.schedules(loan.id))
            out[subject + ":schedule:" + std::to_string(++version)] = scheduleSnapshot(schedule);
        if (auto debts = file.loans.guarantorDebtsOfLoan(loan.id); !debts.empty())
            out[subject + ":guarantors"] = guarantorMoneySnapshot(debts);
    }
    for (const auto& g : file.loans.guarantees())
        out["guarantee:" + std::to_string(g.id)] = groupGuaranteeSnapshot(g);
    // Partner mutuals (settings, changed in place) and the exports recorded as sent.
    for (const auto& p : file.premiums.partners())
        out["partner:" + std::to_string(p.id)] = partnerSnapshot(p);
    for (const auto& r : file.premiums.exportRecords())
        out["export:" + std::to_string(r.id)] = exportRecordSnapshot(r);
    for (RotationId id : file.rotations.ids()) {
        if (auto spec = file.rotations.spec(id))
            out[rotationSubject(id)] = rotationSpecSnapshot(*spec);
        for (const auto& [round, decision] : file.rotations.decisions(id))
            out[auctionSubject(id, round)] = auctionSnapshot(id, decision.first, decision.second);
    }
    return out;
}

bool isRecordsSubject(const std::string& subject)
{
    const std::string_view suffix = ":records";
    return subject.size() > suffix.size() && subject.compare(subject.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A rotation's records (lines, fines, payouts, withdrawals, …) against the payload of the
// entry that wrote them: a changed, added or removed row no longer matches its entry.
bool checkRotationRecords(BookFile& file, VerifyReport& report)
{
    for (RotationId id : file.rotations.ids()) {
        auto stored = file.rotations.recordsByEntry(id);
        for (const auto& [seq, payload] : file.rotations.recordEntries(id)) {
            const auto it = stored.find(seq);
            const std::string now = recordsSnapshot(id, it == stored.end() ? RotationRecords{} : it->second);
            if (now != payload) {
                report.firstBadEntry = seq;
                report.problem = "the records of rotation " + std::to_string(id) +
                                 " were changed outside Tontine: they no longer match entry " + std::to_string(seq);
                return false;
            }
            if (it != stored.end())
                stored.erase(it);
        }
        if (!stored.empty()) {
            report.problem = "rotation " + std::to_string(id) + " has records naming entry " +
                             std::to_string(stored.begin()->first) + ", which never recorded them";
            return false;
        }
    }
    return true;
}

// Savings records, grants and social loans against the payload of the entry that wrote them.
bool checkSavingsRecords(BookFile& file, VerifyReport& report)
{
    auto stored = file.savings.recordsByEntry();
    for (const auto& [seq, payload] : file.savings.entriesWithPayload("format=savings_records/1\n")) {
        const auto it = stored.find(seq);
        const std::string now = savingsRecordsPayload(it == stored.end() ? std::vector<SavingsRecord>{} : it->second);
        if (now != payload) {
            report.firstBadEntry = seq;
            report.problem = "savings records were changed outside Tontine: they no longer match entry " +
                             std::to_string(seq);
            return false;
        }
        if (it != stored.end())
            stored.erase(it);
    }
    if (!stored.empty()) {
        report.problem = "savings records name entry " + std::to_string(stored.begin()->first) +
                         ", which never recorded them";
        return false;
    }
    auto grants = file.social.grants();
    for (const auto& [seq, payload] : file.savings.entriesWithPayload("format=social_grant/1\n")) {
        auto g = std::find_if(grants.begin(), grants.end(), [&](const SocialGrant& x) { return x.entrySeq == seq; });
        SocialGrant chained;
        if (g != grants.end()) {
            chained = *g;
            chained.id = 0;
            chained.entrySeq = 0;
        }
        if (g == grants.end() || socialGrantPayload(chained) != payload) {
            report.firstBadEntry = seq;
            report.problem = "the social grant paid by entry " + std::to_string(seq) + " was changed outside Tontine";
            return false;
        }
        grants.erase(g);
    }
    if (!grants.empty()) {
        report.problem = "a social grant names entry " + std::to_string(grants.front().entrySeq) +
                         ", which never paid it";
        return false;
    }
    auto loans = file.social.socialLoans();
    for (const auto& [seq, payload] : file.savings.entriesWithPayload("format=social_loan/1\n")) {
        auto l = std::find_if(loans.begin(), loans.end(), [&](const auto& x) { return x.entry == seq; });
        if (l == loans.end() || socialLoanPayload(l->loan) != payload) {
            report.firstBadEntry = seq;
            report.problem = "the social loan of entry " + std::to_string(seq) + " was changed outside Tontine";
            return false;
        }
        loans.erase(l);
    }
    if (!loans.empty()) {
        report.problem = "a social loan names entry " + std::to_string(loans.front().entry) + ", which never lent it";
        return false;
    }
    return true;
}

// Loan allocation rows against the payload of the entry that wrote them (a repayment, a
// recovery, a netting at a share-out, a reversal).
bool checkLoanAllocations(BookFile& file, VerifyReport& report)
{
    std::string prefix = allocationsPayload({});
    prefix = prefix.substr(0, prefix.find('\n') + 1);
    auto stored = file.loans.allocationsByEntry();
    for (const auto& [seq, payload] : file.savings.entriesWithPayload(prefix)) {
        const auto it = stored.find(seq);
        if (allocationsPayload(it == stored.end() ? std::vector<LoanAllocation>{} : it->second) != payload) {
            report.firstBadEntry = seq;
            report.problem = "loan repayment records were changed outside Tontine: they no longer match entry " +
                             std::to_string(seq);
            return false;
        }
        if (it != stored.end())
            stored.erase(it);
    }
    if (!stored.empty()) {
        report.problem = "loan repayment records name entry " + std::to_string(stored.begin()->first) +
                         ", which never recorded them";
        return false;
    }
    return true;
}

// Premium payments and remittances against the payload of the entry that wrote each.
template <typename Record>
bool checkPremiumRecords(BookFile& file, VerifyReport& report, std::vector<Record> stored, const std::string& prefix,
                         std::string (*payloadOf)(const Record&), const std::string& what)
{
    for (const auto& [seq, payload] : file.savings.entriesWithPayload(prefix)) {
        auto it = std::find_if(stored.begin(), stored.end(), [&](const Record& r) { return r.entrySeq == seq; });
        if (it == stored.end() || payloadOf(*it) != payload) {
            report.firstBadEntry = seq;
            report.problem = "the " + what + " of entry " + std::to_string(seq) + " was changed outside Tontine";
            return false;
        }
        stored.erase(it);
    }
    if (!stored.empty()) {
        report.problem = "a " + what + " names entry " + std::to_string(stored.front().entrySeq) +
                         ", which never recorded it";
        return false;
    }
    return true;
}

} // namespace

VerifyReport Book::verify() const
{
    VerifyReport report;
    const std::string integrity = m_file->ledger.integrityCheck();
    if (integrity != "ok") {
        report.integrityOk = false;
        report.integrityMessage = integrity;
    }
    const auto chain = m_file->ledger.verifyChain();
    report.entriesChecked = chain.entriesChecked;
    report.head = chain.head;
    if (chain.firstBad) {
        report.firstBadEntry = chain.firstBad;
        report.problem = chain.problem;
        return report;
    }

    // Records changed behind the app's back: the table no longer says what the chain says.
    auto current = currentSnapshots(*m_file);
    for (const auto& event : m_file->ledger.latestAuditEvents()) {
        if (isRecordsSubject(event.subject))
            continue; // checked entry by entry below
        auto it = current.find(event.subject);
        if (it == current.end()) {
            report.firstBadEntry = event.seq;
            report.problem = event.subject + " was recorded in entry " + std::to_string(event.seq) +
                             " but is missing from the file";
            return report;
        }
        if (it->second != event.payload) {
            report.firstBadEntry = event.seq;
            report.problem = event.subject + " was changed outside Tontine: it no longer matches entry " +
                             std::to_string(event.seq);
            return report;
        }
        current.erase(it);
    }
    if (!current.empty()) {
        report.problem = current.begin()->first + " is in the file but was never recorded in the chain";
        return report;
    }
    if (!checkRotationRecords(*m_file, report))
        return report;
    if (!checkSavingsRecords(*m_file, report))
        return report;
    if (!checkLoanAllocations(*m_file, report))
        return report;
    if (!checkPremiumRecords<PremiumPayment>(*m_file, report, m_file->premiums.payments(), "format=premium/1\n",
                                             &premiumPayload, "premium payment") ||
        !checkPremiumRecords<PremiumRemittance>(*m_file, report, m_file->premiums.remittances(),
                                                "format=premium_remittance/1\n", &remittancePayload,
                                                "premium remittance"))
        return report;

    // Payments of dues: each row must be the one its entry's chained payload states.
    std::int64_t paymentRows = 0;
    for (const auto& payment : m_file->meetings.payments()) {
        ++paymentRows;
        if (payment.entryPayload != duePaymentPayload(payment.due, payment.amount)) {
            report.firstBadEntry = payment.entry;
            report.problem = "the payment of due " + std::to_string(payment.due) +
                             " was changed outside Tontine: it no longer matches entry " + std::to_string(payment.entry);
            return report;
        }
    }
    if (paymentRows != m_file->meetings.entriesClaimingPayments()) {
        report.problem = "a payment of a due was removed outside Tontine";
        return report;
    }

    // Entries removed from the end leave a valid but shorter chain; the automatic backups
    // remember a longer one.
    for (const auto& backup : automaticBackups()) {
        if (backup.entries > chain.head.count) {
            report.firstBadEntry = chain.head.count + 1;
            report.problem = "the backup of " + backup.createdAt + " holds " + std::to_string(backup.entries) +
                             " entries but the fund has only " + std::to_string(chain.head.count) +
                             ": entries were removed from the end";
            return report;
        }
        if (backup.entries > 0) {
            const auto e = m_file->ledger.get(backup.entries);
            const ChainHead then{backup.entries, e ? e->hash : Hash{}};
            if (then.shortText() != backup.chainHead) {
                report.firstBadEntry = backup.entries;
                report.problem = "entry " + std::to_string(backup.entries) + " differs from the backup of " +
                                 backup.createdAt + " (" + backup.chainHead + ")";
                return report;
            }
        }
        break; // the newest backup suffices: older ones are prefixes of it
    }
    return report;
}

} // namespace tontine
