// Export verbs: export PROFILE (a file for a partner mutual or the group, DESIGN §8 and
// docs/exports.md) and export list (the exports recorded as sent). The book builds the bytes
// and refuses with every problem rather than give a file the partner would reject; this verb
// only chooses the request, writes the file whole or not at all, and records it when asked.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/premium_text.h"
#include "app/cli/savings_text.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/crypto/sha256.h"
#include "core/error/errors.h"
#include "core/report/month.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace tontine::cli {

namespace {

namespace fs = std::filesystem;

std::string profileCodes()
{
    std::string text;
    for (auto p : allExportProfiles())
        text += (text.empty() ? "" : ", ") + exportProfileCode(p);
    return text;
}

ExportProfile profileArg(const std::string& text)
{
    auto profile = parseExportProfile(text);
    if (!profile)
        throw ValidationError("PROFILE", "option.invalid", "not an export profile: '" + text + "'; one of " + profileCodes(),
                              {text});
    return *profile;
}

// The whole history: from the fund's first entry (or its earliest money entry, when one was
// dated before it) to today, or to the latest money entry when that is dated later (a paper
// meeting typed in ahead of time still belongs in "everything").
std::pair<Date, Date> wholeHistory(const Book& book, Date today)
{
    const auto first = book.journal(1, 1);
    Date from = first.empty() ? today : std::min(first.front().date, today);
    Date to = today;
    for (const Entry& e : book.transactionsBetween(*Date::parseIso("1900-01-01"), *Date::parseIso("2199-12-31"))) {
        from = std::min(from, e.date);
        to = std::max(to, e.date);
    }
    return {from, to};
}

// The period: --month, or --from/--to (each defaulting to the whole history's end).
void periodOptions(const Book& book, const ParsedArgs& args, Date today, ExportRequest& request)
{
    if (auto text = args.value("month")) {
        if (args.has("from") || args.has("to"))
            throw UsageError("give --month or --from/--to, not both", "export");
        auto month = Month::parse(*text);
        if (!month)
            throw ValidationError("--month", "month.invalid", "not a month (YYYY-MM expected): '" + *text + "'", {*text});
        request.from = month->first();
        request.to = month->last();
        return;
    }
    const auto [first, last] = wholeHistory(book, today);
    request.from = args.has("from") ? CliContext::parseDate(*args.value("from"), "--from") : first;
    request.to = args.has("to") ? CliContext::parseDate(*args.value("to"), "--to") : last;
    if (request.to < request.from)
        throw ValidationError("--to", "period.invalid",
                              "the period ends (" + request.to.iso() + ") before it starts (" + request.from.iso() + ")",
                              {request.to.iso()});
}

// The partner of a partner profile: --partner, or the fund's only partner.
Partner partnerOption(const Book& book, const ParsedArgs& args, ExportProfile profile)
{
    if (auto v = args.value("partner"))
        return requirePartnerArg(book, *v, "--partner");
    const auto partners = book.partners();
    if (partners.size() == 1)
        return partners.front();
    throw ValidationError("--partner", "partner.missing",
                          "the " + exportProfileCode(profile) + " file is for a partner mutual: give --partner ID"
                              + (partners.empty() ? " (the fund has none yet: 'partner add')" : " ('partner list')"),
                          {});
}

// A refused export's problem. The book's texts already name the member or entry they are
// about (its field is then a number or a column); only the request's own options are prefixed.
std::string exportProblemText(const Problem& p)
{
    static const FieldNames options = {{"partner", "--partner"}, {"from", "--from"}, {"to", "--to"},
                                       {"members", "--members"}, {"profile", "PROFILE"}};
    for (const auto& [field, option] : options)
        if (p.field == field)
            return option + ": " + p.text;
    return p.text;
}

// Where the file goes: --out FILE, a directory (the suggested name inside it), or the
// suggested name in the current directory. An existing file is replaced only with --force.
fs::path targetPath(const ParsedArgs& args, const std::string& suggestedName)
{
    fs::path target = args.valueOr("out", suggestedName);
    if (fs::is_directory(target))
        target /= suggestedName;
    if (fs::exists(target) && !args.flag("force"))
        throw StorageError(StorageError::Kind::Exists,
                           "'" + target.string() + "' already exists; give --force to replace it");
    return target;
}

// The bytes in a temporary file beside the target, so that a failure (disk full, USB stick
// pulled) never leaves a half-written file under the real name; renamed over it at the end.
class WholeFile {
public:
    WholeFile(fs::path target, const std::string& bytes) : m_target(std::move(target))
    {
        m_temp = m_target;
        m_temp += ".partial";
        std::ofstream out(m_temp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            discard();
            throw StorageError(StorageError::Kind::Io, "cannot write '" + m_target.string() + "'; nothing written");
        }
    }
    ~WholeFile() { discard(); }
    WholeFile(const WholeFile&) = delete;
    WholeFile& operator=(const WholeFile&) = delete;

