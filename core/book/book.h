#pragma once
// An open fund: the one entry point the GUI and the CLI use. Each use case validates
// everything, then writes in one SQLite transaction. Book holds the file open (and locked)
// for its lifetime; destroying it checkpoints and makes a verified rotating backup.
// It must not show anything to anyone: problems come back as ValidationError.

#include "core/book/member_movement.h"
#include "core/book/verify_report.h"
#include "core/calendar/clock.h"
#include "core/ledger/account.h"
#include "core/ledger/entry.h"
#include "core/loans/loan.h"
#include "core/loans/loan_views.h"
#include "core/loans/portfolio.h"
#include "core/exchange/export_profile.h"
#include "core/meetings/meeting.h"
#include "core/members/member.h"
#include "core/premiums/partner.h"
#include "core/premiums/premium.h"
#include "core/rotation/cycle_end.h"
#include "core/rotation/draw.h"
#include "core/rotation/leaver.h"
#include "core/rotation/member_dues.h"
#include "core/rotation/rotation_plan.h"
#include "core/rotation/contribution.h"
#include "core/rotation/auction.h"
#include "core/rotation/rotation_snapshot.h"
#include "core/savings/savings_cycle.h"
#include "core/savings/savings_record.h"
#include "core/savings/share_out_plan.h"
#include "core/social/social_grant.h"
#include "core/social/social_rules.h"
#include "core/settings/fund_settings.h"
#include "core/store/backup.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tontine {

class BookFile;
class EntryLookup;
struct EntryParties;

// Who is acting and the date the action counts for.
struct Actor {
    std::string operatorName;
    Date date;
};

struct NewFund {
    FundSettings settings;
    std::string firstOperator;          // e.g. "Awa Diop"
    std::string firstOperatorRole = "treasurer";
    Date createdOn;
};

struct BookOptions {
    // Where automatic backups go; empty means "<fund dir>/<fund stem>.backups".
    std::filesystem::path backupDir;
    bool backupOnClose = true;
    // Wait for the disk after every change (the default; power cuts happen mid-meeting).
    // Only a throwaway fund built in one go turns it off: the demo, rebuilt if ever lost.
    bool syncEveryChange = true;
};

struct MemberQuery {
    std::string text;            // matches names, phone, locality, numbers (case-insensitive)
    bool includeInactive = true;
};

struct ImportReport {
    std::vector<MemberId> added;
};

class Book {
public:
    // Creates a new fund file; refuses an existing path (StorageError::Exists).
    static std::unique_ptr<Book> create(const std::filesystem::path& path, const NewFund& fund,
                                        const Clock& clock, BookOptions options = {});
    // Opens a fund; migrates an older schema after a verified backup; refuses foreign,
    // damaged, newer-version and in-use files with StorageError.
    static std::unique_ptr<Book> open(const std::filesystem::path& path, const Clock& clock,
                                      BookOptions options = {});
    ~Book();
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    // Checkpoints, makes the rotating backup (if enabled) and closes. Idempotent.
    void close();
    const std::filesystem::path& path() const;
    const Clock& clock() const { return m_clock; }

    // Settings and operators
    FundSettings settings() const;
    void updateSettings(const FundSettings& settings, const Actor& actor);
    std::vector<Operator> operators() const;
    std::int64_t addOperator(const std::string& name, const std::string& role, const Actor& actor);
    // Resolves the operator a CLI or GUI action runs as: the named active operator, or the only
    // one when `name` is empty. Throws ValidationError otherwise.
    std::string resolveOperator(const std::string& name) const;

    // Members
    MemberId addMember(const MemberInput& input, const Actor& actor);
    void editMember(MemberId id, const MemberInput& input, const Actor& actor);
    void deactivateMember(MemberId id, const Actor& actor);
    std::optional<Member> member(MemberId id) const;
    std::vector<Member> members(const MemberQuery& query = {}) const;
    // Imports all rows of a members CSV or nothing (ValidationError listing every problem
    // with its line and column).
    ImportReport importMembers(std::string_view csvText, const Actor& actor);

