#pragma once
// Translated, human words for core's stable codes (frequencies, languages, roles, accounts,
// storage failures, problems). Pure lookup: it must not decide rules or touch a Book.

#include "core/error/errors.h"
#include "core/ledger/account.h"
#include "core/ledger/entry.h"
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

// What a storage failure means for the person in front of the screen.
QString storageErrorText(const StorageError& error);
// The words for a member field named as in MemberInput ("lastName" -> "Last name").
QString memberFieldLabel(const std::string& field);
// A problem's message as shown next to its field.
QString problemText(const Problem& problem);

} // namespace tontine::ui
