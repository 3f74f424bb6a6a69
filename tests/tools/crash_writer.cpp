// Test helper for the crash test: opens a fund and records opening-savings entries as fast
// as it can, printing "seq amount" after each commit, until it is killed.
#include "core/book/book.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (argc != 3)
        return 2;
    using namespace tontine;
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    BookOptions options;
    options.backupOnClose = false;
    try {
        auto book = Book::open(argv[1], clock, options);
        const auto member = book->members().front().id;
        long amount = std::atol(argv[2]);
        for (;;) {
            const auto seq = book->recordOpeningSavings(member, amount, Actor{"Awa Diop", clock.today()});
            // Printed only once the commit returned: an acknowledged entry.
            std::printf("%lld %ld\n", static_cast<long long>(seq), amount);
            std::fflush(stdout);
            ++amount;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_writer: %s\n", e.what());
        return 3;
    }
}
