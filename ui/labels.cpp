#include "ui/labels.h"

#include "ui/convert.h"

#include <QCoreApplication>

namespace tontine::ui {

QString frequencyLabel(MeetingFrequency frequency)
{
    switch (frequency) {
    case MeetingFrequency::Weekly: return QCoreApplication::translate("Labels", "Weekly");
    case MeetingFrequency::Fortnightly: return QCoreApplication::translate("Labels", "Every two weeks");
    case MeetingFrequency::Monthly: return QCoreApplication::translate("Labels", "Monthly");
    }
    return {};
}

QStringList languageCodes() { return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es")}; }

QString languageLabel(const std::string& code)
{
    // Each language is named in itself so people find their own.
    if (code == "fr") return QStringLiteral("Français");
    if (code == "en") return QStringLiteral("English");
    if (code == "es") return QStringLiteral("Español");
    return toQt(code);
}

QStringList roleCodes()
{
    return {QStringLiteral("treasurer"), QStringLiteral("secretary"), QStringLiteral("president"),
            QStringLiteral("auditor")};
}

QString roleLabel(const std::string& code)
{
    if (code == "treasurer") return QCoreApplication::translate("Labels", "Treasurer");
    if (code == "secretary") return QCoreApplication::translate("Labels", "Secretary");
    if (code == "president") return QCoreApplication::translate("Labels", "President");
    if (code == "auditor") return QCoreApplication::translate("Labels", "Auditor");
    return toQt(code);
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Male: return QCoreApplication::translate("Labels", "Male");
    case Sex::Female: return QCoreApplication::translate("Labels", "Female");
    case Sex::Other: return QCoreApplication::translate("Labels", "Other");
    case Sex::Unknown: break;
    }
    return {};
}

QString accountKindLabel(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Asset: return QCoreApplication::translate("Labels", "Asset");
    case AccountKind::Liability: return QCoreApplication::translate("Labels", "Liability");
    case AccountKind::Equity: return QCoreApplication::translate("Labels", "Equity");
    case AccountKind::Income: return QCoreApplication::translate("Labels", "Income");
    case AccountKind::Expense: return QCoreApplication::translate("Labels", "Expense");
    }
    return {};
}

QString accountLabel(const Account& account)
{
    const std::string& c = account.code;
    if (c == accounts::Cash) return QCoreApplication::translate("Labels", "Cash box");
    if (c == accounts::Bank) return QCoreApplication::translate("Labels", "Bank");
    if (c == accounts::MobileMoney) return QCoreApplication::translate("Labels", "Mobile money");
    if (c == accounts::SocialFund) return QCoreApplication::translate("Labels", "Social fund");
    if (c == accounts::PremiumsPayable) return QCoreApplication::translate("Labels", "Premiums payable to the mutual");
    if (c == accounts::InterestIncome) return QCoreApplication::translate("Labels", "Interest income");
    if (c == accounts::FineIncome) return QCoreApplication::translate("Labels", "Fines");
    if (c == accounts::FeeIncome) return QCoreApplication::translate("Labels", "Fees");
    if (c == accounts::GrantExpense) return QCoreApplication::translate("Labels", "Social grants");
    if (c == accounts::GroupExpense) return QCoreApplication::translate("Labels", "Group costs");
    if (c == accounts::OpeningBalances) return QCoreApplication::translate("Labels", "Opening balances");
    // Member accounts carry the member's name, which core already put in the label.
    return toQt(account.name.empty() ? account.code : account.name);
}

QHash<QString, QString> accountLabels(const std::vector<Account>& accounts, const std::vector<Member>& members)
{
    QHash<MemberId, QString> names;
    for (const Member& m : members)
        names.insert(m.id, toQt(m.fullName()));
    QHash<QString, QString> out;
    for (const Account& a : accounts) {
        QString label = accountLabel(a);
        if (a.memberId && names.contains(*a.memberId)) {
            const QString who = names.value(*a.memberId);
            if (a.code == accounts::savings(*a.memberId))
                label = QCoreApplication::translate("Labels", "Savings — %1 (no. %2)").arg(who).arg(*a.memberId);
            else if (a.code == accounts::loanPrincipal(*a.memberId))
                label = QCoreApplication::translate("Labels", "Loan — %1 (no. %2)").arg(who).arg(*a.memberId);
        }
        out.insert(toQt(a.code), label);
    }
    return out;
}

QString entrySummary(const Entry& entry)
{
    if (entry.reverses)
        return QCoreApplication::translate("Labels", "Reversal of #%1: %2").arg(*entry.reverses).arg(toQt(entry.memo));
    if (!entry.memo.empty())
        return toQt(entry.memo);
    if (entry.kind == EntryKind::Audit) {
        const QString what = toQt(entry.subject);
        if (entry.action == "add") return QCoreApplication::translate("Labels", "Added %1").arg(what);
        if (entry.action == "edit") return QCoreApplication::translate("Labels", "Changed %1").arg(what);
        if (entry.action == "deactivate") return QCoreApplication::translate("Labels", "Deactivated %1").arg(what);
        return QStringLiteral("%1: %2").arg(toQt(entry.action), what);
    }
    return toQt(entry.action);
}

QString attendanceLabel(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return QCoreApplication::translate("Labels", "Present");
    case AttendanceStatus::Late: return QCoreApplication::translate("Labels", "Late");
    case AttendanceStatus::Absent: return QCoreApplication::translate("Labels", "Absent");
    case AttendanceStatus::Excused: return QCoreApplication::translate("Labels", "Excused");
    }
    return {};
}

