#include "tests/ui/rotation_ui_fixture.h"
#include "ui/dialogs/rotation_wizard.h"
#include "ui/widgets/hand_order_list.h"
#include "ui/widgets/hands_editor.h"
#include "ui/widgets/order_method_form.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace tontine;
using namespace tontine::ui;
using rotation_ui_test::RotationUiFixture;

namespace {
template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

void fillBasics(RotationWizard& wizard, const QString& contribution, int beneficiaries)
{
    QTest::keyClicks(child<QLineEdit>(wizard, "name"), QStringLiteral("Tour de mars"));
    child<QLineEdit>(wizard, "contributionPerHand")->setText(contribution);
    child<QDateEdit>(wizard, "start")->setDate(QDate(2026, 3, 10));
    child<QSpinBox>(wizard, "beneficiariesPerRound")->setValue(beneficiaries);
}
} // namespace

TEST_CASE("The rotation wizard creates a fixed-order rotation with a half hand")
{
    RotationUiFixture f;
    const auto& m = f.members;
    RotationWizard wizard(*f.session);
    wizard.show();
    fillBasics(wizard, QStringLiteral("2500"), 1);
    wizard.next();
    REQUIRE(wizard.currentId() == RotationWizard::HandsPage);

    // Awa Ndiaye holds two hands; Sarr and Diallo share one (ticked, then "Share one hand").
    wizard.hands()->addWholeHand(m[0]);
    auto* members = child<QListWidget>(wizard, "handMembers");
    auto* share = child<QPushButton>(wizard, "shareHand");
    for (int i = 0; i < members->count(); ++i) {
        const MemberId id = members->item(i)->data(Qt::UserRole).toLongLong();
        if (id == m[1] || id == m[2])
            members->item(i)->setCheckState(Qt::Checked);
    }
    REQUIRE(share->isEnabled());
    share->click();
    CHECK_FALSE(share->isEnabled()); // the ticks are cleared for the next hand
    wizard.hands()->addWholeHand(m[0]);
    wizard.next();
    REQUIRE(wizard.currentId() == RotationWizard::OrderPage);
    child<QRadioButton>(wizard, "order-fixed")->setChecked(true);
    // The shared hand receives first: moved up from the second place.
    HandOrderList* order = wizard.order()->orderList();
    REQUIRE(order->order() == std::vector<HandNumber>{1, 2, 3});
    REQUIRE(order->move(1, -1));
    wizard.next();
    REQUIRE(wizard.currentId() == RotationWizard::RulesPage);
    wizard.button(QWizard::FinishButton)->click();

    REQUIRE(wizard.result() == QDialog::Accepted);
    const auto specs = f.book().rotations();
    REQUIRE(specs.size() == 1);
    const RotationSpec& s = specs[0];
    CHECK(wizard.createdId() == s.id);
    CHECK(s.name == "Tour de mars");
    CHECK(s.contributionPerHand == 2500);
    CHECK(s.start == Date::fromYmd(2026, 3, 10));
    CHECK(s.order == OrderMethod::Fixed);
    CHECK(s.fixedOrder == std::vector<HandNumber>{2, 1, 3});
    REQUIRE(s.hands.size() == 3);
    REQUIRE(s.hands[1].holders.size() == 2);
    CHECK(s.hands[1].holders[0].member == m[1]);
    CHECK(s.hands[1].holders[0].halves == 1);
    CHECK(s.hands[1].holders[1].member == m[2]);
    CHECK(s.hands[1].holders[1].halves == 1);
    CHECK(s.hands[2].holders[0].member == m[0]);
    CHECK(s.hands[2].holders[0].halves == 2);
    // The half hand's holders each pay half.
    CHECK(holderContribution(s, s.hands[1], m[1]) == 1250);
}

