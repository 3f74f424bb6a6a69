#pragma once
// Translated, human words for core's stable codes (frequencies, languages, roles, accounts,
// storage failures, problems). Pure lookup: it must not decide rules or touch a Book.

#include "core/error/errors.h"
#include "core/ledger/account.h"
#include "core/ledger/entry.h"
#include "core/meetings/meeting.h"
#include "core/settings/fund_settings.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace tontine::ui {

QString frequencyLabel(MeetingFrequency frequency);
QString languageLabel(const std::string& code);
QStringList languageCodes();          // "fr", "en", "es"
QString roleLabel(const std::string& code);
QStringList roleCodes();              // treasurer, secretary, president, auditor
QString sexLabel(Sex sex);
QString accountKindLabel(AccountKind kind);
QString accountLabel(const Account& account);
// The label of every account by code; member accounts carry the member's name.
QHash<QString, QString> accountLabels(const std::vector<Account>& accounts, const std::vector<Member>& members);
// One line saying what an entry is: its memo, or for an audit record what changed.
QString entrySummary(const Entry& entry);

// Attendance: the word ("Late"), its one-letter key typed in the meeting sheet ("L"), and the
// statuses in the order they are offered. The key is the translated word's first letter.
QString attendanceLabel(AttendanceStatus status);
QString attendanceKey(AttendanceStatus status);
std::vector<AttendanceStatus> attendanceStatuses();
QString meetingStatusLabel(MeetingStatus status);
// The words for a meeting summary line's kind ("due-payment" -> "Due paid").
QString meetingLineKindLabel(const std::string& kind);
// The words for a due's kind ("fine:late" -> "Fine for being late").
QString dueKindLabel(const std::string& kind);

// What a storage failure means for the person in front of the screen.
QString storageErrorText(const StorageError& error);
// The words for a member field named as in MemberInput ("lastName" -> "Last name").
QString memberFieldLabel(const std::string& field);
// A problem's message as shown next to its field.
QString problemText(const Problem& problem);

} // namespace tontine::ui
