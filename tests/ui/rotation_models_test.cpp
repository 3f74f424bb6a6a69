#include "tests/ui/rotation_ui_fixture.h"
#include "ui/convert.h"
#include "ui/models/rotation_arrears_model.h"
#include "ui/models/rotation_plan_model.h"
#include "ui/pages/rotations_page.h"
#include "ui/rotation_labels.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace tontine;
using namespace tontine::ui;
using rotation_ui_test::RotationUiFixture;

TEST_CASE("The plan model's rows are Book's plan: dates, beneficiaries, pots and status")
{
    RotationUiFixture f;
    RotationSpec spec = f.spec(4);
    spec.fixedOrder = {3, 1, 4, 2};
    const RotationId id = f.book().createRotation(spec, f.session->actor());
    RotationsPage page(*f.session);
    RotationPlanModel* model = page.planModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(page.currentRotation() == id);

    auto check = [&] {
        const std::vector<RoundPlan> plan = f.book().plan(id);
        REQUIRE(model->rowCount() == int(plan.size()));
        const Currency& c = f.session->currency();
        for (int row = 0; row < model->rowCount(); ++row) {
            const RoundPlan& r = plan[std::size_t(row)];
            auto cell = [&](int column) { return model->data(model->index(row, column)).toString(); };
            CHECK(cell(RotationPlanModel::Round) == QString::number(r.round));
            CHECK(cell(RotationPlanModel::RoundDate) == toQt(r.date.iso()));
            CHECK(cell(RotationPlanModel::Pot) == moneyText(r.grossPot, c));
            CHECK(cell(RotationPlanModel::Status) == roundStatusLabel(r.status));
            REQUIRE(r.beneficiaries.size() == 1);
            const MemberId holder = spec.hands[std::size_t(r.beneficiaries[0] - 1)].holders[0].member;
            CHECK(cell(RotationPlanModel::Beneficiaries).contains(toQt(f.book().member(holder)->fullName())));
        }
    };
    check();
    CHECK(model->data(model->index(0, RotationPlanModel::RoundDate)).toString() == QStringLiteral("2026-03-10"));
    CHECK(model->data(model->index(1, RotationPlanModel::RoundDate)).toString() == QStringLiteral("2026-04-10"));
    CHECK(model->data(model->index(0, RotationPlanModel::Beneficiaries)).toString().startsWith(QStringLiteral("3 · ")));
    CHECK(model->data(model->index(0, RotationPlanModel::Status)).toString() == QStringLiteral("Collecting"));
    CHECK(model->data(model->index(1, RotationPlanModel::Status)).toString() == QStringLiteral("Planned"));

    // After round 1 is paid out, the page follows Book.
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (int i = 0; i < 4; ++i)
        f.book().contribute(id, f.members[std::size_t(i)], 1000, f.session->actor());
    f.book().payout(id, 1, f.session->actor());
    f.session->notifyChanged();
    check();
    CHECK(model->data(model->index(0, RotationPlanModel::Status)).toString() == QStringLiteral("Paid"));
    CHECK(model->data(model->index(1, RotationPlanModel::Status)).toString() == QStringLiteral("Collecting"));
    CHECK(model->collectingRow() == 1);
}

TEST_CASE("The arrears model shows each member's due, paid, overdue, fines and advance debt")
{
    RotationUiFixture f;
    // Three members, a hand each, 1000 a round; a fixed fine of 100 once per late round; the
    // fund advances what is missing at payout.
    RotationSpec spec = f.spec(3);
    spec.shortfall = ShortfallRule::Advance;
    spec.lateFine = FineRule{FineRule::Kind::Fixed, 100, 0, false};
    const RotationId id = f.book().createRotation(spec, f.session->actor());
    const auto& m = f.members;

    // Round 1 (2026-03-10): Ndiaye and Diallo pay; Sarr does not and the fund advances for her.
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book().contribute(id, m[0], 1000, f.session->actor());
    f.book().contribute(id, m[2], 1000, f.session->actor());
    f.book().payout(id, 1, f.session->actor());
    f.closeMeeting();
    // 2026-04-20, after round 2's date (2026-04-10): Diallo pays round 2 late, and is fined.
    f.openMeetingOn(Date::fromYmd(2026, 4, 20));
    f.book().contribute(id, m[2], 1000, f.session->actor());
    f.session->notifyChanged();

    RotationsPage page(*f.session);
    RotationArrearsModel* model = page.arrearsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 3);
    auto value = [&](MemberId member, int column) {
        const int row = model->rowOf(member);
        REQUIRE(row >= 0);
        return model->data(model->index(row, column), Qt::EditRole).toLongLong();
    };
    // Two rounds are dated by 2026-04-20: 2000 asked of everyone.
    for (MemberId member : {m[0], m[1], m[2]})
        CHECK(value(member, RotationArrearsModel::DueToDate) == 2000);
    // Ndiaye paid round 1 only: round 2 is overdue.
    CHECK(value(m[0], RotationArrearsModel::Paid) == 1000);
    CHECK(value(m[0], RotationArrearsModel::Overdue) == 1000);
    CHECK(value(m[0], RotationArrearsModel::Fines) == 0);
    CHECK(value(m[0], RotationArrearsModel::AdvanceDebt) == 0);
    // Sarr paid nothing: both rounds overdue, of which the fund advanced round 1.
    CHECK(value(m[1], RotationArrearsModel::Paid) == 0);
    CHECK(value(m[1], RotationArrearsModel::Overdue) == 2000);
    CHECK(value(m[1], RotationArrearsModel::AdvanceDebt) == 1000);
    // Diallo is up to date but owes the fine for paying round 2 late.
    CHECK(value(m[2], RotationArrearsModel::Paid) == 2000);
    CHECK(value(m[2], RotationArrearsModel::Overdue) == 0);
    CHECK(value(m[2], RotationArrearsModel::Fines) == 100);
    // The same numbers Book gives member by member.
    const Date today = f.session->actor().date;
    for (const MemberDue& d : f.book().rotationDuesOn(id, today)) {
        std::int64_t overdue = 0;
        for (const MemberRoundStatus& r : f.book().arrears(id, d.member, today))
            overdue += r.overdue ? r.outstanding : 0;
        CHECK(value(d.member, RotationArrearsModel::Overdue) == overdue);
        CHECK(value(d.member, RotationArrearsModel::Fines) == d.finesOwed);
        CHECK(value(d.member, RotationArrearsModel::AdvanceDebt) == d.advanceDebt);
    }
    // Shown as money, with blanks where nothing is owed.
    const Currency& c = f.session->currency();
    const int sarr = model->rowOf(m[1]);
    CHECK(model->data(model->index(sarr, RotationArrearsModel::Overdue)).toString() == moneyText(2000, c));
    CHECK(model->data(model->index(sarr, RotationArrearsModel::MemberName)).toString() == QStringLiteral("Awa Sarr"));
    CHECK(model->data(model->index(model->rowOf(m[0]), RotationArrearsModel::Fines)).toString().isEmpty());
}
