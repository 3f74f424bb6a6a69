#pragma once
// The demo fund (a year of monthly meetings, two rotations, loans, a social fund) open in a GUI
// Session on 2026-11-23, for the dashboard and reports tests.

#include "core/demo/demo_fund.h"
#include "tests/support/temp_dir.h"
#include "ui/app/session.h"

#include <memory>

namespace demo_ui_test {

using namespace tontine;

struct DemoSession {
    test::TempDir dir;
    FixedClock clock{Date::fromYmd(2026, 11, 23), "2026-11-23T10:00:00Z"};
    std::unique_ptr<ui::Session> session;

    DemoSession()
    {
        BookOptions options;
        options.backupOnClose = false;
        session = std::make_unique<ui::Session>(createDemoFund(dir / "demo.tontine", clock, options));
    }
    Book& book() { return session->book(); }
    Date today() const { return clock.today(); }
};

} // namespace demo_ui_test
