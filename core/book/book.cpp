#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/rotation/rotation_snapshot.h"
#include "core/ledger/entry_rules.h"
#include "core/meetings/due_payment.h"
#include "core/money/money.h"
#include "core/store/backups.h"

namespace tontine {

namespace fs = std::filesystem;
using store::Database;

namespace {

fs::path defaultBackupDir(const fs::path& fund)
{
    const fs::path folder = fund.has_parent_path() ? fund.parent_path() : fs::path(".");
    return folder / (fund.stem().string() + ".backups");
}

} // namespace

Book::Book(std::unique_ptr<BookFile> file, const Clock& clock, BookOptions options)
    : m_file(std::move(file)), m_clock(clock), m_options(std::move(options))
{
    if (m_options.backupDir.empty())
        m_options.backupDir = defaultBackupDir(m_file->file().path());
    if (!m_options.syncEveryChange)
        m_file->file().setSyncEveryChange(false);
}

Book::~Book()
{
    try {
        close();
    } catch (...) {
        // A destructor must not throw; the file is still consistent (WAL), only the backup is missing.
    }
}

std::unique_ptr<Book> Book::create(const fs::path& path, const NewFund& fund, const Clock& clock, BookOptions options)
{
    Problems problems = validateSettings(fund.settings);
    std::string firstOperator = fund.firstOperator;
    if (firstOperator.find_first_not_of(" \t") == std::string::npos)
        problems.push_back(Problem{"firstOperator", "required", {}, "Name the person who keeps the books", 0, 0});
    if (!problems.empty())
        throw ValidationError(problems);

    const std::string writtenAt = clock.nowUtc();
    auto file = store::FundFile::create(path, [&](Database& db) {
        store::SettingsStore settings(db);
        store::LedgerStore ledger(db);
        settings.save(fund.settings);
        for (const auto& account : accounts::fundAccounts())
            ledger.insertAccount(account);
        Operator op{0, firstOperator, fund.firstOperatorRole, true};
        op.id = settings.insertOperator(op);
        // The fund's first facts are chained like every later change.
        auto audit = [&](const std::string& subject, const std::string& payload) {
            Entry e;
            e.kind = EntryKind::Audit;
            e.date = fund.createdOn;
            e.memo = subject == "settings" ? "Fund created: " + fund.settings.name : "Operator added: " + firstOperator;
            e.operatorName = firstOperator;
            e.writtenAt = writtenAt;
            e.subject = subject;
            e.action = "add";
            e.payload = payload;
            ledger.append(e);
        };
        audit("settings", settingsSnapshot(fund.settings));
        audit("operator:" + std::to_string(op.id), operatorSnapshot(op));
    });
    return std::unique_ptr<Book>(new Book(std::make_unique<BookFile>(std::move(file)), clock, std::move(options)));
}

std::unique_ptr<Book> Book::open(const fs::path& path, const Clock& clock, BookOptions options)
{
    fs::path backupDir = options.backupDir.empty() ? defaultBackupDir(path) : options.backupDir;
    auto file = store::FundFile::open(path, [&](Database& db, int fromVersion) {
        // Nothing is migrated without a verified copy of the file as it was.
        const auto target = backupDir / (path.stem().string() + "-before-schema-" + std::to_string(fromVersion + 1) +
                                         "-" + std::to_string(store::LedgerStore(db).count()) + ".tontine");
        std::error_code ec;
        if (!fs::exists(target, ec))
            store::writeVerifiedBackup(db, target, clock.nowUtc());
    });
    return std::unique_ptr<Book>(new Book(std::make_unique<BookFile>(std::move(file)), clock, std::move(options)));
}

void Book::close()
{
    if (!m_file || !m_file->file().isOpen())
        return;
    if (m_options.backupOnClose) {
        const ChainHead head = m_file->ledger.head();
        const std::string stem = m_file->file().path().stem().string();
        const auto existing = store::listAutomaticBackups(m_options.backupDir, stem);
        // An unchanged fund needs no new copy: the newest backup already holds this head.
        if (existing.empty() || existing.front().chainHead != head.shortText()) {
            const std::string now = m_clock.nowUtc();
            store::writeVerifiedBackup(m_file->db(),
                                       store::automaticBackupPath(m_options.backupDir, stem, now, head.shortText()), now);
            store::rotateAutomaticBackups(m_options.backupDir, stem, m_file->settings.load().backupKeep);
        }
    }
    m_file->file().close();
}

const fs::path& Book::path() const { return m_file->file().path(); }

FundSettings Book::settings() const { return m_file->settings.load(); }

void Book::updateSettings(const FundSettings& settings, const Actor& actor)
{
    requireOperator(actor);
    Problems problems = validateSettings(settings);
    const FundSettings current = m_file->settings.load();
    if (settings.currencyCode != current.currencyCode && m_file->ledger.hasPostings())
        problems.push_back(Problem{"currencyCode", "currency.fixed", {current.currencyCode},
                                   "The currency cannot change once money has been recorded", 0, 0});
    if (!problems.empty())
        throw ValidationError(problems);
    if (settingsSnapshot(settings) == settingsSnapshot(current))
        return;
    store::Transaction tx(m_file->db());
    m_file->settings.save(settings);
    appendAudit("settings", "edit", "Settings changed", settingsSnapshot(settings), actor);
    tx.commit();
}

std::vector<Operator> Book::operators() const { return m_file->settings.operators(); }

std::int64_t Book::addOperator(const std::string& name, const std::string& role, const Actor& actor)
{
    requireOperator(actor);
    Operator op{0, name, role.empty() ? std::string("treasurer") : role, true};
    const auto first = op.name.find_first_not_of(" \t");
    op.name = first == std::string::npos ? std::string() : op.name.substr(first, op.name.find_last_not_of(" \t") - first + 1);
    if (op.name.empty())
        throw ValidationError("name", "required", "Give the operator's name");
    if (op.name.size() > 100)
        throw ValidationError("name", "too_long", "The name is longer than 100 characters", {"100"});
    for (const auto& existing : operators())
        if (existing.name == op.name)
            throw ValidationError("name", "operator.exists", op.name + " is already an operator", {op.name});
    store::Transaction tx(m_file->db());
    op.id = m_file->settings.insertOperator(op);
    appendAudit("operator:" + std::to_string(op.id), "add", "Operator added: " + op.name, operatorSnapshot(op), actor);
    tx.commit();
    return op.id;
}

std::string Book::resolveOperator(const std::string& name) const
{
    std::vector<std::string> active;
    for (const auto& op : operators()) {
        if (!op.active)
            continue;
        active.push_back(op.name);
        if (!name.empty() && op.name == name)
            return op.name;
    }
    if (name.empty() && active.size() == 1)
        return active.front();
    std::string list;
    for (const auto& n : active)
        list += (list.empty() ? "" : ", ") + n;
    if (name.empty())
        throw ValidationError("operator", "operator.choose", "Say who is recording (one of: " + list + ")", {list});
    throw ValidationError("operator", "operator.unknown", name + " is not an operator of this fund (operators: " + list + ")",
                          {name, list});
}

void Book::requireOperator(const Actor& actor) const
{
    if (actor.operatorName.empty())
        throw ValidationError("operator", "operator.missing", "Say who is recording");
    (void)resolveOperator(actor.operatorName);
}

EntrySeq Book::appendAudit(const std::string& subject, const std::string& action, const std::string& memo,
                           const std::string& payload, const Actor& actor)
{
    Entry e;
    e.kind = EntryKind::Audit;
    e.date = actor.date;
    e.memo = memo;
    e.operatorName = actor.operatorName;
    e.writtenAt = m_clock.nowUtc();
    e.subject = subject;
    e.action = action;
    e.payload = payload;
    if (auto problems = checkEntry(e); !problems.empty())
        throw ValidationError(problems);
    return m_file->ledger.append(e);
}

std::vector<Account> Book::accounts() const { return m_file->ledger.accounts(); }

std::vector<AccountBalance> Book::balances() const { return m_file->ledger.balances(); }

std::int64_t Book::entryCount() const { return m_file->ledger.count(); }

std::vector<Entry> Book::journal(EntrySeq fromSeq, int limit) const { return m_file->ledger.range(fromSeq, limit); }

std::optional<Entry> Book::entry(EntrySeq seq) const { return m_file->ledger.get(seq); }

std::optional<EntrySeq> Book::reversedBy(EntrySeq seq) const { return m_file->ledger.reversedBy(seq); }

ChainHead Book::chainHead() const { return m_file->ledger.head(); }

EntrySeq Book::appendTransaction(Entry entry, const Actor& actor)
{
    entry.kind = EntryKind::Transaction;
    entry.date = actor.date;
    entry.operatorName = actor.operatorName;
    entry.writtenAt = m_clock.nowUtc();
    // The double-entry rule, at its one point.
    if (auto problems = checkEntry(entry); !problems.empty())
        throw ValidationError(problems);
    // The cash account is the box on the table: no entry may take out more than the books say
    // it holds (a payout advancing a shortfall, a reversal of money since spent). Checked here,
    // beside the double-entry rule, so that every money use case is covered.
    std::int64_t cashChange = 0;
    for (const Posting& p : entry.postings)
        if (p.accountCode == accounts::Cash)
            cashChange = checkedAdd(cashChange, p.amount);
    if (cashChange < 0) {
        const std::int64_t held = cashBalance();
        if (checkedAdd(held, cashChange) < 0) {
            const Currency& currency = settings().currency();
            const std::string h = formatWithCode(held, currency);
            const std::string needed = formatWithCode(-cashChange, currency);
            throw ValidationError("cash", "cash.insufficient",
                                  "The cash box holds " + h + " according to the books; this needs " + needed +
                                      " in cash",
                                  {h, needed});
        }
    }
    return m_file->ledger.append(entry);
}

EntrySeq Book::post(Entry entry, const Actor& actor)
{
    requireOperator(actor);
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendTransaction(std::move(entry), actor);
    tx.commit();
    return seq;
}

EntrySeq Book::recordOpeningSavings(MemberId id, std::int64_t amountMinor, const Actor& actor)
{
    const auto m = member(id);
    if (!m)
        throw ValidationError("member", "member.unknown", "No member number " + std::to_string(id), {std::to_string(id)});
    if (amountMinor <= 0)
        throw ValidationError("amount", "amount.not_positive", "The opening savings must be more than zero");
    // With a savings cycle running, opening savings are its savings start (whole shares at the
    // cycle's price, the amount as given), so that the share-out gives them back.
    if (const auto cycle = openSavingsCycle())
        return recordOpeningShares(cycle->id, id, static_cast<int>(amountMinor / cycle->sharePrice), amountMinor, actor);
    Entry e;
    e.memo = "Opening savings of " + m->fullName();
    e.action = "opening";
    e.postings = {Posting{std::string(accounts::Cash), amountMinor}, Posting{accounts::savings(id), -amountMinor}};
    return post(std::move(e), actor);
}

EntrySeq Book::reverse(EntrySeq seq, const std::string& reason, const Actor& actor)
{
    requireOperator(actor);
    const auto original = entry(seq);
    if (!original)
        throw ValidationError("entry", "entry.unknown", "There is no entry " + std::to_string(seq), {std::to_string(seq)});
    if (original->kind != EntryKind::Transaction && original->subject.rfind("rotation:", 0) == 0)
        throw ValidationError("entry", "rotation.reversal_decision",
                              "Entry " + std::to_string(seq) + " records a rotation decision (" + original->memo +
                                  "), not money; it stands as decided at the meeting and cannot be reversed",
                              {std::to_string(seq)});
    if (original->kind != EntryKind::Transaction)
        throw ValidationError("entry", "entry.not_money",
                              "Entry " + std::to_string(seq) + " records a change, not money; it cannot be reversed",
                              {std::to_string(seq)});
    if (auto by = reversedBy(seq))
        throw ValidationError("entry", "entry.already_reversed",
                              "Entry " + std::to_string(seq) + " was already reversed by entry " + std::to_string(*by),
                              {std::to_string(seq), std::to_string(*by)});
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ValidationError("reason", "required", "Give the reason for the reversal");
    if (actor.date < original->date)
        throw ValidationError("date", "date.before_original",
                              "A reversal cannot be dated before the entry it reverses (" + original->date.iso() + ")",
                              {original->date.iso()});
    // Money recorded at a meeting is corrected at a meeting: the one open now.
    const auto open = m_file->meetings.current();
    if (!original->subject.empty() && !(open && open->date == actor.date))
        throw ValidationError("meeting", open ? "meeting.other_date" : "meeting.none_open",
                              "Entry " + std::to_string(seq) + " was recorded at a meeting; reverse it in the meeting " +
                                  (open ? "open now, dated " + open->date.iso() : "you open next"),
                              {std::to_string(seq)});
    // A rotation entry carries its records: they are corrected with the money (R43).
    if (isRotationRecords(original->payload))
        return reverseRotationMoney(*original, reason, actor);
    // A loan repayment is reversed with its allocation (the loan's latest only); money that
    // paid a loan out, took guarantors' savings or wrote a loan off stands as made.
    if (m_file->loans.loanOfAllocationEntry(seq))
        return reverseLoanMoney(*original, reason, actor);
    if (const auto event = m_file->loans.eventOfEntry(seq))
        throw ValidationError("entry", "loan.reversal_" + event->second,
                              "Entry " + std::to_string(seq) + " (" + original->memo + ") " +
                                  (event->second == "writeoff" ? "wrote loan " + std::to_string(event->first) +
                                                                     " off with the committee's approval"
                                                               : "paid loan " + std::to_string(event->first) + " out") +
                                  "; it cannot be reversed",
                              {std::to_string(seq), std::to_string(event->first)});
    if (const auto loan = m_file->loans.guarantorMoneyLoanOfEntry(seq))
        throw ValidationError("entry", "loan.reversal_guarantor",
                              "Entry " + std::to_string(seq) + " (" + original->memo +
                                  ") moved a guarantor's money for loan " + std::to_string(*loan) +
                                  "; it cannot be reversed",
                              {std::to_string(seq), std::to_string(*loan)});
    // Savings entries carry their records too; a share-out and a social loan stand as made.
    if (!m_file->savings.recordsOfEntry(seq).empty() || m_file->savings.isShareOutEntry(seq))
        return reverseSavingsMoney(*original, reason, actor);
    if (m_file->social.socialLoanOfEntry(seq))
        throw ValidationError("entry", "social_loan.reversal",
                              "Entry " + std::to_string(seq) +
                                  " lends from the social fund; a social loan is settled by repaying it, not reversed",
                              {std::to_string(seq)});
    if (const auto premium = m_file->premiums.paymentOfEntry(seq))
        checkPremiumReversal(*premium);
    Entry reversal = reversalOf(*original, reason);
    if (open && open->date == actor.date)
        reversal.subject = meetingSubject(open->id);
    const auto payments = m_file->meetings.paymentsOfEntry(seq);
    if (payments.size() == 1)
        reversal.payload = duePaymentPayload(payments.front().due, -payments.front().amount);
    store::Transaction tx(m_file->db());
    const EntrySeq reversalSeq = appendTransaction(std::move(reversal), actor);
    // A reversed payment no longer pays its due.
    for (const auto& payment : payments)
        m_file->meetings.insertPayment(reversalSeq, payment.due, -payment.amount);
    tx.commit();
    return reversalSeq;
}

BackupInfo Book::backupTo(const fs::path& target) const
{
    return store::writeVerifiedBackup(m_file->db(), target, m_clock.nowUtc());
}

std::vector<BackupInfo> Book::automaticBackups() const
{
    return store::listAutomaticBackups(m_options.backupDir, m_file->file().path().stem().string());
}

fs::path Book::backupDir() const { return m_options.backupDir; }

} // namespace tontine
