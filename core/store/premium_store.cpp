#include "core/store/premium_store.h"

#include "core/error/errors.h"

namespace tontine::store {

namespace {

Date dateOf(const std::string& iso) { return Date::parseIso(iso).value_or(Date()); }

// The reversal of a record's entry names it in `reverses`.
constexpr const char* ReversedColumn = "EXISTS (SELECT 1 FROM entry r WHERE r.reverses = x.entry_seq)";

Partner readPartnerRow(const Statement& st)
{
    Partner p;
    p.id = st.integer(0);
    p.name = st.text(1);
    p.payerName = st.text(2);
    p.basis = parsePremiumBasis(st.text(3)).value_or(PremiumBasis::PerMember);
    p.premium = st.integer(4);
    p.periodMonths = static_cast<int>(st.integer(5));
    p.paymentType = st.text(6);
    p.contributionCategory = st.text(7);
    p.exportProfile = st.text(8);
    p.partialPayments = st.integer(9) != 0;
    p.active = st.integer(10) != 0;
    return p;
}

void bindPartner(Statement& st, const Partner& p)
{
    st.bind(1, p.name).bind(2, p.payerName).bind(3, premiumBasisCode(p.basis)).bind(4, p.premium);
    st.bind(5, p.periodMonths).bind(6, p.paymentType).bind(7, p.contributionCategory).bind(8, p.exportProfile);
    st.bind(9, p.partialPayments ? 1 : 0).bind(10, p.active ? 1 : 0);
}

void writeProducts(Database& db, const Partner& p)
{
    auto del = db.prepare("DELETE FROM partner_product WHERE partner_id = ?");
    del.bind(1, p.id);
    del.run();
    auto st = db.prepare("INSERT INTO partner_product (partner_id, position, code) VALUES (?, ?, ?)");
    int position = 0;
    for (const auto& code : p.productCodes) {
        st.reset();
        st.bind(1, p.id).bind(2, ++position).bind(3, code);
        st.run();
    }
}

std::vector<Partner> readPartners(Database& db, std::optional<PartnerId> id)
{
    auto st = db.prepare("SELECT id, name, payer_name, basis, premium, period_months, payment_type, "
                         "contribution_category, export_profile, partial_payments, active FROM partner "
                         "WHERE ?1 IS NULL OR id = ?1 ORDER BY id");
    st.bind(1, id);
    std::vector<Partner> out;
    while (st.step())
        out.push_back(readPartnerRow(st));
    auto products = db.prepare("SELECT code FROM partner_product WHERE partner_id = ? ORDER BY position");
    for (auto& p : out) {
        products.reset();
        products.bind(1, p.id);
        while (products.step())
            p.productCodes.push_back(products.text(0));
    }
    return out;
}

std::vector<PremiumPayment> readPayments(Database& db, std::optional<PartnerId> partner, std::optional<EntrySeq> seq)
{
    auto st = db.prepare(std::string("SELECT id, partner_id, member_id, product_code, date, amount, receipt_number, "
                                     "period_start, period_end, members_covered, entry_seq, ") +
                         ReversedColumn +
                         " FROM premium_payment x WHERE (?1 IS NULL OR partner_id = ?1) AND (?2 IS NULL OR entry_seq = ?2) "
                         "ORDER BY id");
    st.bind(1, partner).bind(2, seq);
    std::vector<PremiumPayment> out;
    while (st.step()) {
        PremiumPayment p;
        p.id = st.integer(0);
        p.partner = st.integer(1);
        p.head = st.integer(2);
        p.productCode = st.text(3);
        p.date = dateOf(st.text(4));
        p.amount = st.integer(5);
        p.receiptNumber = st.text(6);
        p.periodStart = dateOf(st.text(7));
        p.periodEnd = dateOf(st.text(8));
        p.membersCovered = static_cast<int>(st.integer(9));
        p.entrySeq = st.integer(10);
        p.reversed = st.integer(11) != 0;
        out.push_back(p);
    }
    return out;
}

std::vector<PremiumRemittance> readRemittances(Database& db, std::optional<PartnerId> partner,
                                               std::optional<EntrySeq> seq)
{
    auto st = db.prepare(std::string("SELECT id, partner_id, date, amount, mutual_receipt, note, entry_seq, ") +
                         ReversedColumn +
                         " FROM premium_remittance x WHERE (?1 IS NULL OR partner_id = ?1) "
                         "AND (?2 IS NULL OR entry_seq = ?2) ORDER BY id");
    st.bind(1, partner).bind(2, seq);
    std::vector<PremiumRemittance> out;
    while (st.step()) {
        PremiumRemittance r;
        r.id = st.integer(0);
        r.partner = st.integer(1);
        r.date = dateOf(st.text(2));
        r.amount = st.integer(3);
        r.mutualReceipt = st.text(4);
        r.note = st.text(5);
        r.entrySeq = st.integer(6);
        r.reversed = st.integer(7) != 0;
        out.push_back(r);
    }
    return out;
}

} // namespace

std::vector<Partner> PremiumStore::partners() const { return readPartners(m_db, std::nullopt); }

std::optional<Partner> PremiumStore::partner(PartnerId id) const
{
    auto found = readPartners(m_db, id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

PartnerId PremiumStore::insertPartner(const Partner& partner)
{
    auto st = m_db.prepare("INSERT INTO partner (name, payer_name, basis, premium, period_months, payment_type, "
                           "contribution_category, export_profile, partial_payments, active) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindPartner(st, partner);
    st.run();
    Partner stored = partner;
    stored.id = m_db.lastInsertId();
    writeProducts(m_db, stored);
    return stored.id;
}

void PremiumStore::updatePartner(const Partner& partner)
{
    auto st = m_db.prepare("UPDATE partner SET name = ?, payer_name = ?, basis = ?, premium = ?, period_months = ?, "
                           "payment_type = ?, contribution_category = ?, export_profile = ?, partial_payments = ?, "
                           "active = ? WHERE id = ?");
    bindPartner(st, partner);
    st.bind(11, partner.id);
    st.run();
    writeProducts(m_db, partner);
}

PremiumId PremiumStore::insertPayment(const PremiumPayment& p)
{
    auto st = m_db.prepare("INSERT INTO premium_payment (partner_id, member_id, product_code, date, amount, "
                           "receipt_number, period_start, period_end, members_covered, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, p.partner).bind(2, p.head).bind(3, p.productCode).bind(4, p.date.iso()).bind(5, p.amount);
    st.bind(6, p.receiptNumber).bind(7, p.periodStart.iso()).bind(8, p.periodEnd.iso()).bind(9, p.membersCovered);
    st.bind(10, p.entrySeq);
    st.run();
    return m_db.lastInsertId();
}

std::vector<PremiumPayment> PremiumStore::payments(std::optional<PartnerId> partner) const
{
    return readPayments(m_db, partner, std::nullopt);
}

std::optional<PremiumPayment> PremiumStore::paymentOfEntry(EntrySeq seq) const
{
    auto found = readPayments(m_db, std::nullopt, seq);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

RemittanceId PremiumStore::insertRemittance(const PremiumRemittance& r)
{
    auto st = m_db.prepare("INSERT INTO premium_remittance (partner_id, date, amount, mutual_receipt, note, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, r.partner).bind(2, r.date.iso()).bind(3, r.amount).bind(4, r.mutualReceipt).bind(5, r.note);
    st.bind(6, r.entrySeq);
    st.run();
    return m_db.lastInsertId();
}

std::vector<PremiumRemittance> PremiumStore::remittances(std::optional<PartnerId> partner) const
{
    return readRemittances(m_db, partner, std::nullopt);
}

std::optional<PremiumRemittance> PremiumStore::remittanceOfEntry(EntrySeq seq) const
{
    auto found = readRemittances(m_db, std::nullopt, seq);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::int64_t PremiumStore::insertExportRecord(const ExportRecord& r)
{
    auto st = m_db.prepare("INSERT INTO export_record (profile, partner_id, from_date, to_date, members, only_new, "
                           "sent_on, file_name, rows, sha256, operator_name, entry_seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, exportProfileCode(r.profile));
    if (r.partner != 0)
        st.bind(2, r.partner);
    else
        st.bindNull(2);
    st.bind(3, r.from.iso()).bind(4, r.to.iso()).bind(5, memberSelectionCode(r.members)).bind(6, r.onlyNew ? 1 : 0);
    st.bind(7, r.sentOn.iso()).bind(8, r.fileName).bind(9, r.rows).bind(10, r.sha256).bind(11, r.operatorName);
    st.bind(12, r.entrySeq);
    st.run();
    const std::int64_t id = m_db.lastInsertId();
    auto member = m_db.prepare("INSERT INTO export_record_member (export_id, member_id) VALUES (?, ?)");
    for (MemberId m : r.memberIds) {
        member.reset();
        member.bind(1, id).bind(2, m);
        member.run();
    }
    auto payment = m_db.prepare("INSERT INTO export_record_payment (export_id, payment_id) VALUES (?, ?)");
    for (PremiumId p : r.paymentIds) {
        payment.reset();
        payment.bind(1, id).bind(2, p);
        payment.run();
    }
    return id;
}

std::vector<ExportRecord> PremiumStore::exportRecords() const
{
    auto st = m_db.prepare("SELECT id, profile, ifnull(partner_id, 0), from_date, to_date, members, only_new, sent_on, "
                           "file_name, rows, sha256, operator_name, entry_seq FROM export_record ORDER BY id");
    std::vector<ExportRecord> out;
    while (st.step()) {
        ExportRecord r;
        r.id = st.integer(0);
        const std::string profile = st.text(1);
        const auto parsed = parseExportProfile(profile);
        if (!parsed)
            throw StorageError(StorageError::Kind::Damaged, "unknown export profile in the fund: " + profile);
        r.profile = *parsed;
        r.partner = st.integer(2);
        r.from = dateOf(st.text(3));
        r.to = dateOf(st.text(4));
        r.members = parseMemberSelection(st.text(5)).value_or(MemberSelection::All);
        r.onlyNew = st.integer(6) != 0;
        r.sentOn = dateOf(st.text(7));
        r.fileName = st.text(8);
        r.rows = static_cast<int>(st.integer(9));
        r.sha256 = st.text(10);
        r.operatorName = st.text(11);
        r.entrySeq = st.integer(12);
        out.push_back(r);
    }
    auto members = m_db.prepare("SELECT member_id FROM export_record_member WHERE export_id = ? ORDER BY member_id");
    auto payments = m_db.prepare("SELECT payment_id FROM export_record_payment WHERE export_id = ? ORDER BY payment_id");
    for (auto& r : out) {
        members.reset();
        members.bind(1, r.id);
        while (members.step())
            r.memberIds.push_back(members.integer(0));
        payments.reset();
        payments.bind(1, r.id);
        while (payments.step())
            r.paymentIds.push_back(payments.integer(0));
    }
    return out;
}

} // namespace tontine::store
