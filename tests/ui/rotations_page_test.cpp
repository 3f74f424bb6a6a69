#include "tests/ui/rotation_ui_fixture.h"
#include "ui/convert.h"
#include "ui/dialogs/bid_dialog.h"
#include "ui/dialogs/draw_dialog.h"
#include "ui/dialogs/edit_order_dialog.h"
#include "ui/dialogs/leave_dialog.h"
#include "ui/dialogs/payout_dialog.h"
#include "ui/models/rotation_plan_model.h"
#include "ui/pages/rotations_page.h"
#include "ui/widgets/hand_order_list.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

using namespace tontine;
using namespace tontine::ui;
using rotation_ui_test::RotationUiFixture;

TEST_CASE("The bid dialog checks each bid as typed and decides the auction")
{
    RotationUiFixture f;
    const auto& m = f.members;
    RotationSpec spec = f.spec(3, OrderMethod::Auction);
    spec.minimumBid = 100;
    const RotationId id = f.book().createRotation(spec, f.session->actor());
    f.setDay(Date::fromYmd(2026, 3, 10));

    BidDialog dialog(*f.session, id);
    REQUIRE(dialog.round() == 1);
    auto* decide = dialog.findChild<QPushButton*>(QStringLiteral("decide"));
    REQUIRE(decide);
    CHECK_FALSE(decide->isEnabled()); // nothing bid yet

    // More than the pot (3 hands × 1000): refused beside the bid, Decide disabled.
    dialog.setBid(1, m[0], QStringLiteral("5000"));
    CHECK(dialog.problemFor(1, m[0]).contains(QStringLiteral("more than the pot")));
    CHECK_FALSE(decide->isEnabled());
    dialog.setBid(2, m[1], QStringLiteral("50"));
    CHECK(dialog.problemFor(2, m[1]).contains(QStringLiteral("below the minimum")));
    dialog.setBid(1, m[0], QStringLiteral("300"));
    dialog.setBid(2, m[1], QStringLiteral("450"));
    dialog.setBid(3, m[2], QStringLiteral("abc"));
    CHECK(dialog.problemFor(1, m[0]).isEmpty());
    CHECK(dialog.problemFor(2, m[1]).isEmpty());
    CHECK_FALSE(dialog.problemFor(3, m[2]).isEmpty());
    dialog.setBid(3, m[2], QString());
    CHECK(dialog.problemFor(3, m[2]).isEmpty());
    CHECK(decide->isEnabled());

    // No meeting is open: Book refuses and says why; nothing is stored.
    dialog.decide();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.generalProblem().contains(QStringLiteral("meeting")));
    CHECK(f.book().bids(id, 1).empty());

    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    dialog.decide();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.decided().outcome.beneficiaries == std::vector<HandNumber>{2});
    CHECK(f.book().bids(id, 1).size() == 2);
    const std::vector<RoundPlan> plan = f.book().plan(id);
    REQUIRE(plan[0].beneficiaries == std::vector<HandNumber>{2});
    CHECK(plan[0].discounts == std::vector<std::int64_t>{450});
}

TEST_CASE("Paying out through the page: refused while contributions are missing, then recorded")
{
    RotationUiFixture f;
    const RotationId id = f.book().createRotation(f.spec(3), f.session->actor()); // wait rule
    f.setDay(Date::fromYmd(2026, 3, 10));
    RotationsPage page(*f.session);
    auto* payButton = page.findChild<QPushButton*>(QStringLiteral("payOut"));
    REQUIRE(payButton);
    // No meeting open: the money action is disabled and says why.
    CHECK_FALSE(payButton->isEnabled());
    CHECK(payButton->toolTip().contains(QStringLiteral("Open a meeting")));
    CHECK(page.findChild<QLabel*>(QStringLiteral("meetingHint"))->isVisibleTo(&page));

    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    CHECK(payButton->isEnabled());
    f.book().contribute(id, f.members[0], 1000, f.session->actor());
    {
        // Two members have not paid: the dialog lists them and cannot pay.
        PayoutDialog dialog(*f.session, id);
        CHECK(dialog.details().contains(moneyText(3000, f.session->currency())));
        CHECK_FALSE(dialog.canPay());
        const QString problems = dialog.problems();
        CHECK(problems.count(QStringLiteral("• ")) == 2);
        CHECK(problems.contains(QStringLiteral("Sarr")));
        CHECK(problems.contains(QStringLiteral("Diallo")));
    }
    f.book().contribute(id, f.members[1], 1000, f.session->actor());
    f.book().contribute(id, f.members[2], 1000, f.session->actor());
    f.session->notifyChanged();

    // The page's action: the confirmation names the beneficiary and the pot, then pays.
    QString shown;
    int tries = 0;
    std::function<void()> answer = [&] {
        if (++tries > 40)
            return;
        if (auto* dialog = qobject_cast<PayoutDialog*>(QApplication::activeModalWidget())) {
            shown = dialog->details();
            dialog->pay();
            if (dialog->isVisible())
                dialog->reject(); // refused: the test sees it below
        } else {
            QTimer::singleShot(30, qApp, answer);
        }
    };
    QTimer::singleShot(30, qApp, answer);
    page.payOut();

    CHECK(shown.contains(QStringLiteral("Awa Ndiaye")));
    CHECK(shown.contains(moneyText(3000, f.session->currency())));
    const std::vector<RoundPlan> plan = f.book().plan(id);
    CHECK(plan[0].status == RoundStatus::PaidOut);
    CHECK(page.planModel()->data(page.planModel()->index(0, RotationPlanModel::Status)).toString() == QStringLiteral("Paid"));
    CHECK(page.statusText().contains(QStringLiteral("Round 1 paid out")));
}