    // Ledger
    std::vector<Account> accounts() const;
    std::vector<AccountBalance> balances() const;
    std::int64_t entryCount() const;
    // Entries with seq in [fromSeq, fromSeq + limit), in chain order, with their postings.
    std::vector<Entry> journal(EntrySeq fromSeq, int limit) const;
    std::optional<Entry> entry(EntrySeq seq) const;
    // The seq of the entry that reverses `seq`, if any.
    std::optional<EntrySeq> reversedBy(EntrySeq seq) const;
    // Opening balance of a member's savings already held in the box: Dr cash, Cr savings. When
    // a savings cycle is open it is that cycle's savings start (recordOpeningShares).
    EntrySeq recordOpeningSavings(MemberId id, std::int64_t amountMinor, const Actor& actor);
    // Appends a transaction; the one door for money (the double-entry rule is checked here).
    EntrySeq post(Entry entry, const Actor& actor);
    // Reverses a money entry (once, dated on or after it; at the open meeting when it was
    // meeting money). A rotation contribution or fine payment is reversed with its records
    // (docs/rotation-rules.md R43–R49); other rotation entries are refused with the reason.
    EntrySeq reverse(EntrySeq seq, const std::string& reason, const Actor& actor);
    ChainHead chainHead() const;
    VerifyReport verify() const;

    // History (for statements, reports and charts; core/report/ builds on these).
    // Every account's balance at the end of `on` (entries dated on or before it), in
    // accounts() order, including accounts with nothing posted (0).
    std::vector<AccountBalance> balancesOn(Date on) const;
    // One account's debit minus credit at the end of `on` (0 when unknown or unused).
    std::int64_t balanceOn(const std::string& code, Date on) const;
    // The balance at the end of each day in [from, to] on which it changed, in date order,
    // preceded by the balance at the end of the day before `from` (dated from − 1 day). A code
    // ending in ':' selects every account it starts ("loan:" = all loans to members).
    std::vector<DatedBalance> balanceHistory(const std::string& codeOrPrefix, Date from, Date to) const;
    // The chain head after the last entry dated on or before `on` (count = that entry's seq;
    // a zero head when there is none): what a statement for a period ending `on` prints.
    ChainHead chainHeadOn(Date on) const;
    // What every money entry dated in [from, to] meant for each member it concerns, in chain
    // order then member number (a share-out concerns every member paid; a contribution, fine,
    // grant, loan or savings entry its member). Entries that concern no member are left out.
    std::vector<MemberMovement> memberMovements(Date from, Date to) const;
    // The date the next meeting is expected: the last meeting's date plus the fund's
    // frequency (7 days, 14 days or one month); `today` when no meeting was ever held.
    Date nextMeetingDate(Date today) const;
    // The money entries dated in [from, to] with their postings, in chain order.
    std::vector<Entry> transactionsBetween(Date from, Date to) const;

