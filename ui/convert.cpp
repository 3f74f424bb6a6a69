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

std::optional<std::int64_t> basisPointsFromText(const QString& text)
{
    // Integers only: no floating point is ever near an amount or a rate.
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 7 || fraction.size() > 2)
        return std::nullopt;
    for (const QChar c : whole + fraction)
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    return whole.toLongLong() * 100 + fraction.toLongLong();
}

QString percentText(std::int64_t basisPoints)
{
    const QString sign = basisPoints < 0 ? QStringLiteral("-") : QString();
    const std::int64_t bp = basisPoints < 0 ? -basisPoints : basisPoints;
    QString text = sign + QString::number(bp / 100);
    if (bp % 100 != 0) {
        QString fraction = QStringLiteral("%1").arg(bp % 100, 2, 10, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

QString timestampText(const std::string& utc)
{
    QDateTime t = QDateTime::fromString(toQt(utc), Qt::ISODate);
    if (!t.isValid())
        return toQt(utc);
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace tontine::ui
