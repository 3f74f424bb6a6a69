#include "ui/print/print_labels.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QCoreApplication>

namespace tontine::ui {

namespace {
// The translation context of these words (lupdate reads PrintLabels::tr).
struct PrintLabels {
    Q_DECLARE_TR_FUNCTIONS(PrintLabels)
};

// "rotation:12" -> "12"; "" when `key` does not start with `prefix`.
QString suffixOf(const std::string& key, const std::string& prefix)
{
    return key.rfind(prefix, 0) == 0 ? toQt(key.substr(prefix.size())) : QString();
}
} // namespace

QString entryKindLabel(const std::string& kind)
{
    if (kind == "loan-disbursement") return PrintLabels::tr("Loan paid out");
    if (kind == "loan-topup") return PrintLabels::tr("Loan top-up");
    if (kind == "loan-repayment") return PrintLabels::tr("Loan repayment");
    if (kind == "loan-recovery") return PrintLabels::tr("Recovered from guarantors");
    if (kind == "loan-guarantor-repayment") return PrintLabels::tr("Repaid to a guarantor");
    if (kind == "loan-writeoff") return PrintLabels::tr("Loan written off");
    if (kind == "loan-shareout") return PrintLabels::tr("Loan netted at the share-out");
    if (kind == "social-contribution") return PrintLabels::tr("Social fund contribution");
    return meetingLineKindLabel(kind);
}

QString fundLineLabel(const std::string& key, const std::string& name)
{
    if (key == "cash") return PrintLabels::tr("Cash box");
    if (key == "bank") return PrintLabels::tr("Bank");
    if (key == "mobile") return PrintLabels::tr("Mobile money");
    if (key == "savings") return PrintLabels::tr("Members' savings");
    if (key == "loans") return PrintLabels::tr("Loans to members (principal)");
    if (key == "social") return PrintLabels::tr("Social fund");
    if (key == "social:loans") return PrintLabels::tr("Social loans outstanding");
    if (key == "premiums") return PrintLabels::tr("Premiums held for the mutual");
    if (key == "income") return PrintLabels::tr("Income (interest, fines, fees)");
    if (key == "expenses") return PrintLabels::tr("Expenses");
    if (key == "opening") return PrintLabels::tr("Opening balances");
    if (key == "advances") return PrintLabels::tr("Rotation advances owed by members");
    if (key.rfind("rotation:", 0) == 0)
        return PrintLabels::tr("Rotation pot: %1").arg(name.empty() ? suffixOf(key, "rotation:") : toQt(name));
    return toQt(name.empty() ? key : name);
}

QString sheetColumnLabel(const std::string& key, const std::string& name)
{
    if (key == "social") return PrintLabels::tr("Social fund");
    if (key == "fines") return PrintLabels::tr("Fines");
    if (key == "loans") return PrintLabels::tr("Loan instalments");
    if (key == "social-loans") return PrintLabels::tr("Social loans");
    if (key.rfind("rotation:", 0) == 0)
        return name.empty() ? PrintLabels::tr("Rotation %1").arg(suffixOf(key, "rotation:")) : toQt(name);
    return toQt(name.empty() ? key : name);
}

QString arrearsLabel(const std::string& what, const std::string& whatName)
{
    if (what == "social") return PrintLabels::tr("Social fund contributions");
    if (what == "fine") return PrintLabels::tr("Fines");
    if (what == "social-loan") return PrintLabels::tr("Social loan");
    if (what.rfind("loan:", 0) == 0) return PrintLabels::tr("Loan no. %1").arg(suffixOf(what, "loan:"));
    if (what.rfind("rotation:", 0) == 0)
        return PrintLabels::tr("Rotation: %1").arg(whatName.empty() ? suffixOf(what, "rotation:") : toQt(whatName));
    return toQt(whatName.empty() ? what : whatName);
}

QString grantKindLabel(const std::string& kind)
{
    if (kind == "social-loan") return PrintLabels::tr("Social loan");
    if (kind.rfind("grant:", 0) == 0)
        return PrintLabels::tr("Social fund grant (%1)").arg(suffixOf(kind, "grant:"));
    return toQt(kind);
}

QString loanStatusLabel(const std::string& code)
{
    if (code == "requested") return PrintLabels::tr("requested");
    if (code == "approved") return PrintLabels::tr("approved");
    if (code == "active") return PrintLabels::tr("being repaid");
    if (code == "repaid") return PrintLabels::tr("repaid");
    if (code == "defaulted") return PrintLabels::tr("in default");
    if (code == "closed") return PrintLabels::tr("closed");
    if (code == "cancelled") return PrintLabels::tr("cancelled");
    return toQt(code);
}

QString rotationStatusLabel(const std::string& code)
{
    if (code == "upcoming") return PrintLabels::tr("not started");
    if (code == "collecting") return PrintLabels::tr("collecting");
    if (code == "finished") return PrintLabels::tr("finished");
    return toQt(code);
}

} // namespace tontine::ui