    // Meetings (DESIGN §2: the unit of work). Money recorded during a meeting belongs to it.
    MeetingRules meetingRules() const;
    void setMeetingRules(const MeetingRules& rules, const Actor& actor);
    // Opens a meeting on actor.date with the cash counted in the box. Refused when a meeting is
    // open or the date is not after the last one. A difference from the books is recorded as
    // an entry against "diff:cash" and needs a note.
    MeetingId openMeeting(std::int64_t countedCash, const std::string& note, const Actor& actor);
    std::optional<Meeting> currentMeeting() const;
    std::optional<Meeting> meeting(MeetingId id) const;
    std::vector<Meeting> meetings() const;
    // Records (or, while the meeting is open, corrects) a member's attendance; the fund's rule
    // sets the fine, which becomes a due of the member.
    void recordAttendance(MeetingId meeting, MemberId member, AttendanceStatus status, const Actor& actor);
    std::vector<Attendance> attendance(MeetingId meeting) const;
    // Pays (part of) a due in the open meeting: Dr cash, Cr income:fines. Not more than owed.
    EntrySeq payDue(DueId due, std::int64_t amountMinor, const Actor& actor);
    // Dues (of a member, or everyone's). With `asOf`: only dues dated on or before it, with what
    // was paid on them up to it (statements for a past month).
    std::vector<Due> dues(std::optional<MemberId> member, bool outstandingOnly,
                          std::optional<Date> asOf = std::nullopt) const;
    // Closes the open meeting with the closing cash count; a difference is recorded (with a
    // note) like at opening. Nothing in a closed meeting changes afterwards.
    void closeMeeting(std::int64_t countedCash, const std::string& note, const Actor& actor);
    MeetingSummary meetingSummary(MeetingId meeting) const;
    // Cash in the box according to the books.
    std::int64_t cashBalance() const;
    // Posts a transaction into the open meeting (refused when none is open or the date is not
    // the meeting's): the door for every money use case that happens at meetings.
    EntrySeq postInMeeting(Entry entry, const Actor& actor);

    // Rotations (docs/rotation-rules.md, "Using the engine from the book"). The engine
    // decides; the book checks, then writes postings and records in one transaction. Money
    // use cases happen in the open meeting on actor.date; problems come back as
    // ValidationError and nothing is written.
    // Creates a rotation from its agreed definition (id assigned; frequency and rounding unit
    // are the fund's; currency defaults to the fund's) and its accounts; chained as "rotation:<id>".
    RotationId createRotation(RotationSpec spec, const Actor& actor);
    std::optional<RotationState> rotation(RotationId id) const;
    std::vector<RotationSpec> rotations() const;
    // Replaces the fixed order; hands that have received keep their place (R4).
    void editFixedOrder(RotationId id, const std::vector<HandNumber>& order, const Actor& actor);
    // The draw from the stored seed, every pick with what a person needs to check it by hand:
    // the whole order, or the picks of one round.
    std::vector<DrawStep> drawOrder(RotationId id) const;
    std::vector<DrawStep> drawRound(RotationId id, int round) const;
    // Checks one bid as it is entered (nothing is stored until the auction is decided).
    Problems checkBid(RotationId id, int round, const Bid& bid) const;
    // Decides an auction round from its bids at the open meeting; stores the outcome and the
    // bids, chained as "rotation:<id>:round:<round>".
    AuctionResult decideAuction(RotationId id, int round, const std::vector<Bid>& bids, const Actor& actor);
    std::vector<Bid> bids(RotationId id, int round) const;
    // A member's payment, allocated oldest round first; returns the allocation shown.
    ContributionResult contribute(RotationId id, MemberId member, std::int64_t amountMinor, const Actor& actor);
    FinePaymentResult payRotationFine(RotationId id, MemberId member, std::int64_t amountMinor, const Actor& actor);
    PayoutResult payout(RotationId id, int round, const Actor& actor);
    ReserveShareResult shareReserve(RotationId id, const Actor& actor);
    LeaveResult leaveRotation(RotationId id, MemberId member, const Actor& actor);
    std::vector<RoundPlan> plan(RotationId id) const;
    // Every member's position on `date` (the meeting page's pre-filled amounts), from the
    // records dated up to it (a past date does not count later payments).
    std::vector<MemberDue> rotationDuesOn(RotationId id, Date date) const;
    // One member's rounds with what is due, paid and overdue on `date` (arrears), likewise.
    std::vector<MemberRoundStatus> arrears(RotationId id, MemberId member, Date date) const;

