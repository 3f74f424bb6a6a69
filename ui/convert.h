#pragma once
// The one place that converts between core types and Qt types: text, dates, amounts.
// No business rule lives here; it must not call Book or decide anything.

#include "core/calendar/date.h"
#include "core/money/currency.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace tontine::ui {

QString toQt(const std::string& text);
QString toQt(std::string_view text);
std::string toStd(const QString& text);

QString toQt(const std::filesystem::path& path);
std::filesystem::path toPath(const QString& path);

QDate toQDate(const Date& date);
Date toDate(const QDate& date); // QDate must be valid
// ISO text "YYYY-MM-DD" of a core date, the form every screen shows.
QString dateText(const Date& date);

// An amount in minor units as people read it ("125 000 F CFA", "S/ 1,250.50").
QString moneyText(std::int64_t minor, const Currency& currency);
// An amount typed in major units ("1500", "12.50") as minor units; nullopt when it is not one.
std::optional<std::int64_t> amountFromText(const QString& text, const Currency& currency);
// An amount in minor units in plain major units for editing ("1250.50").
QString plainMoneyText(std::int64_t minor, const Currency& currency);
// A percentage typed by a person ("2", "2.5", "2,25 %") as basis points (250 = 2.5 %);
// nullopt when it is not one (at most two decimals, never negative).
std::optional<std::int64_t> basisPointsFromText(const QString& text);
// Basis points as a plain percentage for editing and reading ("2.5"; "2" when whole).
QString percentText(std::int64_t basisPoints);
// The UTC write time "2026-11-22T19:46:55Z" shown in the user's local time.
QString timestampText(const std::string& utc);

} // namespace tontine::ui
