#include "tests/ui/demo_session_fixture.h"
#include "ui/convert.h"
#include "ui/dialogs/premium_dialog.h"
#include "ui/dialogs/remit_dialog.h"
#include "ui/labels.h"
#include "ui/models/coverage_model.h"
#include "ui/models/premium_history_model.h"
#include "ui/pages/dashboard_page.h"
#include "ui/pages/insurance_page.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPushButton>

using namespace tontine;
using namespace tontine::ui;
using demo_ui_test::DemoSession;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column) { return model.index(row, column).data().toString(); }

// The demo fund's partner mutual (the premiums it collects are part of the demo).
Partner demoPartner(DemoSession& demo)
{
    const std::vector<Partner> partners = demo.book().partners();
    REQUIRE_FALSE(partners.empty());
    return partners.front();
}

// Two active members heading different households, the first one a head of a household of
// several members when the demo has one.
std::pair<MemberId, MemberId> twoHouseholds(DemoSession& demo)
{
    std::vector<MemberId> heads;
    for (const Member& m : demo.book().members(MemberQuery{{}, false}))
        if (demo.book().householdHead(m.id) == m.id)
            heads.push_back(m.id);
    REQUIRE(heads.size() >= 2);
    return {heads[0], heads[1]};
}

} // namespace

TEST_CASE("The coverage model shows the demo fund's households as Book::coverages gives them")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    InsurancePage page(*demo.session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.partnerId() == partner.id);

    const Date on = demo.session->actor().date;
    const std::vector<Coverage> expected = demo.book().coverages(partner.id, on);
    const std::vector<Member> members = demo.book().members();
    const Currency& c = demo.session->currency();
    const CoverageModel& model = *page.model();
    REQUIRE_FALSE(expected.empty());
    REQUIRE(model.rowCount() == int(expected.size()));
    int toEnrol = 0;
    std::int64_t owed = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const Coverage& e = expected[std::size_t(r)];
        INFO("household of " << e.head);
        const Member* head = nullptr;
        for (const Member& m : members)
            if (m.id == e.head)
                head = &m;
        REQUIRE(head);
        CHECK(model.coverageAt(r)->head == e.head);
        CHECK(cell(model, r, CoverageModel::Head) == QStringLiteral("%1 — %2").arg(e.head).arg(toQt(head->fullName())));
        // The number as the mutual issued it, or "To enrol" in words.
        if (head->insuranceNumber.empty()) {
            ++toEnrol;
            CHECK(cell(model, r, CoverageModel::InsuranceNumber) == QStringLiteral("To enrol"));
        } else {
            CHECK(cell(model, r, CoverageModel::InsuranceNumber) == toQt(head->insuranceNumber));
        }
        CHECK(cell(model, r, CoverageModel::MembersCovered) ==
              QString::number(householdOf(e.head, members, on).size()));
        if (e.coveredUntil)
            CHECK(cell(model, r, CoverageModel::CoveredUntil).startsWith(dateText(*e.coveredUntil)));
        else
            CHECK(cell(model, r, CoverageModel::CoveredUntil) == QStringLiteral("Not covered"));
        CHECK(cell(model, r, CoverageModel::NextPeriod).contains(dateText(e.nextStart)));
        CHECK(cell(model, r, CoverageModel::NextPeriod).contains(dateText(e.nextEnd)));
        CHECK(cell(model, r, CoverageModel::Owed).startsWith(moneyText(e.owedForNext(), c)));
        CHECK(model.index(r, CoverageModel::Owed).data(Qt::EditRole).toLongLong() == e.owedForNext());
        owed += e.owedForNext();
    }
    CHECK(model.toEnrolCount() == toEnrol);
    CHECK(model.totalOwed() == owed);

    // The held line: what Book says is held for the partner, collected and remitted.
    PremiumsHeld held;
    for (const PremiumsHeld& h : demo.book().premiumsHeld())
        if (h.partner == partner.id)
            held = h;
    CHECK(page.heldText().contains(toQt(partner.name)));
    CHECK(page.heldText().contains(moneyText(held.held(), c)));
    CHECK(page.heldText().contains(moneyText(held.collected, c)));
    CHECK(page.heldText().contains(moneyText(held.remitted, c)));
}

