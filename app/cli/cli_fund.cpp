// Verbs about the fund as a whole: init, demo, settings, operators.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/text_table.h"
#include "app/cli/usage_error.h"
#include "app/cli/verb.h"
#include "core/demo/demo_fund.h"
#include "core/error/errors.h"

#include <ostream>

namespace tontine::cli {

namespace {

MeetingFrequency frequencyOption(const std::string& text)
{
    auto f = parseFrequency(text);
    if (!f)
        throw ValidationError("--frequency", "frequency.invalid",
                              "not a meeting frequency (weekly, fortnightly, monthly): '" + text + "'",
                              {text});
    return *f;
}

std::string languageOption(const std::string& text)
{
    if (!isSupportedLanguage(text))
        throw ValidationError("--language", "language.invalid",
                              "not a supported language (fr, en, es): '" + text + "'", {text});
    return text;
}

std::string operatorsText(const std::vector<Operator>& ops)
{
    std::string text;
    for (const auto& op : ops) {
        if (!text.empty())
            text += ", ";
        text += op.name + " (" + op.role + (op.active ? "" : ", inactive") + ")";
    }
    return text;
}

int runInit(CliContext& cx, const ParsedArgs& args)
{
    const auto& path = cx.file("init");
    NewFund fund;
    fund.settings.name = *args.value("name");
    std::string code = *args.value("currency");
    const Currency* currency = findCurrency(code);
    if (!currency)
        throw ValidationError("--currency", "currency.unknown", "not a supported currency: '" + code + "'",
                              {code});
    fund.settings.currencyCode = std::string(currency->code);
    if (auto r = args.value("rounding"))
        fund.settings.roundingUnit = CliContext::parseAmount(*r, *currency, "--rounding");
    if (auto f = args.value("frequency"))
        fund.settings.frequency = frequencyOption(*f);
    if (auto l = args.value("language"))
        fund.settings.language = languageOption(*l);
    if (auto k = args.value("backup-keep"))
        fund.settings.backupKeep = static_cast<int>(CliContext::parseCount(*k, "--backup-keep", 0, 1000));
    fund.firstOperator = *args.value("operator");
    fund.firstOperatorRole = args.valueOr("role", "treasurer");
    fund.createdOn = cx.dateOption(args, "date");

    auto book = Book::create(path, fund, cx.clock());
    auto s = book->settings();
    cx.out() << "Created " << path.string() << ": \"" << s.name << "\", " << s.currencyCode << ", "
             << frequencyCode(s.frequency) << " meetings.\n"
             << "Operator: " << operatorsText(book->operators()) << "\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runDemo(CliContext& cx, const ParsedArgs&)
{
    const auto& path = cx.file("demo");
    auto book = createDemoFund(path, cx.clock());
    auto s = book->settings();
    std::size_t active = 0;
    auto members = book->members();
    for (const auto& m : members)
        active += m.active ? 1 : 0;
    cx.out() << "Created demo fund " << path.string() << ": \"" << s.name << "\", " << s.currencyCode
             << ".\n"
             << "Members: " << members.size() << " (" << active << " active)\n"
             << "Operators: " << operatorsText(book->operators()) << "\n"
             << "Entries: " << book->entryCount() << "\n"
             << "Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

void settingsJson(JsonWriter& j, const FundSettings& s, const std::vector<Operator>& ops,
                  const ChainHead& head)
{
    j.beginObject();
    j.field("name", s.name);
    j.field("currency", s.currencyCode);
    j.field("decimals", s.currency().decimals);
    j.field("roundingUnit", s.roundingUnit);
    j.field("frequency", frequencyCode(s.frequency));
    j.field("language", s.language);
    j.field("backupKeep", s.backupKeep);
    j.key("operators").beginArray();
    for (const auto& op : ops) {
        j.beginObject();
        j.field("id", op.id);
        j.field("name", op.name);
        j.field("role", op.role);
        j.field("active", op.active);
        j.endObject();
    }
    j.endArray();
    j.field("entries", head.count);
    j.field("chainHead", head.shortText());
    j.endObject();
}

int runSettings(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("settings", false);
    auto s = book->settings();
    auto ops = book->operators();
    auto head = book->chainHead();
    if (args.flag("json")) {
        JsonWriter j;
        settingsJson(j, s, ops, head);
        cx.out() << j.str();
        return 0;
    }
    FieldList f;
    f.add("Name", s.name);
    f.add("Currency", s.currencyCode + " (" + std::to_string(s.currency().decimals) + " decimals)");
    f.add("Rounding unit", amountText(s.roundingUnit, s.currency()));
    f.add("Meetings", frequencyCode(s.frequency));
    f.add("Language", s.language);
    f.add("Backups kept", std::to_string(s.backupKeep));
    f.add("Operators", operatorsText(ops));
    f.add("Chain head", head.shortText());
    cx.out() << f.render();
    return 0;
}

int runSettingsSet(CliContext& cx, const ParsedArgs& args)
{
    if (!args.has("name") && !args.has("rounding") && !args.has("frequency") && !args.has("language")
        && !args.has("backup-keep"))
        throw UsageError("nothing to change: give at least one setting", "settings set");
    auto book = cx.openBook("settings set", true);
    Actor actor = cx.actor(*book, args);
    FundSettings s = book->settings();
    if (auto v = args.value("name"))
        s.name = *v;
    if (auto v = args.value("rounding"))
        s.roundingUnit = CliContext::parseAmount(*v, s.currency(), "--rounding");
    if (auto v = args.value("frequency"))
        s.frequency = frequencyOption(*v);
    if (auto v = args.value("language"))
        s.language = languageOption(*v);
    if (auto v = args.value("backup-keep"))
        s.backupKeep = static_cast<int>(CliContext::parseCount(*v, "--backup-keep", 0, 1000));
    book->updateSettings(s, actor);
    cx.out() << "Settings saved. Chain head: " << book->chainHead().shortText() << "\n";
    book->close();
    return 0;
}

int runOperatorAdd(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("settings operator add", true);
    Actor actor = cx.actor(*book, args);
    std::string name = *args.positional(0);
    std::string role = args.valueOr("role", "treasurer");
    auto id = book->addOperator(name, role, actor);
    cx.out() << "Operator " << id << " added: " << name << " (" << role << ")\n";
    book->close();
    return 0;
}

int runOperators(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("settings operators", false);
    auto ops = book->operators();
    if (args.flag("json")) {
        JsonWriter j;
        j.beginArray();
        for (const auto& op : ops) {
            j.beginObject();
            j.field("id", op.id);
            j.field("name", op.name);
            j.field("role", op.role);
            j.field("active", op.active);
            j.endObject();
        }
        j.endArray();
        cx.out() << j.str();
        return 0;
    }
    TextTable t({{"Id", TextTable::Align::Right}, {"Name"}, {"Role"}, {"Active"}});
    for (const auto& op : ops)
        t.addRow({std::to_string(op.id), op.name, op.role, op.active ? "yes" : "no"});
    cx.out() << t.render();
    return 0;
}

} // namespace

std::vector<Verb> fundVerbs()
{
    std::vector<Verb> verbs;

    Verb init;
    init.name = "init";
    init.summary = "Create a new fund file (never overwrites one).";
    init.usage = "--name NAME --currency CODE --operator NAME [options]";
    init.details =
        "  --name NAME          the fund's name, e.g. \"Tontine des femmes de Thiès\"\n"
        "  --currency CODE      XOF, XAF, RWF, PEN, DOP, EUR or USD (fixed once entries exist)\n"
        "  --operator NAME      the first operator, the person who records things\n"
        "  --role ROLE          that operator's role (default: treasurer)\n"
        "  --frequency F        weekly, fortnightly or monthly meetings (default: monthly)\n"
        "  --language L         fr, en or es (default: fr)\n"
        "  --rounding AMOUNT    amounts round to this, in major units (default: the minor unit)\n"
        "  --backup-keep N      automatic backups kept (default: 10)\n"
        "  --date YYYY-MM-DD    the date the fund starts (default: today)\n";
    init.spec.valueOptions = {"name", "currency", "operator", "role", "frequency", "language",
                              "rounding", "backup-keep", "date"};
    init.spec.required = {"name", "currency", "operator"};
    init.run = runInit;
    verbs.push_back(init);

    Verb demo;
    demo.name = "demo";
    demo.summary = "Create a realistic demo fund at FILE (never overwrites one).";
    demo.details = "  About 20 members with opening savings and two operators, then a year of\n"
                   "  monthly meetings (attendance, fines, cash counts) and two rotations: a fixed\n"
                   "  order with a half hand, and an auction every second month. Built through the\n"
                   "  same use cases as real work. The same TONTINE_NOW gives the same fund.\n";
    demo.run = runDemo;
    verbs.push_back(demo);

    Verb settings;
    settings.name = "settings";
    settings.summary = "Show the fund's settings and operators.";
    settings.json = true;
    settings.run = runSettings;
    verbs.push_back(settings);

    Verb set;
    set.name = "settings set";
    set.summary = "Change settings (only the ones given).";
    set.usage = "[--name NAME] [--rounding AMOUNT] [--frequency F] [--language L] [--backup-keep N]";
    set.details = "  --name NAME        the fund's name\n"
                  "  --rounding AMOUNT  rounding unit in major units (e.g. 5 or 0.05)\n"
                  "  --frequency F      weekly, fortnightly or monthly\n"
                  "  --language L       fr, en or es\n"
                  "  --backup-keep N    automatic backups kept\n";
    set.spec.valueOptions = {"name", "rounding", "frequency", "language", "backup-keep"};
    set.writes = true;
    set.run = runSettingsSet;
    verbs.push_back(set);

    Verb opAdd;
    opAdd.name = "settings operator add";
    opAdd.summary = "Add an operator (a person who records things).";
    opAdd.usage = "NAME [--role ROLE]";
    opAdd.details = "  NAME         the person's name as it will appear on every entry\n"
                    "  --role ROLE  treasurer, secretary, president, auditor, … (default: treasurer)\n";
    opAdd.spec.valueOptions = {"role"};
    opAdd.spec.positionals = {"NAME"};
    opAdd.writes = true;
    opAdd.run = runOperatorAdd;
    verbs.push_back(opAdd);

    Verb ops;
    ops.name = "settings operators";
    ops.summary = "List the operators.";
    ops.json = true;
    ops.run = runOperators;
    verbs.push_back(ops);

    return verbs;
}

} // namespace tontine::cli