    // Savings by shares (docs/savings-rules.md). One cycle is open at a time; money moves at
    // the open meeting on actor.date, one entry whose payload carries the savings records.
    // Creates a cycle (id assigned; start on or after the last cycle's share-out). Members'
    // reinvested parts of the previous share-out become its opening savings.
    SavingsCycleId createSavingsCycle(SavingsCycle cycle, const Actor& actor);
    std::vector<SavingsCycle> savingsCycles() const;
    std::optional<SavingsCycle> savingsCycle(SavingsCycleId id) const;
    // The cycle not yet shared out, if any.
    std::optional<SavingsCycle> openSavingsCycle() const;
    // Savings start for a group with history: a member's opening shares and amount, entered
    // once per member per cycle and before their first purchase (Dr cash, Cr savings).
    EntrySeq recordOpeningShares(SavingsCycleId cycle, MemberId member, int shares, std::int64_t amount,
                                 const Actor& actor);
    EntrySeq buyShares(SavingsCycleId cycle, MemberId member, int shares, const Actor& actor);
    EntrySeq saveVoluntary(SavingsCycleId cycle, MemberId member, std::int64_t amount, const Actor& actor);
    // Refused when the cycle does not allow it or beyond what is free (saved − pledged − owed).
    EntrySeq withdrawSavings(SavingsCycleId cycle, MemberId member, std::int64_t amount, const Actor& actor);
    // Every member with savings in the cycle (member-number order), with pledged and owed.
    std::vector<MemberSavings> savingsBalances(SavingsCycleId cycle) const;
    std::vector<SavingsRecord> savingsRecords(SavingsCycleId cycle, std::optional<MemberId> member = {}) const;
    // Reinvested amounts waiting for the next cycle (after a share-out, before a new cycle).
    std::map<MemberId, std::int64_t> pendingReinvestment() const;

    // Social fund (docs/savings-rules.md). Contributions are dues of kind "social" created
    // for every active member when a meeting opens; social loans are dues of kind
    // "social-loan" repaid with payDue.
    SocialRules socialRules() const;
    void setSocialRules(const SocialRules& rules, const Actor& actor);
    SocialFundPosition socialFund() const;
    // Pays a member's social contributions, oldest due first; not more than they owe.
    EntrySeq paySocialContribution(MemberId member, std::int64_t amount, const Actor& actor);
    // Pays a grant at the open meeting (Dr social, Cr cash) with its approvals.
    GrantId recordGrant(SocialGrant grant, const Actor& actor);
    std::vector<SocialGrant> grants() const;
    // Lends from the social fund (Dr social:loans, Cr cash); returns the due to repay.
    DueId lendSocial(const SocialLoanRequest& loan, const Actor& actor);

    // Share-out: the same plan for the preview and the commit. The commit (at the open
    // meeting on actor.date) pays every net part, nets off what members owe, keeps the
    // reinvested parts as savings for the next cycle, and closes the cycle; refused while
    // the plan has problems.
    ShareOutPlan previewShareOut(SavingsCycleId cycle, const ShareOutOptions& options, Date date) const;
    ShareOutPlan commitShareOut(SavingsCycleId cycle, const ShareOutOptions& options, const Actor& actor);
    // The committed share-out of a cycle, as it was recorded.
    std::optional<ShareOutPlan> committedShareOut(SavingsCycleId cycle) const;