    void commit()
    {
        fs::rename(m_temp, m_target);
        m_committed = true;
    }

private:
    void discard()
    {
        if (m_committed)
            return;
        std::error_code ignored;
        fs::remove(m_temp, ignored);
    }

    fs::path m_target;
    fs::path m_temp;
    bool m_committed = false;
};

std::string rowsText(std::size_t rows) { return std::to_string(rows) + (rows == 1 ? " row" : " rows"); }

int runExport(CliContext& cx, const ParsedArgs& args)
{
    const ExportProfile profile = profileArg(*args.positional(0));
    const bool toStdout = args.value("out") == std::optional<std::string>("-");
    if (toStdout && args.flag("force"))
        throw UsageError("--force is for a file; --out - writes to the standard output", "export");
    const bool record = args.flag("record");
    // Nothing else is written, so a date or operator without --record would be silently lost.
    if (!record && (args.has("date") || args.has("as")))
        throw UsageError("--date and --as say when and by whom the file was sent: give them with --record", "export");
    auto book = cx.openBook("export", record);

    ExportRequest request;
    request.profile = profile;
    std::optional<Partner> partner;
    if (needsPartner(profile)) {
        partner = partnerOption(*book, args, profile);
        request.partner = partner->id;
    } else if (args.has("partner")) {
        throw ValidationError("--partner", "option.invalid",
                              "the " + exportProfileCode(profile) + " file is the group's own: it takes no partner",
                              {*args.value("partner")});
    }
    periodOptions(*book, args, cx.clock().today(), request);
    if (auto v = args.value("members")) {
        auto selection = parseMemberSelection(*v);
        if (!selection)
            throw ValidationError("--members", "option.invalid", "not one of enrolled, to-enrol, all: '" + *v + "'", {*v});
        request.members = *selection;
    }
    request.onlyNew = args.flag("only-new");

    const ExportFile file = book->prepareExport(request);
    if (!file.ok()) {
        cx.err() << "Export refused (" << file.problems.size()
                 << (file.problems.size() == 1 ? " problem" : " problems") << "); nothing written.\n";
        for (const auto& p : file.problems)
            cx.err() << exportProblemText(p) << "\n";
        return 1;
    }

    const std::string sha = toHex(sha256(file.bytes));
    std::optional<WholeFile> written;
    fs::path target;
    if (!toStdout) {
        target = targetPath(args, file.suggestedName);
        written.emplace(target, file.bytes);
    }
    // Recorded before the rename: a file under its real name has always been recorded when
    // --record was asked, and a refused record leaves no file behind.
    std::optional<std::int64_t> recordId;
    std::optional<Actor> actor;
    if (record) {
        actor = cx.actor(*book, args);
        const std::string name = toStdout ? file.suggestedName : target.filename().string();
        recordId = book->recordExport(request, file, name, *actor);
    }
    if (written)
        written->commit();

    // With --out - the file itself is the standard output: the report goes to stderr.
    std::ostream& report = toStdout ? cx.err() : cx.out();
    if (toStdout)
        cx.out().write(file.bytes.data(), static_cast<std::streamsize>(file.bytes.size())).flush();
    std::string what = exportProfileCode(profile);
    if (partner)
        what += " for " + partner->name;
    report << (toStdout ? "Wrote " : "Wrote " + target.string() + ": ") << what << ", "
           << periodText(request.from, request.to) << ", " << rowsText(file.rows.size()) << ".\n"
           << "sha256: " << sha << "\n";
    if (recordId) {
        report << "Recorded as sent: export " << *recordId << " on " << actor->date.iso()
               << "; --only-new leaves its rows out next time.\n"
               << "Chain head: " << book->chainHead().shortText() << "\n";
        book->close();
    }
    return 0;
}

void recordJson(JsonWriter& j, const ExportRecord& r)
{
    j.beginObject();
    j.field("id", r.id);
    j.field("profile", exportProfileCode(r.profile));
    j.key("partner").value(r.partner ? std::optional<std::int64_t>(r.partner) : std::nullopt);
    j.field("from", r.from.iso());
    j.field("to", r.to.iso());
    j.field("members", memberSelectionCode(r.members));
    j.field("onlyNew", r.onlyNew);
    j.field("sentOn", r.sentOn.iso());
    j.field("fileName", r.fileName);
    j.field("rows", r.rows);
    j.field("sha256", r.sha256);
    j.key("memberIds").beginArray();
    for (auto m : r.memberIds)
        j.value(static_cast<std::int64_t>(m));
    j.endArray();
    j.key("paymentIds").beginArray();
    for (auto p : r.paymentIds)
        j.value(static_cast<std::int64_t>(p));
    j.endArray();
    j.field("operator", r.operatorName);
    j.field("entry", r.entrySeq);
    j.endObject();
}

int runList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("export list", false);
    const auto records = book->exportRecords();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.key("exports").beginArray();
        for (const auto& r : records)
            recordJson(j, r);
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (records.empty()) {
        cx.out() << "No export recorded as sent.\n";
        return 0;
    }
    TextTable t({{"Export", TextTable::Align::Right},
                 {"Sent on"},
                 {"Profile"},
                 {"Partner", TextTable::Align::Right},
                 {"Period"},
                 {"Members"},
                 {"Only new"},
                 {"Rows", TextTable::Align::Right},
                 {"By"},
                 {"Entry", TextTable::Align::Right},
                 {"File"}});
    for (const auto& r : records)
        t.addRow({std::to_string(r.id), r.sentOn.iso(), exportProfileCode(r.profile),
                  r.partner ? std::to_string(r.partner) : "", periodText(r.from, r.to), memberSelectionCode(r.members),
                  r.onlyNew ? "yes" : "no", std::to_string(r.rows), r.operatorName, std::to_string(r.entrySeq),
                  r.fileName});
    cx.out() << "Exports recorded as sent ('export list --json' gives each file's sha256).\n\n" << t.render();
    return 0;
}

} // namespace

