// tontine-cli: the headless front door to a fund. Parses the global options, finds the verb,
// and turns core's exceptions into the exit codes of DESIGN §9.
#include "app/cli/cli_context.h"
#include "app/cli/problem_text.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

using namespace tontine;
using namespace tontine::cli;

namespace {

enum Exit { Ok = 0, Rejected = 1, Usage = 2, Storage = 3 };

// Finds the longest verb name made of the first words ("settings operator add" before
// "settings"); returns the verb and how many words it used.
std::pair<const Verb*, std::size_t> matchVerb(const std::vector<std::string>& words)
{
    for (std::size_t n = std::min<std::size_t>(3, words.size()); n > 0; --n) {
        std::string name;
        for (std::size_t i = 0; i < n; ++i)
            name += (i ? " " : "") + words[i];
        if (const Verb* v = findVerb(name))
            return {v, n};
    }
    return {nullptr, 0};
}

// Names the sub-verbs of a group word ("member" -> "member add, member edit, …").
std::string subVerbs(const std::string& group)
{
    std::string list;
    for (const auto& v : allVerbs())
        if (v.name.rfind(group + " ", 0) == 0)
            list += (list.empty() ? "" : ", ") + v.name;
    return list;
}

int run(int argc, char** argv)
{
    std::vector<std::string> words(argv + 1, argv + argc);
    std::optional<std::filesystem::path> file;
    if (const char* f = std::getenv("TONTINE_FILE"); f && *f)
        file = f;

    std::size_t i = 0;
    while (i < words.size() && words[i].size() > 1 && words[i][0] == '-') {
        const std::string& w = words[i];
        if (w == "-f" || w == "--file") {
            if (i + 1 >= words.size())
                throw UsageError(w + " needs a file name");
            file = words[i + 1];
            i += 2;
        } else if (w.rfind("--file=", 0) == 0) {
            file = w.substr(7);
            ++i;
        } else if (w == "-h" || w == "--help") {
            std::cout << overviewHelp();
            return Ok;
        } else if (w == "--version") {
            std::cout << "tontine-cli " << TONTINE_VERSION << "\n";
            return Ok;
        } else {
            throw UsageError("unknown option " + w);
        }
    }
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i));
    if (words.empty())
        throw UsageError("no verb given");

    auto [verb, used] = matchVerb(words);
    if (!verb) {
        std::string sub = subVerbs(words[0]);
        if (!sub.empty())
            throw UsageError("'" + words[0] + "' needs one of: " + sub);
        throw UsageError("unknown verb '" + words[0] + "'");
    }
    std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(used), words.end());
    for (const auto& w : rest) {
        if (w == "--")
            break;
        if (w == "--help" || w == "-h") {
            std::cout << verbHelp(*verb);
            return Ok;
        }
    }

    ArgSpec spec = verb->spec;
    if (verb->writes) {
        spec.valueOptions.push_back("date");
        spec.valueOptions.push_back("as");
    }
    if (verb->json)
        spec.flags.push_back("json");
    ParsedArgs args = ParsedArgs::parse(rest, spec, verb->name);
    CliContext context(file, CliContext::clockFromEnvironment(), std::cout, std::cerr);
    return verb->run(context, args);
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "tontine-cli: " << e.what() << "\n";
        const Verb* v = e.verb().empty() ? nullptr : findVerb(e.verb());
        if (v)
            std::cerr << "usage: " << usageLine(*v) << "\n"
                      << "See 'tontine-cli help " << v->name << "'.\n";
        else
            std::cerr << "usage: tontine-cli [-f FILE] VERB [ARGS] [--json]\n"
                      << "See 'tontine-cli help'.\n";
        return Usage;
    } catch (const ValidationError& e) {
        for (const auto& p : e.problems())
            std::cerr << problemText(p) << "\n";
        if (e.problems().empty())
            std::cerr << e.what() << "\n";
        return Rejected;
    } catch (const MoneyError& e) {
        std::cerr << "error: " << e.what() << "\n";
        return Rejected;
    } catch (const StorageError& e) {
        std::cerr << "error: " << storageErrorText(e) << "\n";
        return Storage;
    } catch (const std::filesystem::filesystem_error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return Storage;
    } catch (const std::exception& e) {
        // A core Error of no known kind, or a bug: report it as a storage-level failure so a
        // script never mistakes it for success or for bad input.
        std::cerr << "error: " << e.what() << "\n";
        return Storage;
    }
}