QString attendanceKey(AttendanceStatus status)
{
    return attendanceLabel(status).left(1).toUpper();
}

std::vector<AttendanceStatus> attendanceStatuses()
{
    return {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Absent, AttendanceStatus::Excused};
}

QString meetingStatusLabel(MeetingStatus status)
{
    return status == MeetingStatus::Open ? QCoreApplication::translate("Labels", "Open")
                                         : QCoreApplication::translate("Labels", "Closed");
}

QString meetingLineKindLabel(const std::string& kind)
{
    if (kind == "due-payment") return QCoreApplication::translate("Labels", "Due paid");
    if (kind == "cash-difference") return QCoreApplication::translate("Labels", "Cash count difference");
    if (kind == "opening") return QCoreApplication::translate("Labels", "Opening savings");
    if (kind == "reversal") return QCoreApplication::translate("Labels", "Reversal");
    if (kind == "rotation-contribution") return QCoreApplication::translate("Labels", "Contribution");
    if (kind == "rotation-fine") return QCoreApplication::translate("Labels", "Rotation late fine paid");
    if (kind == "rotation-payout") return QCoreApplication::translate("Labels", "Pot paid out");
    if (kind == "rotation-reserve") return QCoreApplication::translate("Labels", "Discount reserve shared");
    if (kind == "rotation-leave") return QCoreApplication::translate("Labels", "Member left a rotation");
    if (kind == "savings-opening") return QCoreApplication::translate("Labels", "Opening savings of the cycle");
    if (kind == "savings-shares") return QCoreApplication::translate("Labels", "Shares bought");
    if (kind == "savings-voluntary") return QCoreApplication::translate("Labels", "Voluntary savings");
    if (kind == "savings-withdrawal") return QCoreApplication::translate("Labels", "Savings withdrawn");
    if (kind == "social-grant") return QCoreApplication::translate("Labels", "Social fund grant");
    if (kind == "social-loan") return QCoreApplication::translate("Labels", "Social loan paid out");
    if (kind == "shareout") return QCoreApplication::translate("Labels", "Share-out");
    return toQt(kind);
}

QString dueKindLabel(const std::string& kind)
{
    if (kind == "fine:late") return QCoreApplication::translate("Labels", "Fine for being late");
    if (kind == "fine:absent") return QCoreApplication::translate("Labels", "Fine for being absent");
    if (kind == "fine:excused") return QCoreApplication::translate("Labels", "Fine for an excused absence");
    if (kind == "social") return QCoreApplication::translate("Labels", "Social fund contribution");
    if (kind == "social-loan") return QCoreApplication::translate("Labels", "Social loan");
    return toQt(kind);
}

QString storageErrorText(const StorageError& error)
{
    switch (error.kind()) {
    case StorageError::Kind::Locked: return QCoreApplication::translate("Labels", "This fund is open in another window or program.");
    case StorageError::Kind::NotAFund: return QCoreApplication::translate("Labels", "This file is not a Tontine fund.");
    case StorageError::Kind::NewerVersion:
        return QCoreApplication::translate("Labels", "This fund was saved by a newer version of Tontine. Install that version to open it.");
    case StorageError::Kind::Damaged:
        return QCoreApplication::translate("Labels", "This fund file is damaged. Restore it from a backup.");
    case StorageError::Kind::DiskFull: return QCoreApplication::translate("Labels", "The disk is full. Free some space and try again.");
    case StorageError::Kind::ReadOnly:
        return QCoreApplication::translate("Labels", "The fund cannot be written here (read-only). Copy it to a writable folder first.");
    case StorageError::Kind::NotFound: return QCoreApplication::translate("Labels", "The fund file was not found.");
    case StorageError::Kind::Exists: return QCoreApplication::translate("Labels", "A file with this name already exists.");
    case StorageError::Kind::Io: return QCoreApplication::translate("Labels", "The fund file could not be read or written.");
    }
    return toQt(std::string(error.what()));
}

QString memberFieldLabel(const std::string& field)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"lastName", QT_TRANSLATE_NOOP("Labels", "Last name")},
        {"otherNames", QT_TRANSLATE_NOOP("Labels", "Other names")},
        {"sex", QT_TRANSLATE_NOOP("Labels", "Sex")},
        {"birthDate", QT_TRANSLATE_NOOP("Labels", "Birth date")},
        {"phone", QT_TRANSLATE_NOOP("Labels", "Phone")},
        {"idDocType", QT_TRANSLATE_NOOP("Labels", "ID document")},
        {"idDocNumber", QT_TRANSLATE_NOOP("Labels", "ID number")},
        {"village", QT_TRANSLATE_NOOP("Labels", "Village / town")},
        {"municipality", QT_TRANSLATE_NOOP("Labels", "Municipality")},
        {"district", QT_TRANSLATE_NOOP("Labels", "District")},
        {"region", QT_TRANSLATE_NOOP("Labels", "Region")},
        {"joinedOn", QT_TRANSLATE_NOOP("Labels", "Joined on")},
        {"householdHead", QT_TRANSLATE_NOOP("Labels", "Household head")},
        {"insuranceNumber", QT_TRANSLATE_NOOP("Labels", "Insurance number")},
    };
    for (const auto& [key, label] : labels)
        if (field == key)
            return QCoreApplication::translate("Labels", label);
    return toQt(field);
}

QString problemText(const Problem& problem)
{
    // Core gives English text with its arguments filled in; translations match on that text.
    return QCoreApplication::translate("Problems", problem.text.c_str());
}

} // namespace tontine::ui
