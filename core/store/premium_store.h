#pragma once
// Rows of partner mutuals (the fund's settings, edited in place), the premiums paid and
// remitted for them, and the exports recorded as sent. It trusts its caller (Book) to have
// validated everything; the schema's triggers keep the facts from changing. Whether a payment
// or remittance was reversed is read from its entry, never stored.

#include "core/exchange/export_profile.h"
#include "core/premiums/partner.h"
#include "core/premiums/premium.h"
#include "core/store/sqlite.h"

#include <optional>
#include <vector>

namespace tontine::store {

class PremiumStore {
public:
    explicit PremiumStore(Database& db) : m_db(db) {}

    std::vector<Partner> partners() const;
    std::optional<Partner> partner(PartnerId id) const;
    PartnerId insertPartner(const Partner& partner);
    void updatePartner(const Partner& partner);

    PremiumId insertPayment(const PremiumPayment& payment);
    // In id order, `reversed` filled from the entries.
    std::vector<PremiumPayment> payments(std::optional<PartnerId> partner = {}) const;
    std::optional<PremiumPayment> paymentOfEntry(EntrySeq seq) const;

    RemittanceId insertRemittance(const PremiumRemittance& remittance);
    std::vector<PremiumRemittance> remittances(std::optional<PartnerId> partner = {}) const;
    std::optional<PremiumRemittance> remittanceOfEntry(EntrySeq seq) const;

    std::int64_t insertExportRecord(const ExportRecord& record);
    // In id order, with their member and payment ids.
    std::vector<ExportRecord> exportRecords() const;

private:
    Database& m_db;
};

} // namespace tontine::store
