#include "tests/ui/social_ui_fixture.h"
#include "ui/convert.h"
#include "ui/dialogs/grant_dialog.h"
#include "ui/dialogs/social_loan_dialog.h"
#include "ui/dialogs/social_rules_dialog.h"
#include "ui/labels.h"
#include "ui/models/social_arrears_model.h"
#include "ui/models/social_grants_model.h"
#include "ui/models/social_loans_model.h"
#include "ui/pages/social_page.h"
#include "ui/widgets/approver_list.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPushButton>

using namespace tontine;
using namespace tontine::ui;
using social_ui_test::SocialUiFixture;

namespace {
// The words core gives for a grant with these facts (the dialog must show them, not its own).
QStringList coreMessages(SocialUiFixture& f, const SocialGrant& grant)
{
    QStringList out;
    for (const Problem& p : checkGrant(f.book().socialRules(), grant, f.book().socialFund(), f.book().settings().roundingUnit,
                                         &f.book().settings().currency()))
        out.append(problemText(p));
    return out;
}
} // namespace

TEST_CASE("The grant dialog keeps the beneficiary from approving and shows core's refusals")
{
    SocialUiFixture f;
    const auto& m = f.members;
    f.setRules();
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.payAllContributions(); // 4 × 10 000 in the social fund
    REQUIRE(f.book().socialFund().available() == 40000);

    GrantDialog dialog(*f.session);
    // The illness rule is a ceiling, pre-filled with it and stated.
    dialog.chooseEvent(SocialEvent::Illness);
    CHECK(dialog.amountText() == plainMoneyText(25000, f.session->currency()));
    CHECK(dialog.ruleText().contains(moneyText(25000, f.session->currency())));

    // Sarr and Diallo approve; then Sarr becomes the beneficiary: her tick goes, and she says so.
    dialog.chooseBeneficiary(m[0]);
    dialog.setApprovers({m[1], m[2]});
    CHECK(dialog.approverList()->approvers() == std::vector<MemberId>{m[1], m[2]});
    dialog.chooseBeneficiary(m[1]);
    CHECK_FALSE(dialog.approverList()->canTick(m[1]));
    CHECK(dialog.approverList()->approvers() == std::vector<MemberId>{m[2]});
    dialog.setApprovers({m[1], m[2]}); // ticking the beneficiary does not take
    CHECK(dialog.approverList()->approvers() == std::vector<MemberId>{m[2]});
    CHECK(dialog.approvalsText().contains(QStringLiteral("1 of the 2")));

    // One approval is short of the two required: core's message, nothing paid.
    SocialGrant attempted{0, SocialEvent::Illness, m[1], 25000, Date::fromYmd(2026, 3, 10), {}, {m[2]}, 0};
    const QStringList expected = coreMessages(f, attempted);
    REQUIRE_FALSE(expected.isEmpty());
    dialog.record();
    CHECK(dialog.result() != QDialog::Accepted);
    for (const QString& message : expected)
        CHECK(dialog.problems().contains(message));
    CHECK(f.book().grants().empty());

    // A self-approval sent straight to core is refused too, with its message.
    SocialGrant self = attempted;
    self.approvers = {m[1], m[2]};
    const QStringList selfMessages = coreMessages(f, self);
    REQUIRE_FALSE(selfMessages.isEmpty());
    CHECK_THROWS_AS(f.book().recordGrant(self, f.session->actor()), ValidationError);

    // A death grant is fixed at 50 000: more than the 40 000 the fund holds.
    dialog.chooseEvent(SocialEvent::DeathOfMember);
    dialog.chooseBeneficiary(m[0]);
    dialog.setApprovers({m[1], m[2]});
    CHECK(dialog.amountText() == plainMoneyText(50000, f.session->currency()));
    SocialGrant tooMuch{0, SocialEvent::DeathOfMember, m[0], 50000, Date::fromYmd(2026, 3, 10), {}, {m[1], m[2]}, 0};
    const QStringList short_ = coreMessages(f, tooMuch);
    REQUIRE_FALSE(short_.isEmpty());
    dialog.record();
    CHECK(dialog.result() != QDialog::Accepted);
    for (const QString& message : short_)
        CHECK(dialog.problems().contains(message));
    CHECK(f.book().grants().empty());

    // Illness, 20 000, two approvers who are not the beneficiary: paid.
    dialog.chooseEvent(SocialEvent::Illness);
    dialog.setAmountText(QStringLiteral("20000"));
    dialog.setApprovers({m[2], m[3]});
    dialog.setNote(QStringLiteral("hôpital de Thiès"));
    dialog.record();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.problems().isEmpty());
    const std::vector<SocialGrant> grants = f.book().grants();
    REQUIRE(grants.size() == 1);
    CHECK(grants[0].beneficiary == m[0]);
    CHECK(grants[0].amount == 20000);
    CHECK(grants[0].approvers == std::vector<MemberId>{m[2], m[3]});
    CHECK(f.book().socialFund().balance == 20000);
}