std::vector<Verb> exportVerbs()
{
    std::vector<Verb> verbs;

    Verb exp;
    exp.name = "export";
    exp.summary = "Write an export file for a partner mutual or the group (refused with its problems).";
    exp.usage = "PROFILE [--partner ID] [--from DATE] [--to DATE] [--month YYYY-MM] "
                "[--members enrolled|to-enrol|all] [--only-new] [--out FILE|DIR|-] [--force] [--record]";
    exp.details =
        "  PROFILE        openimis-insurees, contributions, mutuelle-fr (for a partner mutual),\n"
        "                 members, journal, ledger (the group's own); formats in docs/exports.md\n"
        "  --partner ID   the partner mutual (default: the fund's only partner); only for the\n"
        "                 partner profiles\n"
        "  --month M      the period is the month M (YYYY-MM), or:\n"
        "  --from DATE    the period's first day (default: the fund's first day)\n"
        "  --to DATE      the period's last day (default: today, or the latest money entry's\n"
        "                 date when later)\n"
        "                 contributions and mutuelle-fr take the payments dated in it; journal\n"
        "                 and ledger the entries (ledger opens with the balances of the day\n"
        "                 before); the insurees files the members active in it\n"
        "  --members SEL  enrolled (with an insurance number), to-enrol (without one) or all\n"
        "                 (default)\n"
        "  --only-new     leave out the members or payments an export recorded as sent to the\n"
        "                 same partner with the same profile already carried\n"
        "  --out FILE     where to write (default: the suggested name, in the current folder);\n"
        "                 a folder (a USB stick) puts the suggested name in it; '-' writes the\n"
        "                 file to the standard output and this report to stderr\n"
        "  --force        replace an existing file (otherwise refused, exit 3)\n"
        "  --record       record that the file was sent (chained, with its sha256 and rows),\n"
        "                 so that --only-new leaves its rows out next time; takes --date (the\n"
        "                 day it was sent) and --as\n"
        "  The file is written whole or not at all (a temporary file renamed at the end).\n"
        "  Refused (exit 1, every problem on stderr, nothing written or recorded) when the\n"
        "  partner would reject the file: a member without an insurance number (an enrolled\n"
        "  file), a household head missing from the file, a sex that is not M, F or O, a\n"
        "  missing birth date, a dependant without a relationship, a head without a number.\n"
        "  Prints the rows written and the file's sha256.\n";
    exp.spec.valueOptions = {"partner", "from", "to", "month", "members", "out"};
    exp.spec.flags = {"only-new", "force", "record"};
    exp.spec.positionals = {"PROFILE"};
    exp.writes = true;
    exp.run = runExport;
    verbs.push_back(exp);

    Verb list;
    list.name = "export list";
    list.summary = "List the exports recorded as sent: profile, partner, period, rows, file.";
    list.details = "  Each export recorded with 'export … --record': when and by whom, what it\n"
                   "  carried, and (with --json) the file's sha256 and the member and payment\n"
                   "  numbers it carried.\n";
    list.json = true;
    list.run = runList;
    verbs.push_back(list);

    return verbs;
}

} // namespace tontine::cli
