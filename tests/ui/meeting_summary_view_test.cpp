// The meeting summary view shows totals by kind, rotation arrears, and every member a
// payout went to, from the summary it is given.
#include "core/money/currency.h"
#include "ui/convert.h"
#include "ui/widgets/meeting_summary_view.h"

#include <catch2/catch.hpp>

using namespace tontine;
using namespace tontine::ui;

namespace {

Member member(MemberId id, const std::string& last, const std::string& other)
{
    Member m;
    m.id = id;
    m.lastName = last;
    m.otherNames = other;
    return m;
}

} // namespace

TEST_CASE("The summary view shows totals by kind, rotation arrears and who received a shared payout",
          "[ui][meeting][summary]")
{
    const std::vector<Member> members = {member(1, "Sarr", "Awa"), member(2, "Diallo", "Fatou"),
                                         member(3, "Fall", "Moussa")};
    MeetingSummary s;
    s.meeting.id = 4;
    s.meeting.date = Date::fromYmd(2026, 3, 10);
    MeetingSummary::Line contribution;
    contribution.seq = 10;
    contribution.kind = "rotation-contribution";
    contribution.member = 1;
    contribution.cashIn = 500;
    MeetingSummary::Line payout;
    payout.seq = 11;
    payout.kind = "rotation-payout";
    payout.member = 1;
    payout.cashOut = 3000;
    payout.recipients = {{1, 1500}, {2, 1500}};
    s.lines = {contribution, payout};
    s.totalIn = 500;
    s.totalOut = 3000;
    s.totalsByKind = {{"rotation-contribution", 1, 500, 0}, {"rotation-payout", 1, 0, 3000}};
    s.rotationArrears = {{7, "Tour du marché", 3, 1000, 250, 1000}};
    s.chainHead = "12-abcdef01";

    MeetingSummaryView view;
    view.showSummary(s, members, currencyByCode("XOF"));
    const QString text = view.toPlainText();

    CHECK(text.contains(QStringLiteral("Totals by kind")));
    CHECK(text.contains(QStringLiteral("Pot paid out")));
    CHECK(text.contains(QStringLiteral("Contribution")));
    // Both holders of the half hand, each with their half.
    CHECK(text.contains(QStringLiteral("Awa Sarr (1) received")));
    CHECK(text.contains(QStringLiteral("Fatou Diallo (2) received")));
    CHECK(text.count(QStringLiteral("received ") + moneyText(1500, currencyByCode("XOF"))) == 2);
    CHECK(text.contains(QStringLiteral("Rotation arrears")));
    CHECK(text.contains(QStringLiteral("Tour du marché")));
    CHECK(text.contains(QStringLiteral("Moussa Fall (3)")));
    CHECK_FALSE(text.contains(QStringLiteral("Nobody is behind")));

    // With nobody behind, the view says so instead of an empty table.
    s.rotationArrears.clear();
    view.showSummary(s, members, currencyByCode("XOF"));
    CHECK(view.toPlainText().contains(QStringLiteral("Nobody is behind in a rotation")));
}