TEST_CASE("The fixed order is edited through Book; hands that received keep their place")
{
    RotationUiFixture f;
    const RotationId id = f.book().createRotation(f.spec(3), f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    for (int i = 0; i < 3; ++i)
        f.book().contribute(id, f.members[std::size_t(i)], 1000, f.session->actor());
    f.book().payout(id, 1, f.session->actor());

    EditOrderDialog dialog(*f.session, id);
    HandOrderList* list = dialog.orderList();
    REQUIRE(list->order() == std::vector<HandNumber>{1, 2, 3});
    // Hand 1 has received: it cannot move, nor can another take its place.
    CHECK_FALSE(list->move(0, +1));
    CHECK_FALSE(list->move(1, -1));
    REQUIRE(list->move(1, +1));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.book().rotation(id)->spec.fixedOrder == std::vector<HandNumber>{1, 3, 2});
}

TEST_CASE("The draw is shown with its seed and every step to check by hand")
{
    RotationUiFixture f;
    // docs/draw.md's worked example: 5 hands, seed "billet 4F2201873", order 1, 4, 2, 3, 5.
    RotationSpec spec = f.spec(5, OrderMethod::Draw);
    const RotationId id = f.book().createRotation(spec, f.session->actor());
    DrawDialog dialog(*f.session, id);
    const QString text = dialog.text();
    CHECK(text.contains(QStringLiteral("Seed: billet 4F2201873")));
    CHECK(text.contains(QStringLiteral("billet 4F2201873|2|0")));
    CHECK(text.contains(QStringLiteral("0a8bb2ca = 176927434")));
    CHECK(text.contains(QStringLiteral("176927434 mod 4 = 2")));
    CHECK(text.contains(QStringLiteral("Order of the hands: 1, 4, 2, 3, 5")));
}

TEST_CASE("A member leaves through the dialog: what is given back is shown first, a shared hand is refused")
{
    RotationUiFixture f;
    const auto& m = f.members;
    RotationSpec spec = f.spec(3);
    spec.hands.push_back(Hand{4, {HandShare{m[2], 1}, HandShare{m[3], 1}}}); // Diallo shares hand 4 with Fall
    spec.fixedOrder = {1, 2, 3, 4};
    const RotationId id = f.book().createRotation(spec, f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book().contribute(id, m[1], 1000, f.session->actor());

    LeaveDialog dialog(*f.session, id);
    auto* leave = dialog.findChild<QPushButton*>(QStringLiteral("leave"));
    REQUIRE(leave);
    dialog.chooseMember(m[3]);
    CHECK(dialog.problems().contains(QStringLiteral("cannot leave")));
    CHECK_FALSE(leave->isEnabled());

    dialog.chooseMember(m[1]);
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.details().contains(moneyText(1000, f.session->currency())));
    const std::int64_t cash = f.book().cashBalance();
    dialog.leave();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto state = f.book().rotation(id);
    REQUIRE(state->withdrawals.size() == 1);
    CHECK(state->withdrawals[0].member == m[1]);
    CHECK(f.book().cashBalance() == cash - 1000); // given back (return setting)
    CHECK(f.book().plan(id).size() == 3);
}

