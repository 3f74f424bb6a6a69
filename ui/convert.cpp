#include "ui/convert.h"

#include "core/money/money.h"

#include <QDateTime>
#include <QLocale>

namespace tontine::ui {

QString toQt(const std::string& text) { return QString::fromStdString(text); }
QString toQt(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
std::string toStd(const QString& text) { return text.toStdString(); }

// On Linux std::filesystem paths are UTF-8 bytes; fund names are often typed with accents.
QString toQt(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }
std::filesystem::path toPath(const QString& path) { return std::filesystem::path(path.toStdString()); }

QDate toQDate(const Date& date) { return QDate(date.year(), date.month(), date.day()); }
Date toDate(const QDate& date) { return Date::fromYmd(date.year(), date.month(), date.day()); }
QString dateText(const Date& date) { return toQt(date.iso()); }

QString moneyText(std::int64_t minor, const Currency& currency)
{
    return toQt(Money(minor, currency).toDisplay());
}

std::optional<std::int64_t> amountFromText(const QString& text, const Currency& currency)
{
    const std::optional<Money> money = Money::tryParse(toStd(text.trimmed()), currency);
    if (!money)
        return std::nullopt;
    return money->minor();
}

QString plainMoneyText(std::int64_t minor, const Currency& currency)
{
    return toQt(formatPlain(minor, currency));
}

QString timestampText(const std::string& utc)
{
    QDateTime t = QDateTime::fromString(toQt(utc), Qt::ISODate);
    if (!t.isValid())
        return toQt(utc);
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace tontine::ui
