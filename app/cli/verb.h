#pragma once
// One CLI verb ("member add"): its help text, what it accepts and what it runs.
// Verbs are grouped by file (cli_members.cpp, cli_ledger.cpp, …); allVerbs() lists them all,
// and `help --verbs` prints that list so the golden-test coverage check sees every verb.

#include "app/cli/arg_parser.h"

#include <functional>
#include <string>
#include <vector>

namespace tontine::cli {

class CliContext;

struct Verb {
    std::string name;     // one or more words: "verify", "member add", "settings operator add"
    std::string summary;  // one line for the overview
    std::string usage;    // arguments after the verb name
    std::string details;  // further help: what it does, each option
    ArgSpec spec;
    bool writes = false;  // accepts --date and --as
    bool json = false;    // a read verb: accepts --json
    std::function<int(CliContext&, const ParsedArgs&)> run;
};

std::vector<Verb> fundVerbs();    // init, demo, settings…
std::vector<Verb> rulesVerbs();   // settings rules, settings rules set
std::vector<Verb> memberVerbs();  // member …
std::vector<Verb> meetingVerbs(); // meeting open, attend, close, show, list
Verb meetingShowVerb();           // meeting show (its own file: the summary is long)
std::vector<Verb> dueVerbs();     // due list, due pay
std::vector<Verb> rotationVerbs();      // rotation create, list, plan, order
Verb rotationCreateVerb();              // rotation create (cli_rotation_create.cpp)
std::vector<Verb> rotationMoneyVerbs(); // rotation contribute, payout, arrears
std::vector<Verb> rotationOrderVerbs(); // rotation draw, bid
std::vector<Verb> rotationCycleVerbs(); // rotation leave, share-reserve, fine
std::vector<Verb> savingsCycleVerbs();  // savings cycle create, list
std::vector<Verb> savingsMoneyVerbs();  // savings opening, buy, save, withdraw, balances, records
std::vector<Verb> socialVerbs();        // social rules, rules set, contribute, balance
std::vector<Verb> socialGrantVerbs();   // social grant, grants, loan
std::vector<Verb> shareOutVerbs();      // shareout preview, commit
std::vector<Verb> loanProductVerbs();   // loan rules, rules set, product list, add, edit
std::vector<Verb> loanVerbs();          // loan request, approve, cancel, disburse, repay
std::vector<Verb> loanShowVerbs();      // loan show, list, schedule
std::vector<Verb> loanDefaultVerbs();   // loan reschedule, default, recover, write-off, repay-guarantor
std::vector<Verb> guaranteeVerbs();     // guarantee create, release, call, list
std::vector<Verb> portfolioVerbs();     // portfolio
std::vector<Verb> partnerVerbs();       // partner list, add, edit
std::vector<Verb> premiumVerbs();       // premium pay, remit, list, status
std::vector<Verb> exportVerbs();        // export PROFILE, export list
std::vector<Verb> reportVerbs();        // statement, report, sheet
Verb meetingSummaryVerb();              // meeting summary (beside meeting show: the same summary)
std::vector<Verb> ledgerVerbs();  // journal, balances, reverse, verify
std::vector<Verb> backupVerbs();  // backup, backup list
std::vector<Verb> helpVerbs();    // help

// Every verb, in the order help lists them.
const std::vector<Verb>& allVerbs();
const Verb* findVerb(const std::string& name);

// The help for one verb, and the overview.
std::string verbHelp(const Verb& verb);
std::string overviewHelp();
std::string usageLine(const Verb& verb);

} // namespace tontine::cli
