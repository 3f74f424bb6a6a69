// The loan product and loan rules dialogs, and the Loans group of the Settings page: a rate
// typed as a percentage is kept as exact basis points, a product with a bad field is refused
// with core's message next to the field and nothing saved, and the rules are saved by Book.
#include "tests/ui/loan_ui_fixture.h"
#include "ui/dialogs/loan_product_dialog.h"
#include "ui/dialogs/loan_rules_dialog.h"
#include "ui/labels.h"
#include "ui/pages/settings_page.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QTableWidget>

using namespace tontine;
using namespace tontine::ui;
using loan_ui_test::LoanUiFixture;

TEST_CASE("A new product is saved with every field as typed, the rate in exact basis points")
{
    LoanUiFixture f;
    LoanProductDialog dialog(*f.session);
    dialog.setName(QStringLiteral("Harvest loan"));
    dialog.setRateText(QStringLiteral("1,25"));
    dialog.setMethod(LoanMethod::Annuity);
    dialog.setTerms(3, 9);
    dialog.setSavingsMultiple(200);
    dialog.setMaxAmountText(QStringLiteral("500000"));
    dialog.setGuarantors(2, QStringLiteral("33.5"));
    dialog.setPenalty(PenaltyRule::Kind::Percent, QStringLiteral("2.5"), true, 30, 7);
    dialog.setTopUp(true, 60);
    dialog.setActive(true);
    dialog.accept();
    REQUIRE(dialog.problems().isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.savedId() != 0);

    const std::vector<LoanProduct> products = f.book().loanProducts();
    REQUIRE(products.size() == 1);
    const LoanProduct& p = products[0];
    CHECK(p.id == dialog.savedId());
    CHECK(p.name == "Harvest loan");
    CHECK(p.rateBasisPoints == 125);
    CHECK(p.method == LoanMethod::Annuity);
    CHECK(p.minTermMonths == 3);
    CHECK(p.maxTermMonths == 9);
    CHECK(p.savingsMultiplePercent == 200);
    CHECK(p.maxAmount == 500000);
    CHECK(p.guarantorsRequired == 2);
    CHECK(p.pledgeBasisPoints == 3350);
    CHECK(p.penalty.kind == PenaltyRule::Kind::Percent);
    CHECK(p.penalty.basisPoints == 250);
    CHECK(p.penalty.perPeriod);
    CHECK(p.penalty.periodDays == 30);
    CHECK(p.penalty.graceDays == 7);
    CHECK(p.topUpAllowed);
    CHECK(p.topUpMinRepaidPercent == 60);
    CHECK(p.active);

    // Edited: the dialog opens with what was saved, and saves the same product.
    LoanProductDialog edit(*f.session, p.id);
    const std::optional<LoanProduct> typed = edit.typedProduct();
    REQUIRE(typed);
    CHECK(loanProductSnapshot(*typed) == loanProductSnapshot(p));
    edit.setActive(false);
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    REQUIRE(f.book().loanProducts().size() == 1);
    CHECK_FALSE(f.book().loanProducts()[0].active);
}

TEST_CASE("A product with a bad field is refused with core's message and nothing is saved")
{
    LoanUiFixture f;
    const std::int64_t entries = f.book().entryCount();
    LoanProductDialog dialog(*f.session);
    dialog.setName(QStringLiteral("Ordinary loan"));
    dialog.setTerms(12, 6); // the shortest term longer than the longest

    const std::optional<LoanProduct> typed = dialog.typedProduct();
    REQUIRE(typed);
    const Problems expected = validateLoanProduct(*typed, f.book().settings().roundingUnit, &f.session->currency());
    REQUIRE_FALSE(expected.empty());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    for (const Problem& p : expected)
        CHECK(dialog.problemFor(QString::fromStdString(p.field)).contains(problemText(p)));
    CHECK(f.book().loanProducts().empty());
    CHECK(f.book().entryCount() == entries);

    // A rate with three decimals is not a rate the fund can keep exactly: the form says so.
    dialog.setTerms(1, 12);
    dialog.setRateText(QStringLiteral("1.125"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemFor(QStringLiteral("rateBasisPoints")).isEmpty());
    CHECK(f.book().loanProducts().empty());

    // A fixed penalty that is not an amount, then one that is: saved.
    dialog.setRateText(QStringLiteral("1"));
    dialog.setPenalty(PenaltyRule::Kind::Fixed, QStringLiteral("cinq"), false, 30, 0);
    dialog.accept();
    CHECK_FALSE(dialog.problemFor(QStringLiteral("penalty.amount")).isEmpty());
    CHECK(f.book().loanProducts().empty());
    dialog.setPenalty(PenaltyRule::Kind::Fixed, QStringLiteral("500"), false, 30, 0);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(f.book().loanProducts().size() == 1);
    CHECK(f.book().loanProducts()[0].penalty.amount == 500);
}

TEST_CASE("The loan rules dialog saves the committee and limits; core's refusal is shown")
{
    LoanUiFixture f;
    LoanRulesDialog dialog(*f.session);
    dialog.setCommittee({f.sarr, f.fall});
    dialog.setApprovalsRequired(3); // more than the committee of two
    LoanRules attempted = dialog.typedRules();
    const Problems expected = validateLoanRules(attempted);
    REQUIRE_FALSE(expected.empty());
    const LoanRules before = f.book().loanRules();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    for (const Problem& p : expected) {
        const QString shown = dialog.problemFor(QString::fromStdString(p.field)) + dialog.generalProblem();
        CHECK(shown.contains(problemText(p)));
    }
    CHECK(loanRulesSnapshot(f.book().loanRules()) == loanRulesSnapshot(before));

    dialog.setApprovalsRequired(2);
    dialog.setMaxDaysLate(15);
    dialog.setExposurePercent(80);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const LoanRules saved = f.book().loanRules();
    CHECK(saved.committee == std::vector<MemberId>{f.sarr, f.fall});
    CHECK(saved.approvalsRequired == 2);
    CHECK(saved.maxDaysLateToBorrow == 15);
    CHECK(saved.guarantorExposurePercent == 80);
}

TEST_CASE("The Settings page lists the loan products")
{
    LoanUiFixture f;
    SettingsPage page(*f.session);
    auto* products = page.findChild<QTableWidget*>(QStringLiteral("loanProducts"));
    REQUIRE(products);
    CHECK(products->rowCount() == 0);
    for (const char* name : {"addLoanProduct", "editLoanProduct", "loanRulesButton"})
        CHECK(page.findChild<QPushButton*>(QLatin1String(name)));
    f.addProduct(LoanMethod::Declining);
    REQUIRE(products->rowCount() == 1);
    CHECK(products->item(0, 0)->text() == QStringLiteral("Ordinary loan"));
    CHECK(products->item(0, 1)->text().contains(QStringLiteral("1 %")));
}
