// Test helper: opens a fund through Book, the way the GUI holds it during a meeting, says
// "open" on stdout, and keeps it open until its stdin closes. Used by second_opener_test.sh
// to check that tontine-cli refuses a fund another process holds. Not part of any product.
#include "core/book/book.h"
#include "core/error/errors.h"

#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: hold_fund FILE\n";
        return 2;
    }
    tontine::FixedClock clock(tontine::Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    try {
        tontine::BookOptions options;
        options.backupOnClose = false;
        auto book = tontine::Book::open(argv[1], clock, options);
        std::cout << "open" << std::endl;
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        book->close();
    } catch (const tontine::Error& e) {
        std::cerr << "hold_fund: " << e.what() << "\n";
        return 3;
    }
    return 0;
}
