#include "core/money/money.h"
#include "ui/convert.h"

#include <catch2/catch.hpp>

using namespace tontine;
using namespace tontine::ui;

TEST_CASE("convert.h keeps text, dates and amounts exact across the core/Qt border")
{
    const std::string accented = "Ndèye Fatou Ngom — Thiès";
    CHECK(toStd(toQt(accented)) == accented);
    CHECK(toQt(accented).size() == 24); // characters, not bytes

    const Date leap = Date::fromYmd(2024, 2, 29);
    CHECK(toQDate(leap) == QDate(2024, 2, 29));
    CHECK(toDate(QDate(2024, 2, 29)) == leap);
    CHECK(dateText(leap) == QStringLiteral("2024-02-29"));

    const Currency& eur = currencyByCode("EUR");
    const Currency& xof = currencyByCode("XOF");
    CHECK(moneyText(125050, eur) == toQt(Money(125050, eur).toDisplay()));
    CHECK(plainMoneyText(125050, eur) == QStringLiteral("1250.50"));
    CHECK(amountFromText(QStringLiteral(" 12.50 "), eur) == std::optional<std::int64_t>(1250));
    CHECK(amountFromText(QStringLiteral("1500"), xof) == std::optional<std::int64_t>(1500));
    CHECK_FALSE(amountFromText(QStringLiteral("12.5"), xof)); // XOF has no minor unit
    CHECK_FALSE(amountFromText(QStringLiteral("abc"), eur));
    CHECK_FALSE(amountFromText(QString(), eur));
}