TEST_CASE("Recording a premium needs an open meeting")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    REQUIRE_FALSE(demo.book().currentMeeting());
    InsurancePage page(*demo.session);
    auto* record = page.findChild<QPushButton*>(QStringLiteral("recordPremium"));
    REQUIRE(record);
    CHECK_FALSE(record->isEnabled());
    CHECK(record->toolTip().contains(QStringLiteral("meeting")));

    PremiumDialog dialog(*demo.session, partner.id);
    CHECK_FALSE(dialog.canRecord());
    const std::size_t before = demo.book().premiumPayments(partner.id).size();
    dialog.record();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(demo.book().premiumPayments(partner.id).size() == before);

    demo.book().openMeeting(demo.book().cashBalance(), "", demo.session->actor());
    demo.session->notifyChanged();
    CHECK(record->isEnabled());
}

TEST_CASE("The premium dialog records a premium in the open meeting and refuses a receipt number used before")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    demo.book().openMeeting(demo.book().cashBalance(), "", demo.session->actor());
    const auto [first, second] = twoHouseholds(demo);
    const Date on = demo.session->actor().date;
    const Currency& c = demo.session->currency();
    const std::size_t before = demo.book().premiumPayments(partner.id).size();

    PremiumDialog dialog(*demo.session, partner.id);
    REQUIRE(dialog.canRecord());
    dialog.chooseMember(first);
    // The household, the period and the price come from core, and the amount is what is owed.
    const Coverage coverage = demo.book().coverage(partner.id, first, on);
    CHECK(dialog.amountText() == plainMoneyText(coverage.owedForNext(), c));
    CHECK(dialog.periodText().contains(dateText(coverage.nextStart)));
    CHECK(dialog.periodText().contains(dateText(coverage.nextEnd)));
    CHECK(dialog.periodText().contains(moneyText(coverage.nextPrice, c)));
    const std::size_t covered = householdOf(first, demo.book().members(), on).size();
    CHECK(dialog.householdText().contains(QStringLiteral("%1 member").arg(covered)));
    dialog.setReceipt(QStringLiteral("GUI-0001"));
    dialog.record();
    REQUIRE(dialog.problems().isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::vector<PremiumPayment> after = demo.book().premiumPayments(partner.id);
    REQUIRE(after.size() == before + 1);
    const PremiumPayment& paid = after.back();
    CHECK(paid.id == dialog.recorded());
    CHECK(paid.head == first);
    CHECK(paid.amount == coverage.owedForNext());
    CHECK(paid.receiptNumber == "GUI-0001");
    CHECK(paid.periodStart == coverage.nextStart);
    CHECK(paid.date == on);

    // Another household with the same receipt number: core's words next to the receipt, nothing paid.
    PremiumDialog again(*demo.session, partner.id);
    again.chooseMember(second);
    again.setReceipt(QStringLiteral("GUI-0001"));
    const Coverage other = demo.book().coverage(partner.id, second, on);
    PremiumPayment attempt;
    attempt.partner = partner.id;
    attempt.head = second;
    attempt.productCode = partner.productCodes.front();
    attempt.date = on;
    attempt.amount = other.owedForNext();
    attempt.receiptNumber = "GUI-0001";
    attempt.periodStart = other.nextStart;
    attempt.periodEnd = other.nextEnd;
    attempt.membersCovered = int(householdOf(second, demo.book().members(), on).size());
    const Problems expected = checkPremiumPayment(partner, attempt, other, true, demo.book().settings().roundingUnit,
                                                  &demo.book().settings().currency());
    REQUIRE_FALSE(expected.empty());
    again.record();
    CHECK(again.result() != QDialog::Accepted);
    for (const Problem& p : expected)
        CHECK(again.problems().contains(problemText(p)));
    CHECK(demo.book().premiumPayments(partner.id).size() == before + 1);
}