    // Loans and group guarantees (docs/loan-rules.md). The engine decides; the book gathers
    // what it needs (savings, loans, pledges), checks, then writes in one transaction. Money
    // moves at the open meeting on actor.date; decisions (request, approvals, default) are
    // chained records ("loan:<id>", "guarantee:<id>"). Problems come back as ValidationError.
    LoanRules loanRules() const;
    void setLoanRules(const LoanRules& rules, const Actor& actor);
    std::vector<LoanProduct> loanProducts() const;
    // Adds a product (id 0) or edits one; loans already requested keep the terms they had.
    LoanProductId saveLoanProduct(LoanProduct product, const Actor& actor);
    // Checks a request as the wizard types it; writes nothing.
    LoanPreview previewLoan(const LoanRequest& request) const;
    // Records a checked request (date = actor.date); refused with previewLoan's problems.
    LoanId requestLoan(LoanRequest request, const Actor& actor);
    // Adds approvals (checkApprovals over all approvals so far); Approved once enough.
    void approveLoan(LoanId id, const std::vector<MemberId>& approvers, const Actor& actor);
    // Withdraws a request or an approved loan not yet paid out.
    void cancelLoan(LoanId id, const std::string& reason, const Actor& actor);
    // Pays an approved loan out at the open meeting (Dr loan:<borrower>, Cr cash); the
    // schedule starts on actor.date. Guarantors' pledges must still fit their savings.
    EntrySeq disburseLoan(LoanId id, const Actor& actor);
    // A repayment at the open meeting, allocated by the engine (Dr cash; Cr income:penalties,
    // income:interest, loan:<borrower>); the loan is Repaid when nothing is left.
    std::vector<LoanAllocation> repayLoan(LoanId id, std::int64_t amount, const Actor& actor);
    // A new schedule for what remains (approved like a loan; the old schedule is kept as a
    // version); a top-up pays out more principal at the open meeting (product must allow it).
    void rescheduleLoan(LoanId id, const RescheduleRequest& request, const Actor& actor);
    // The committee declares a loan in default (approvals as for a loan).
    void declareDefault(LoanId id, const std::vector<MemberId>& approvers, const std::string& reason,
                        const Actor& actor);
    // On a defaulted loan, at the open meeting: takes what the borrower owes (at most the
    // pledges held) from the guarantors' savings pro rata to their pledges; the borrower then
    // owes each guarantor their part.
    std::vector<GuarantorPledge> recoverFromGuarantors(LoanId id, const Actor& actor);
    // On a defaulted loan: writes off the principal left (Dr expense:loan-losses, Cr loan:<b>)
    // with the committee's approvals, and closes it.
    EntrySeq writeOffLoan(LoanId id, const std::vector<MemberId>& approvers, const Actor& actor);
    // The borrower pays back a guarantor at the open meeting (Dr cash, Cr savings:<guarantor>).
    EntrySeq repayGuarantor(LoanId id, MemberId guarantor, std::int64_t amount, const Actor& actor);
    std::vector<GuarantorDebt> guarantorDebts(std::optional<MemberId> member = {}) const;
    std::optional<Loan> loan(LoanId id) const;
    std::vector<Loan> loans(std::optional<MemberId> borrower = {}) const;
    // The position from the loan's schedule and allocations. It means something only while
    // the loan is paid out and open (active or defaulted): a write-off is not an allocation, so
    // a loan closed after its default still shows the principal written off; callers show no
    // position for requested, approved, repaid, closed and cancelled loans.
    LoanPosition loanPosition(LoanId id, Date on) const;
    // Every schedule the loan has had, oldest first (version 1 = at disbursement).
    std::vector<std::vector<Instalment>> scheduleHistory(LoanId id) const;
    // The pledges of a loan still held on `on` (pledgeHeld for each guarantor).
    std::vector<GuarantorPledge> pledgesHeld(LoanId id, Date on) const;
    // Σ of what `guarantor` holds pledged for others' loans on `on`.
    std::int64_t pledgedBy(MemberId guarantor, Date on) const;
    // Every active loan's repayment position on `on` (the meeting sheet's loan column).
    std::vector<LoanDue> loanDuesOn(Date on) const;
    Portfolio portfolio(Date on) const;
    // Group guarantees: created with the committee's approvals (no cash moves), released, or
    // called at the open meeting: the called amount becomes an active loan to the member on
    // `product`'s terms, paid to the supplier (Dr loan:<member>, Cr cash).
    GuaranteeId createGuarantee(GroupGuarantee guarantee, const Actor& actor);
    void releaseGuarantee(GuaranteeId id, const Actor& actor);
    LoanId callGuarantee(GuaranteeId id, std::int64_t amount, LoanProductId product, int termMonths,
                         const std::vector<CustomInstalment>& custom, const Actor& actor);
    std::vector<GroupGuarantee> guarantees() const;