TEST_CASE("The Social fund page shows the position, rules, grants, loans and arrears")
{
    SocialUiFixture f;
    const auto& m = f.members;
    SocialPage page(*f.session);
    QAbstractItemModelTester grantsTester(page.grantsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester loansTester(page.loansModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester arrearsTester(page.arrearsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* grant = page.findChild<QPushButton*>(QStringLiteral("grant"));
    auto* loan = page.findChild<QPushButton*>(QStringLiteral("socialLoan"));
    REQUIRE(grant);
    REQUIRE(loan);

    // No meeting open: the money actions are off and say why.
    f.setRules();
    CHECK_FALSE(grant->isEnabled());
    CHECK(grant->toolTip().contains(QStringLiteral("meeting")));
    CHECK_FALSE(loan->isEnabled());
    CHECK(page.rulesText().contains(moneyText(10000, f.session->currency())));
    CHECK(page.rulesText().contains(QStringLiteral("Up to %1").arg(moneyText(25000, f.session->currency()))));
    CHECK(page.rulesText().contains(QStringLiteral("Fixed grant of %1").arg(moneyText(50000, f.session->currency()))));

    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    CHECK(grant->isEnabled());
    CHECK(loan->isEnabled());
    // Three of four pay: Fall is behind by one contribution.
    for (MemberId who : {m[0], m[1], m[2]})
        f.book().paySocialContribution(who, 10000, f.session->actor());
    f.session->notifyChanged();
    REQUIRE(page.arrearsModel()->rowCount() == 1);
    CHECK(page.arrearsModel()->rowAt(0)->member == m[3]);
    CHECK(page.arrearsModel()->rowAt(0)->outstanding == 10000);

    SocialLoanDialog lend(*f.session);
    lend.chooseBorrower(m[0]);
    lend.setAmountText(QStringLiteral("30000")); // over the 20 000 maximum
    lend.setDueOn(Date::fromYmd(2026, 4, 10));
    lend.setApprovers({m[0], m[1], m[2]});       // the borrower's tick does not take
    lend.lend();
    CHECK(lend.result() != QDialog::Accepted);
    CHECK(lend.problems().contains(QStringLiteral("at most 20000")));
    CHECK(f.book().socialFund().lentOut == 0);
    lend.setAmountText(QStringLiteral("15000"));
    lend.lend();
    REQUIRE(lend.result() == QDialog::Accepted);

    REQUIRE(page.loansModel()->rowCount() == 1);
    const Due* due = page.loansModel()->loanAt(0);
    CHECK(due->member == m[0]);
    CHECK(due->amount == 15000);
    CHECK(due->dueOn == Date::fromYmd(2026, 4, 10));
    CHECK(f.book().socialFund().lentOut == 15000);
    CHECK(page.positionText().contains(moneyText(30000, f.session->currency())));
    CHECK(page.positionText().contains(moneyText(15000, f.session->currency())));

    f.book().recordGrant(SocialGrant{0, SocialEvent::Illness, m[2], 10000, Date::fromYmd(2026, 3, 10), "palu", {m[0], m[1]}, 0},
                         f.session->actor());
    f.session->notifyChanged();
    REQUIRE(page.grantsModel()->rowCount() == 1);
    const QModelIndex approvers = page.grantsModel()->index(0, SocialGrantsModel::Approvers);
    CHECK(approvers.data().toString() == QStringLiteral("Awa Ndiaye, Awa Sarr"));
    CHECK(page.grantsModel()->index(0, SocialGrantsModel::Beneficiary).data().toString() == QStringLiteral("Awa Diallo"));

    // The meeting summary has words for every kind of line this money made, not entry codes.
    const MeetingSummary summary = f.book().meetingSummary(f.book().currentMeeting()->id);
    int social = 0;
    for (const MeetingSummary::Line& line : summary.lines) {
        CHECK(meetingLineKindLabel(line.kind) != toQt(line.kind));
        social += line.kind.rfind("social-", 0) == 0 ? 1 : 0;
    }
    CHECK(social == 2);
    for (const Due& d : f.book().dues(std::nullopt, false))
        CHECK(dueKindLabel(d.kind) != toQt(d.kind));
}

TEST_CASE("The social rules dialog saves the rules and shows core's problems beside the fields")
{
    SocialUiFixture f;
    SocialRulesDialog dialog(*f.session);
    dialog.setContribution(QStringLiteral("abc"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemFor(QStringLiteral("contribution")).isEmpty());

    dialog.setContribution(QStringLiteral("500"));
    dialog.setApprovals(0); // core allows 1 to 20
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemFor(QStringLiteral("approvalsRequired")).contains(QStringLiteral("between 1 and 20")));
    CHECK(dialog.generalProblem().isEmpty());
    CHECK(f.book().socialRules().contribution == 0);

    dialog.setApprovals(3);
    dialog.setLoans(true, QStringLiteral("20000"));
    dialog.setEvent(SocialEvent::Birth, 1, QStringLiteral("15000"));
    dialog.setEvent(SocialEvent::Illness, 2, QStringLiteral("30000"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const SocialRules saved = f.book().socialRules();
    CHECK(saved.contribution == 500);
    CHECK(saved.approvalsRequired == 3);
    CHECK(saved.loansAllowed);
    CHECK(saved.loanMax == 20000);
    REQUIRE(saved.ruleFor(SocialEvent::Birth));
    CHECK(saved.ruleFor(SocialEvent::Birth)->fixed);
    CHECK(saved.ruleFor(SocialEvent::Birth)->amount == 15000);
    REQUIRE(saved.ruleFor(SocialEvent::Illness));
    CHECK_FALSE(saved.ruleFor(SocialEvent::Illness)->fixed);
    CHECK(saved.ruleFor(SocialEvent::Wedding) == nullptr);
}
