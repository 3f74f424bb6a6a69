#include "ui/insurance_labels.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QCoreApplication>

namespace tontine::ui {

QString relationshipLabel(Relationship relationship)
{
    switch (relationship) {
    case Relationship::None: return QCoreApplication::translate("Labels", "None (heads the household)");
    case Relationship::Spouse: return QCoreApplication::translate("Labels", "Spouse");
    case Relationship::Child: return QCoreApplication::translate("Labels", "Child");
    case Relationship::Parent: return QCoreApplication::translate("Labels", "Parent");
    case Relationship::Sibling: return QCoreApplication::translate("Labels", "Brother or sister");
    case Relationship::Other: return QCoreApplication::translate("Labels", "Other relative");
    }
    return {};
}

std::vector<Relationship> relationships()
{
    return {Relationship::None,   Relationship::Spouse,  Relationship::Child,
            Relationship::Parent, Relationship::Sibling, Relationship::Other};
}

QString premiumBasisLabel(PremiumBasis basis)
{
    switch (basis) {
    case PremiumBasis::PerMember: return QCoreApplication::translate("Labels", "Per member covered");
    case PremiumBasis::PerHousehold: return QCoreApplication::translate("Labels", "Per household");
    }
    return {};
}

QStringList paymentTypeCodes() { return {QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("M"), QStringLiteral("F")}; }

QString paymentTypeLabel(const QString& code)
{
    QString words;
    if (code == QLatin1String("B"))
        words = QCoreApplication::translate("Labels", "Bank transfer");
    else if (code == QLatin1String("C"))
        words = QCoreApplication::translate("Labels", "Cash");
    else if (code == QLatin1String("M"))
        words = QCoreApplication::translate("Labels", "Mobile money");
    else if (code == QLatin1String("F"))
        words = QCoreApplication::translate("Labels", "Funding");
    else
        return code;
    // The code stays visible: it is what the mutual's system reads in the file.
    return QStringLiteral("%1 (%2)").arg(words, code);
}

QString exportProfileLabel(ExportProfile profile)
{
    switch (profile) {
    case ExportProfile::OpenImisInsurees: return QCoreApplication::translate("Labels", "openIMIS insurees");
    case ExportProfile::Contributions: return QCoreApplication::translate("Labels", "Contributions (premiums paid)");
    case ExportProfile::MutuelleFr: return QCoreApplication::translate("Labels", "Mutuelle (French spreadsheet)");
    case ExportProfile::Members: return QCoreApplication::translate("Labels", "Members list");
    case ExportProfile::Journal: return QCoreApplication::translate("Labels", "Journal");
    case ExportProfile::Ledger: return QCoreApplication::translate("Labels", "Ledger (ledger/hledger journal)");
    }
    return {};
}

QString exportProfileDescription(ExportProfile profile)
{
    switch (profile) {
    case ExportProfile::OpenImisInsurees:
        return QCoreApplication::translate("Labels", "The openIMIS \"Upload insurees\" file: one row per insured person, heads before their "
                  "dependants. Comma-separated, UTF-8, dates MM/DD/YYYY.");
    case ExportProfile::Contributions:
        return QCoreApplication::translate("Labels", "One row per premium paid in the period, with the period it covers. Comma-separated, UTF-8, "
                  "dates YYYY-MM-DD.");
    case ExportProfile::MutuelleFr:
        return QCoreApplication::translate("Labels", "For mutuals working from spreadsheets: one row per insured person with the household's "
                  "latest payment. Semicolon-separated, UTF-8 with BOM, dates DD/MM/YYYY, French headers.");
    case ExportProfile::Members:
        return QCoreApplication::translate("Labels", "Every member's details, for the group's own use. Comma-separated, UTF-8.");
    case ExportProfile::Journal:
        return QCoreApplication::translate("Labels", "Every posting of the period's money entries, for the group's own use. Comma-separated, UTF-8.");
    case ExportProfile::Ledger:
        return QCoreApplication::translate("Labels", "The books as a plain-text journal that ledger and hledger read, opening with the balances "
                  "of the day before the period.");
    }
    return {};
}

std::vector<ExportProfile> insureesProfiles()
{
    return {ExportProfile::OpenImisInsurees, ExportProfile::MutuelleFr, ExportProfile::Members};
}

QString memberSelectionLabel(MemberSelection selection)
{
    switch (selection) {
    case MemberSelection::Enrolled: return QCoreApplication::translate("Labels", "Enrolled (with an insurance number)");
    case MemberSelection::ToEnrol: return QCoreApplication::translate("Labels", "To enrol (no insurance number yet)");
    case MemberSelection::All: return QCoreApplication::translate("Labels", "All");
    }
    return {};
}

QString exportProblemLine(const Problem& problem, const MemberNames& names)
{
    bool number = false;
    const MemberId id = toQt(problem.field).toLongLong(&number);
    const QString text = problemText(problem);
    if (number && names.contains(id))
        return text.contains(names.value(id)) ? text : QStringLiteral("%1 — %2: %3").arg(id).arg(names.value(id), text);
    if (!problem.field.empty())
        return QStringLiteral("%1: %2").arg(toQt(problem.field), text);
    return text;
}

QString sentBeforeLine(const std::vector<ExportRecord>& records, const ExportRequest& request)
{
    int sent = 0;
    const ExportRecord* last = nullptr;
    for (const ExportRecord& record : records)
        if (record.profile == request.profile && record.partner == request.partner.value_or(0)) {
            ++sent;
            last = &record;
        }
    if (!last)
        return {};
    return QCoreApplication::translate("Labels",
                                       "Sent before in this format: %n file(s); the last on %1, %2 (%3 to %4, %5 row(s)).",
                                       nullptr, sent)
        .arg(dateText(last->sentOn), toQt(last->fileName), dateText(last->from), dateText(last->to))
        .arg(last->rows);
}

} // namespace tontine::ui