    // Partner mutuals and premiums (docs/premium-rules.md). Partners are fund settings (each
    // change chained as "partner:<id>"); premiums are paid at the open meeting (Dr cash,
    // Cr premiums) for a household, towards the coverage period coverageOf gives; remittances
    // pass what is held on to the mutual (Dr premiums, Cr cash) — inside the open meeting when
    // one is open on actor.date, else on their own (the treasurer goes to the mutual between
    // meetings). Reversing a payment or remittance entry (Book::reverse) undoes it.
    std::vector<Partner> partners() const;
    std::optional<Partner> partner(PartnerId id) const;
    // Adds (id 0) or edits a partner after validatePartner (ValidationError); an edit that
    // changes nothing writes nothing.
    PartnerId savePartner(Partner partner, const Actor& actor);
    // The household a member belongs to is headed by householdHeadId, or by the member.
    MemberId householdHead(MemberId member) const;
    // Where the household of `member` stands with the partner on `on`.
    Coverage coverage(PartnerId partner, MemberId member, Date on) const;
    // Every household with an active member on `on`, by head's number.
    std::vector<Coverage> coverages(PartnerId partner, Date on) const;
    // A premium for the household of `member` (any member of it; recorded for its head),
    // towards coverage(partner, member, actor.date)'s next period. `productCode` empty: the
    // partner's first product.
    PremiumId payPremium(PartnerId partner, MemberId member, std::int64_t amount, const std::string& receiptNumber,
                         const std::string& productCode, const Actor& actor);
    std::vector<PremiumPayment> premiumPayments(std::optional<PartnerId> partner = {}) const;
    RemittanceId remitPremiums(PartnerId partner, std::int64_t amount, const std::string& mutualReceipt,
                               const std::string& note, const Actor& actor);
    std::vector<PremiumRemittance> remittances(std::optional<PartnerId> partner = {}) const;
    // Collected and remitted per partner (every partner, in id order), counting what is dated
    // on or before `on` when given. Σ held equals the "premiums" account's balance.
    std::vector<PremiumsHeld> premiumsHeld(std::optional<Date> on = std::nullopt) const;

    // Exports (docs/exports.md): the file for a request, checked (problems instead of bytes
    // when the partner would reject it); writes nothing. recordExport chains that the file was
    // sent ("export:<id>"), so that onlyNew leaves its rows out next time.
    ExportFile prepareExport(const ExportRequest& request) const;
    std::int64_t recordExport(const ExportRequest& request, const ExportFile& file, const std::string& fileName,
                              const Actor& actor);
    std::vector<ExportRecord> exportRecords() const;