TEST_CASE("The rotation wizard keeps the page open and shows core's problem beside its field")
{
    RotationUiFixture f;
    RotationWizard wizard(*f.session);
    wizard.show();

    // Next on the first page checks this page's fields with core's own rules.
    child<QLineEdit>(wizard, "contributionPerHand")->setText(QStringLiteral("1000"));
    wizard.next();
    CHECK(wizard.currentId() == RotationWizard::BasicsPage);
    CHECK(wizard.problemFor(QStringLiteral("name")).contains(QStringLiteral("needs a name")));
    child<QLineEdit>(wizard, "contributionPerHand")->setText(QStringLiteral("mille"));
    QTest::keyClicks(child<QLineEdit>(wizard, "name"), QStringLiteral("Tour"));
    wizard.next();
    CHECK(wizard.currentId() == RotationWizard::BasicsPage);
    CHECK_FALSE(wizard.problemFor(QStringLiteral("contributionPerHand")).isEmpty());
    CHECK(wizard.problemFor(QStringLiteral("name")).isEmpty());

    // Two beneficiaries per round with three hands: Book refuses at the end.
    fillBasics(wizard, QStringLiteral("1000"), 2);
    wizard.next();
    REQUIRE(wizard.currentId() == RotationWizard::HandsPage);
    wizard.hands()->addOneHandEach();
    wizard.hands()->removeHand(3);
    REQUIRE(wizard.hands()->hands().size() == 3);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == RotationWizard::RulesPage);
    wizard.button(QWizard::FinishButton)->click();

    CHECK(wizard.result() != QDialog::Accepted);
    CHECK(wizard.isVisible());
    CHECK(f.book().rotations().empty());
    const QString problem = wizard.problemFor(QStringLiteral("beneficiariesPerRound"));
    CHECK(problem.contains(QStringLiteral("multiple of the beneficiaries")));
    CHECK(wizard.generalProblem().contains(QStringLiteral("multiple of the beneficiaries")));
    // It goes back to the page of the field concerned.
    QApplication::processEvents();
    CHECK(wizard.currentId() == RotationWizard::BasicsPage);

    // Corrected, it goes through.
    child<QSpinBox>(wizard, "beneficiariesPerRound")->setValue(1);
    wizard.next();
    wizard.next();
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    REQUIRE(f.book().rotations().size() == 1);
    CHECK(f.book().rotations()[0].hands.size() == 3);
}

TEST_CASE("The rotation wizard records a draw seed and the money rules")
{
    RotationUiFixture f;
    RotationWizard wizard(*f.session);
    wizard.show();
    fillBasics(wizard, QStringLiteral("1000"), 1);
    wizard.next();
    wizard.hands()->addOneHandEach();
    wizard.next();
    child<QRadioButton>(wizard, "order-draw")->setChecked(true);
    // A generated seed is offered; the person may type the group's own.
    QLineEdit* seed = wizard.order()->seed();
    CHECK_FALSE(seed->text().isEmpty());
    seed->setText(QStringLiteral("bad|seed"));
    wizard.next();
    CHECK(wizard.currentId() == RotationWizard::OrderPage);
    CHECK_FALSE(wizard.problemFor(QStringLiteral("drawSeed")).isEmpty());
    seed->setText(QStringLiteral("billet 4F2201873"));
    // The order this seed gives is shown, as core's draw gives it.
    std::vector<HandNumber> hands{1, 2, 3, 4};
    QStringList expected;
    for (const DrawStep& step : drawOrder("billet 4F2201873", hands))
        expected.append(QString::number(step.winner));
    CHECK(child<QLabel>(wizard, "drawPreview")->text().endsWith(expected.join(QStringLiteral(", "))));
    wizard.next();
    REQUIRE(wizard.currentId() == RotationWizard::RulesPage);
    auto* fineKind = child<QComboBox>(wizard, "lateFineKind");
    fineKind->setCurrentIndex(2); // a percentage
    child<QLineEdit>(wizard, "lateFineAmount")->setText(QStringLiteral("2.5"));
    child<QComboBox>(wizard, "lateFinePeriod")->setCurrentIndex(1);
    child<QComboBox>(wizard, "shortfall")->setCurrentIndex(1);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(wizard.result() == QDialog::Accepted);
    const RotationSpec s = f.book().rotations().at(0);
    CHECK(s.order == OrderMethod::Draw);
    CHECK(s.drawSeed == "billet 4F2201873");
    CHECK(s.lateFine.kind == FineRule::Kind::Percent);
    CHECK(s.lateFine.basisPoints == 250);
    CHECK(s.lateFine.perPeriod);
    CHECK(s.shortfall == ShortfallRule::Advance);
}
