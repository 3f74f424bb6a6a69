#pragma once
// The real clock for the apps (GUI and CLI): UTC time for write stamps, the local calendar
// date for "today". Core never reads the time itself; it only ever sees a Clock.

#include "core/calendar/clock.h"

#include <ctime>
#include <string>

namespace tontine {

class SystemClock : public Clock {
public:
    std::string nowUtc() const override
    {
        std::time_t t = std::time(nullptr);
        std::tm utc{};
        gmtime_r(&t, &utc);
        char buffer[32];
        std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
        return buffer;
    }

    Date today() const override
    {
        std::time_t t = std::time(nullptr);
        std::tm local{};
        localtime_r(&t, &local);
        return Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    }
};

} // namespace tontine