    // Backups
    BackupInfo backupTo(const std::filesystem::path& target) const;
    std::vector<BackupInfo> automaticBackups() const;
    std::filesystem::path backupDir() const;

private:
    Book(std::unique_ptr<BookFile> file, const Clock& clock, BookOptions options);
    // Checks and appends a transaction inside the caller's transaction (the double-entry rule
    // is checked here, at its one point); `post` and every money use case go through it.
    EntrySeq appendTransaction(Entry entry, const Actor& actor);
    EntrySeq appendAudit(const std::string& subject, const std::string& action, const std::string& memo,
                         const std::string& payload, const Actor& actor);
    void requireOperator(const Actor& actor) const;
    // Rotations: the stored state (ValidationError when unknown), and the one write path of
    // every rotation money use case: one entry in the open meeting + the records it carries.
    RotationState requireRotation(RotationId id) const;
    EntrySeq recordRotationMoney(RotationId id, const std::string& action, const std::string& memo,
                                 std::vector<Posting> postings, const RotationRecords& records, const Actor& actor);
    // Book::reverse for an entry that carries rotation records (R43–R49): the negated
    // postings and the negated records in one transaction, or a ValidationError saying why not.
    EntrySeq reverseRotationMoney(const Entry& original, const std::string& reason, const Actor& actor);
    // Savings: the stored cycle (ValidationError when unknown or, with `open`, shared out), the
    // one write path of savings money (one entry in the open meeting carrying its records),
    // and what a member owes and pledges (what keeps savings from being free).
    SavingsCycle requireSavingsCycle(SavingsCycleId id, bool open) const;
    EntrySeq recordSavingsMoney(const std::string& action, const std::string& memo, std::vector<Posting> postings,
                                const std::vector<SavingsRecord>& records, const Actor& actor);
    MemberSavings withOwedAndPledged(MemberSavings savings) const;
    // Book::reverse for an entry carrying savings records: negated postings and records.
    EntrySeq reverseSavingsMoney(const Entry& original, const std::string& reason, const Actor& actor);
    // Loans (core/book/book_loan*.cpp): the stored loan (ValidationError when unknown); the
    // seq the next chained entry takes (loan rows name the entry that chains them and are
    // written just before it, in the same transaction); the loan's snapshot chained as
    // "loan:<id>" when it changed; a member's standing for the checks (`excluded`: the loan
    // being checked); a loan's position; the chained record of what guarantors gave and got
    // back; savings records of guarantors' money in the open cycle; Book::reverse for loan money.
    Loan requireLoan(LoanId id) const;
    EntrySeq nextSeq() const;
    void chainLoan(LoanId id, const std::string& action, const std::string& memo, const Actor& actor);
    LoanMemberStanding loanStanding(MemberId member, Date on, LoanId excluded) const;
    // What is left of a guarantor's pledge on a loan: pledgeHeld, never more than the pledge
    // less what recoveries already took from them.
    std::int64_t stillHeld(const GuarantorPledge& pledge, const Loan& loan, std::int64_t principalOutstanding,
                           std::int64_t unit) const;
    LoanPosition positionOf(const Loan& loan, Date on) const;
    // What a member's loans have due on `on` (Σ dueToday of their loans paid out), plus any
    // principal on loan:<m> no loan record explains (posted by hand): what savings cannot free.
    std::int64_t loansOwedOn(MemberId member, Date on) const;
    void chainGuarantorMoney(LoanId id, const std::string& memo, const Actor& actor);
    void recordGuarantorSavings(const std::vector<SavingsRecord>& records, const std::string& memo, const Actor& actor);
    EntrySeq reverseLoanMoney(const Entry& original, const std::string& reason, const Actor& actor);
    // Who received the cash of a share-out entry (for the meeting summary); empty when the
    // stored lines no longer explain it (verify reports that).
    std::vector<MeetingSummary::Recipient> shareOutRecipients(const Entry& entry, std::int64_t cashOut) const;
    // Whom a money entry concerns (core/book/book_entry_parties.cpp): the member it is about and
    // who received its `cashOut`; the one derivation behind meeting summaries and statements.
    EntryParties partiesOf(const Entry& entry, std::int64_t cashOut, EntryLookup& lookup) const;
    // Creates the social contribution dues of a meeting just opened (one per active member).
    void createSocialDues(const Meeting& meeting, const Actor& actor);
    // The meeting open on actor.date (ValidationError otherwise).
    Meeting requireOpenMeeting(const Actor& actor) const;
    // postInMeeting inside the caller's transaction: appendTransaction with the entry
    // belonging to the open meeting (subject "meeting:<id>").
    EntrySeq appendInMeeting(Entry entry, const Actor& actor);
    // Book::reverse for a premium payment's entry: refused (ValidationError) when what it paid
    // was remitted already or a later payment of the household is still live.
    void checkPremiumReversal(const PremiumPayment& payment) const;

    std::unique_ptr<BookFile> m_file;
    const Clock& m_clock;
    BookOptions m_options;
};

} // namespace tontine
