#pragma once
// Where "now" comes from. Core takes a Clock and never reads the system time itself; the
// apps pass a system clock, tests pass a FixedClock.

#include "core/calendar/date.h"

#include <string>

namespace tontine {

class Clock {
public:
    virtual ~Clock() = default;
    // UTC timestamp "YYYY-MM-DDTHH:MM:SSZ", recorded as the write time of entries.
    virtual std::string nowUtc() const = 0;
    // The local calendar date, the default date of what is recorded.
    virtual Date today() const = 0;
};

// A clock that says what it is told. For tests and reproducible runs.
class FixedClock : public Clock {
public:
    FixedClock(Date today, std::string nowUtc) : m_today(today), m_now(std::move(nowUtc)) {}
    std::string nowUtc() const override { return m_now; }
    Date today() const override { return m_today; }
    void set(Date today, std::string nowUtc) { m_today = today; m_now = std::move(nowUtc); }

private:
    Date m_today;
    std::string m_now;
};

} // namespace tontine