TEST_CASE("The page offers the actions of the chosen rotation's order method")
{
    RotationUiFixture f;
    const RotationId fixed = f.book().createRotation(f.spec(2), f.session->actor());
    const RotationId drawn = f.book().createRotation(f.spec(2, OrderMethod::Draw), f.session->actor());
    RotationSpec auctionSpec = f.spec(2, OrderMethod::Auction);
    auctionSpec.name = "Enchères";
    const RotationId auction = f.book().createRotation(auctionSpec, f.session->actor());
    RotationsPage page(*f.session);
    auto visible = [&](const char* name) {
        auto* button = page.findChild<QPushButton*>(QLatin1String(name));
        REQUIRE(button);
        return button->isVisibleTo(&page);
    };
    page.selectRotation(fixed);
    CHECK(visible("editOrder"));
    CHECK_FALSE(visible("showDraw"));
    CHECK_FALSE(visible("enterBids"));
    page.selectRotation(drawn);
    CHECK_FALSE(visible("editOrder"));
    CHECK(visible("showDraw"));
    page.selectRotation(auction);
    CHECK(visible("enterBids"));
    CHECK(visible("shareReserve")); // shared at the end is the default discount rule
    CHECK(page.findChild<QLabel*>(QStringLiteral("rotationSummary"))->text().contains(QStringLiteral("Enchères")));
}

TEST_CASE("An auction cycle through the page's dialogs ends with the reserve shared")
{
    RotationUiFixture f;
    const auto& m = f.members;
    const RotationId id = f.book().createRotation(f.spec(2, OrderMethod::Auction), f.session->actor()); // shared at end
    RotationsPage page(*f.session);
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    {
        BidDialog bids(*f.session, id);
        bids.setBid(1, m[0], QStringLiteral("200"));
        bids.decide();
        REQUIRE(bids.result() == QDialog::Accepted);
    }
    f.book().contribute(id, m[0], 1000, f.session->actor());
    f.book().contribute(id, m[1], 1000, f.session->actor());
    {
        PayoutDialog payout(*f.session, id);
        CHECK(payout.details().contains(moneyText(1800, f.session->currency()))); // 2000 less the 200 bid
        payout.pay();
        REQUIRE(payout.result() == QDialog::Accepted);
    }
    f.closeMeeting();
    f.openMeetingOn(Date::fromYmd(2026, 4, 10));
    {
        // Only hand 2 is left: it receives without a bid.
        BidDialog last(*f.session, id);
        auto* decide = last.findChild<QPushButton*>(QStringLiteral("decide"));
        CHECK(decide->isEnabled());
        last.decide();
        REQUIRE(last.result() == QDialog::Accepted);
        CHECK(last.decided().outcome.beneficiaries == std::vector<HandNumber>{2});
    }
    f.book().contribute(id, m[0], 1000, f.session->actor());
    f.book().contribute(id, m[1], 1000, f.session->actor());
    f.book().payout(id, 2, f.session->actor());
    f.session->notifyChanged();
    auto* share = page.findChild<QPushButton*>(QStringLiteral("shareReserve"));
    REQUIRE(share->isEnabled());

    const std::int64_t cash = f.book().cashBalance();
    int tries = 0;
    std::function<void()> answer = [&] {
        if (++tries > 40)
            return;
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
        else
            QTimer::singleShot(30, qApp, answer);
    };
    QTimer::singleShot(30, qApp, answer);
    page.shareReserve();
    CHECK(page.statusText().contains(QStringLiteral("reserve of %1 was shared").arg(moneyText(200, f.session->currency()))));
    CHECK(f.book().rotation(id)->reserveShared);
    CHECK(f.book().cashBalance() == cash - 200);
    CHECK_FALSE(share->isEnabled());
}

TEST_CASE("A bid changed later counts from the change when bids are equal")
{
    RotationUiFixture f;
    const auto& m = f.members;
    const RotationId id = f.book().createRotation(f.spec(3, OrderMethod::Auction), f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    BidDialog dialog(*f.session, id);
    dialog.setBid(1, m[0], QStringLiteral("400"));
    dialog.setBid(2, m[1], QStringLiteral("500"));
    dialog.setBid(1, m[0], QStringLiteral("500")); // raised after hand 2 bid 500
    std::vector<Bid> bids;
    REQUIRE(dialog.bids(bids));
    REQUIRE(bids.size() == 2);
    CHECK(bids[0].sequence > bids[1].sequence);
    dialog.decide();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.decided().outcome.beneficiaries == std::vector<HandNumber>{2});
}
