#pragma once
// Human words for health insurance codes: a member's relationship to the household head, a
// premium's basis, the openIMIS payment types, the export profiles and member selections.
// Pure lookup of core's codes; it must not decide a rule or touch a Book.

#include "core/exchange/export_profile.h"
#include "core/members/member.h"
#include "core/premiums/partner.h"
#include "ui/rotation_labels.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tontine::ui {

QString relationshipLabel(Relationship relationship); // "Spouse", …; "None" for a head
std::vector<Relationship> relationships();           // None first, then as the mutuals list them
QString premiumBasisLabel(PremiumBasis basis);        // "Per member", "Per household"
// The payment types a partner may take, by openIMIS code: B, C, M, F.
QStringList paymentTypeCodes();
QString paymentTypeLabel(const QString& code);        // "Cash (C)"
QString exportProfileLabel(ExportProfile profile);    // "openIMIS insurees"
// One line saying what a profile's file is for and its format.
QString exportProfileDescription(ExportProfile profile);
// The profiles a partner may want as its insurees file (Partner::exportProfile).
std::vector<ExportProfile> insureesProfiles();
QString memberSelectionLabel(MemberSelection selection);
// A refused export's problem as listed: core's words, with the member's number and name put
// first when the problem names a member (field = number) and the words do not name them.
QString exportProblemLine(const Problem& problem, const MemberNames& names);
// "Sent before in this format: 2 files; the last on …" for the records that went to the same
// partner in the same profile as `request`; empty when none.
QString sentBeforeLine(const std::vector<ExportRecord>& records, const ExportRequest& request);

} // namespace tontine::ui
