#pragma once
// The words printed documents use for the codes in core's report data (a fund line's key, a
// collection sheet column, what a member is behind on, a grant's kind, an entry's action, a
// loan's status). Pure lookup through translate(): it decides nothing.

#include <QString>

#include <string>

namespace tontine::ui {

// An entry's action ("loan-repayment" -> "Loan repayment"), falling back to the code.
QString entryKindLabel(const std::string& kind);
// A fund balance line ("cash", "savings", "rotation:<id>" with its name, …).
QString fundLineLabel(const std::string& key, const std::string& name);
// A collection sheet column ("rotation:<id>" with its name, "social", "fines", "loans", "social-loans").
QString sheetColumnLabel(const std::string& key, const std::string& name);
// What a member is behind on ("rotation:<id>" with its name, "loan:<id>", "social", "fine", "social-loan").
QString arrearsLabel(const std::string& what, const std::string& whatName);
// A social fund payment to a member ("grant:<event>", "social-loan").
QString grantKindLabel(const std::string& kind);
// A loan status code ("active", "repaid", …).
QString loanStatusLabel(const std::string& code);
// A rotation's status in the fund report ("upcoming", "collecting", "finished").
QString rotationStatusLabel(const std::string& code);

} // namespace tontine::ui
