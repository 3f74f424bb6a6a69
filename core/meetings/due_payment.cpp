#include "core/meetings/due_payment.h"

#include "core/text/canonical_text.h"

namespace tontine {

std::string duePaymentPayload(DueId due, std::int64_t amount)
{
    return CanonicalWriter("due_payment").integer("due", due).integer("amount", amount).str();
}

} // namespace tontine
