#pragma once
// Report data built by hand for the printing tests: the renderer only formats what it is
// given, so these need no book.

#include "core/report/member_statement.h"

#include <QString>
#include <QTemporaryDir>

#include <string>

namespace tontine::test {

inline FundSettings fundSettings(const std::string& currency = "XOF", const std::string& language = "fr")
{
    FundSettings s;
    s.name = "Tontine des femmes de Thiès";
    s.currencyCode = currency;
    s.language = language;
    return s;
}

inline ChainHead chainHead(std::int64_t count, std::uint8_t first)
{
    ChainHead h;
    h.count = count;
    for (std::size_t i = 0; i < h.hash.size(); ++i)
        h.hash[i] = static_cast<std::uint8_t>(first + i);
    return h;
}

inline Member member(MemberId id, const std::string& last, const std::string& other)
{
    Member m;
    m.id = id;
    m.lastName = last;
    m.otherNames = other;
    m.joinedOn = Date::fromYmd(2025, 1, 5);
    return m;
}

// A statement for October 2026 with `movements` contributions of 5 000 (minor units of the fund).
inline MemberStatement statement(const Member& who, int movements, const FundSettings& settings = fundSettings())
{
    MemberStatement s;
    s.fundName = settings.name;
    s.currencyCode = settings.currencyCode;
    s.language = settings.language;
    s.month = Month{2026, 10};
    s.member = who;
    s.openingSavings = 120000;
    s.closingSavings = 120000 + 5000 * movements;
    for (int i = 0; i < movements; ++i) {
        MemberMovement m;
        m.member = who.id;
        m.seq = 100 + i;
        m.date = Date::fromYmd(2026, 10, 1 + i % 28);
        m.meeting = 40 + i % 4;
        m.kind = "savings-shares";
        m.memo = "Shares bought, movement " + std::to_string(i + 1);
        m.cashIn = 5000;
        m.savingsChange = 5000;
        s.movements.push_back(m);
    }
    s.totalCashIn = 5000 * movements;
    s.chainHead = chainHead(142, 0x9f);
    return s;
}

} // namespace tontine::test
