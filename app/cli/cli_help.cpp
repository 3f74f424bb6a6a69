// The verb registry and every help text: `help`, `help VERB`, `VERB --help`, `help --verbs`.
#include "app/cli/cli_context.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"

#include <ostream>

namespace tontine::cli {

const std::vector<Verb>& allVerbs()
{
    static const std::vector<Verb> verbs = [] {
        std::vector<Verb> all;
        for (auto group : {fundVerbs(), rulesVerbs(), memberVerbs(), meetingVerbs(), dueVerbs(), rotationVerbs(),
                           rotationMoneyVerbs(), rotationOrderVerbs(), rotationCycleVerbs(), savingsCycleVerbs(),
                           savingsMoneyVerbs(), socialVerbs(), socialGrantVerbs(), partnerVerbs(), premiumVerbs(),
                           shareOutVerbs(), loanProductVerbs(), loanVerbs(), loanShowVerbs(), loanDefaultVerbs(),
                           guaranteeVerbs(), portfolioVerbs(), reportVerbs(), exportVerbs(), ledgerVerbs(),
                           backupVerbs(), helpVerbs()})
            for (auto& v : group)
                all.push_back(std::move(v));
        return all;
    }();
    return verbs;
}

const Verb* findVerb(const std::string& name)
{
    for (const auto& v : allVerbs())
        if (v.name == name)
            return &v;
    return nullptr;
}

std::string usageLine(const Verb& verb)
{
    std::string line = "tontine-cli";
    if (verb.name != "help" && verb.name != "init" && verb.name != "demo")
        line += " [-f FILE]";
    else if (verb.name != "help")
        line += " -f FILE";
    line += " " + verb.name;
    if (!verb.usage.empty())
        line += " " + verb.usage;
    if (verb.writes)
        line += " [--date YYYY-MM-DD] [--as OPERATOR]";
    if (verb.json)
        line += " [--json]";
    return line;
}

std::string verbHelp(const Verb& verb)
{
    std::string text = "usage: " + usageLine(verb) + "\n\n" + verb.summary + "\n";
    if (!verb.details.empty())
        text += "\n" + verb.details;
    if (verb.writes)
        text += "\n  --date YYYY-MM-DD  the date the action counts for (default: the open meeting's\n"
                "                     date, or today when no meeting is open)\n"
                "  --as OPERATOR      who records it (default: TONTINE_OPERATOR, or the fund's\n"
                "                     only operator)\n";
    if (verb.json)
        text += "\n  --json  print one JSON document instead of a table; amounts are integers in\n"
                "          minor units\n";
    return text;
}

std::string overviewHelp()
{
    std::string text =
        "usage: tontine-cli [-f FILE] VERB [ARGS] [--json]\n"
        "\n"
        "Keeps the books of a solidarity fund (tontine, savings group, social fund,\n"
        "joint-guarantee loans) in one file. Every verb works on the fund file given with\n"
        "-f FILE (or TONTINE_FILE).\n"
        "\n"
        "Verbs:\n";
    std::size_t width = 0;
    for (const auto& v : allVerbs())
        width = std::max(width, v.name.size());
    for (const auto& v : allVerbs())
        text += "  " + v.name + std::string(width - v.name.size() + 2, ' ') + v.summary + "\n";
    text +=
        "\n"
        "Conventions:\n"
        "  Write verbs take --date YYYY-MM-DD (default: the open meeting's date, else\n"
        "  today) and --as OPERATOR.\n"
        "  Amounts are typed in major units (1500, 12.50) and parsed exactly.\n"
        "  Read verbs print a table, or one JSON document with --json (amounts in minor units).\n"
        "\n"
        "Environment:\n"
        "  TONTINE_FILE      the fund file when -f is not given\n"
        "  TONTINE_OPERATOR  the operator when --as is not given\n"
        "  TONTINE_NOW       a fixed clock, e.g. 2026-03-01T10:00:00Z (UTC write time; its date\n"
        "                    is \"today\"), for reproducible scripts and tests\n"
        "\n"
        "Exit codes:\n"
        "  0  ok\n"
        "  1  input or a rule rejected it (every problem on stderr; nothing was written)\n"
        "  2  usage: unknown verb or option, missing argument\n"
        "  3  storage: file in use, not a fund, newer version, damaged, disk full, exists\n"
        "  4  verification failed (verify names the first bad entry)\n"
        "\n"
        "'tontine-cli help VERB' or 'tontine-cli VERB --help' documents each verb.\n";
    return text;
}

std::vector<Verb> helpVerbs()
{
    Verb help;
    help.name = "help";
    help.summary = "Show help for all verbs or for one verb.";
    help.usage = "[VERB…] | --verbs";
    help.details = "  VERB     the verb to document, e.g. 'help member add'\n"
                   "  --verbs  list every verb name, one per line (for scripts and tests)\n";
    help.spec.flags = {"verbs"};
    help.spec.optionalPositionals = {"VERB", "SUBVERB", "SUBVERB"};
    help.run = [](CliContext& cx, const ParsedArgs& args) {
        if (args.flag("verbs")) {
            if (!args.positionals().empty())
                throw UsageError("--verbs takes no verb", "help");
            for (const auto& v : allVerbs())
                cx.out() << v.name << "\n";
            return 0;
        }
        if (args.positionals().empty()) {
            cx.out() << overviewHelp();
            return 0;
        }
        std::string name;
        for (const auto& w : args.positionals())
            name += (name.empty() ? "" : " ") + w;
        const Verb* v = findVerb(name);
        if (!v) {
            // A group word ("help member"): list the verbs in it.
            std::string list;
            for (const auto& sub : allVerbs())
                if (sub.name.rfind(name + " ", 0) == 0)
                    list += "  " + usageLine(sub) + "\n      " + sub.summary + "\n";
            if (list.empty())
                throw UsageError("no verb '" + name + "'", "help");
            cx.out() << list << "\n'tontine-cli help " << name << " VERB' documents each one.\n";
            return 0;
        }
        cx.out() << verbHelp(*v);
        return 0;
    };
    return {help};
}

} // namespace tontine::cli