TEST_CASE("The remit dialog passes what is held on to the mutual with its receipt")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    auto heldFor = [&demo, &partner] {
        for (const PremiumsHeld& h : demo.book().premiumsHeld())
            if (h.partner == partner.id)
                return h;
        return PremiumsHeld{};
    };
    const PremiumsHeld before = heldFor();
    REQUIRE(before.held() > 0);
    const Currency& c = demo.session->currency();

    RemitDialog dialog(*demo.session, partner.id);
    CHECK(dialog.amountText() == plainMoneyText(before.held(), c));
    CHECK(dialog.heldText().contains(moneyText(before.held(), c)));
    // No receipt: refused, nothing remitted.
    dialog.record();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problems().isEmpty());
    CHECK(heldFor().remitted == before.remitted);

    dialog.setReceipt(QStringLiteral("MUT-77"));
    dialog.setNote(QStringLiteral("au bureau de Thiès"));
    dialog.record();
    REQUIRE(dialog.problems().isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(heldFor().held() == 0);
    CHECK(heldFor().remitted == before.remitted + before.held());
    const std::vector<PremiumRemittance> remittances = demo.book().remittances(partner.id);
    REQUIRE_FALSE(remittances.empty());
    CHECK(remittances.back().mutualReceipt == "MUT-77");
}

TEST_CASE("The dashboard shows the premiums held for each partner, not yet remitted")
{
    DemoSession demo;
    DashboardPage page(*demo.session);
    const Currency& c = demo.session->currency();
    const std::vector<PremiumsHeld> held = demo.book().premiumsHeld();
    REQUIRE_FALSE(held.empty());
    for (const PremiumsHeld& h : held) {
        const std::optional<Partner> partner = demo.book().partner(h.partner);
        REQUIRE(partner);
        CHECK(page.premiumsHeldText().contains(toQt(partner->name)));
        CHECK(page.premiumsHeldText().contains(moneyText(h.held(), c)));
    }
}

TEST_CASE("The Health insurance page lists the partner's premiums and remittances, latest first")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    InsurancePage page(*demo.session);
    QAbstractItemModelTester tester(page.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::vector<PremiumPayment> payments = demo.book().premiumPayments(partner.id);
    const std::vector<PremiumRemittance> remittances = demo.book().remittances(partner.id);
    REQUIRE_FALSE(payments.empty());
    REQUIRE_FALSE(remittances.empty());
    const PremiumHistoryModel& model = *page.historyModel();
    REQUIRE(model.rowCount() == int(payments.size() + remittances.size()));

    // Every receipt is there once, premiums' and the mutual's; dates never go up.
    QStringList receipts;
    for (int r = 0; r < model.rowCount(); ++r) {
        receipts.append(cell(model, r, PremiumHistoryModel::Receipt));
        if (r > 0)
            CHECK(cell(model, r, PremiumHistoryModel::When) <= cell(model, r - 1, PremiumHistoryModel::When));
    }
    const Currency& c = demo.session->currency();
    for (const PremiumPayment& p : payments) {
        INFO(p.receiptNumber);
        const int row = int(receipts.indexOf(toQt(p.receiptNumber)));
        REQUIRE(row >= 0);
        CHECK(cell(model, row, PremiumHistoryModel::Amount) == moneyText(p.amount, c));
        CHECK(cell(model, row, PremiumHistoryModel::Period).contains(dateText(p.periodStart)));
    }
    for (const PremiumRemittance& m : remittances) {
        const int row = int(receipts.indexOf(toQt(m.mutualReceipt)));
        REQUIRE(row >= 0);
        CHECK(cell(model, row, PremiumHistoryModel::Amount) == moneyText(-m.amount, c));
    }
}
