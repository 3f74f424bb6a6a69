// Backup verbs: make a verified copy now, and list the automatic ones.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"

#include <ostream>

namespace tontine::cli {

namespace {

// "2026-03-01T10:00:00Z" -> "20260301-100000", for a file name that sorts by time.
std::string stamp(const std::string& utc)
{
    std::string out;
    for (char c : utc) {
        if (c >= '0' && c <= '9')
            out += c;
        else if (c == 'T')
            out += '-';
    }
    return out;
}

int runBackup(CliContext& cx, const ParsedArgs& args)
{
    // Read-only as far as the books go: no rotating backup on close on top of this one.
    auto book = cx.openBook("backup", false);
    std::filesystem::path target;
    if (auto to = args.value("to")) {
        target = *to;
        if (std::filesystem::is_directory(target))
            target /= book->path().stem().string() + "-" + stamp(cx.clock().nowUtc()) + ".tontine";
    } else {
        target = book->backupDir() / (book->path().stem().string() + "-manual-"
                                      + stamp(cx.clock().nowUtc()) + ".tontine");
    }
    BackupInfo info = book->backupTo(target);
    FieldList f;
    f.add("Backup", info.path.string());
    f.add("Created", info.createdAt);
    f.add("Entries", std::to_string(info.entries));
    f.add("Chain head", info.chainHead);
    cx.out() << f.render() << "Verified.\n";
    return 0;
}

int runBackupList(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("backup list", false);
    auto backups = book->automaticBackups();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("directory", book->backupDir().string());
        j.key("backups").beginArray();
        for (const auto& b : backups) {
            j.beginObject();
            j.field("path", b.path.string());
            j.field("createdAt", b.createdAt);
            j.field("entries", b.entries);
            j.field("chainHead", b.chainHead);
            j.endObject();
        }
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Automatic backups in " << book->backupDir().string() << "\n";
    if (backups.empty()) {
        cx.out() << "None yet.\n";
        return 0;
    }
    TextTable t({{"Created"}, {"Entries", TextTable::Align::Right}, {"Chain head"}, {"File"}});
    for (const auto& b : backups)
        t.addRow({b.createdAt, std::to_string(b.entries), b.chainHead, b.path.filename().string()});
    cx.out() << t.render();
    return 0;
}

} // namespace

std::vector<Verb> backupVerbs()
{
    std::vector<Verb> verbs;

    Verb backup;
    backup.name = "backup";
    backup.summary = "Make a verified copy of the fund now.";
    backup.usage = "[--to PATH]";
    backup.details = "  --to PATH  the copy's file name, or a directory (a USB stick) to put it in\n"
                     "             (default: the fund's backup directory)\n"
                     "  The copy is opened and its chain verified before this reports success.\n";
    backup.spec.valueOptions = {"to"};
    backup.run = runBackup;
    verbs.push_back(backup);

    Verb list;
    list.name = "backup list";
    list.summary = "List the automatic backups, newest first.";
    list.json = true;
    list.run = runBackupList;
    verbs.push_back(list);

    return verbs;
}

} // namespace tontine::cli
