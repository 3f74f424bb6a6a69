// Power cuts: a child process records entries and is killed with SIGKILL at random moments,
// again and again. After each kill every acknowledged entry is there, the file passes
// integrity_check and the chain verifies, and nothing holds a stale lock.
#include "core/book/book.h"
#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <map>
#include <poll.h>
#include <random>
#include <signal.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace tontine;

namespace {

struct Acknowledged {
    std::map<EntrySeq, long> amounts;
};

// Starts the writer and kills it `runFor` after it acknowledged its first entry (or after
// its start when `waitForFirst` is false, so that some kills land while it opens the file);
// collects what it acknowledged.
void runAndKill(const std::filesystem::path& fund, long firstAmount, std::chrono::microseconds runFor,
                bool waitForFirst, Acknowledged& ack)
{
    int out[2];
    REQUIRE(pipe(out) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        const std::string amount = std::to_string(firstAmount);
        execl(TONTINE_CRASH_WRITER_PATH, TONTINE_CRASH_WRITER_PATH, fund.c_str(), amount.c_str(), nullptr);
        _exit(127);
    }
    close(out[1]);
    std::string text;
    char buffer[4096];
    ssize_t n = 0;
    if (waitForFirst) {
        pollfd fd{out[0], POLLIN, 0};
        if (poll(&fd, 1, 5000) == 1 && (n = read(out[0], buffer, sizeof buffer)) > 0)
            text.append(buffer, static_cast<std::size_t>(n));
    }
    std::this_thread::sleep_for(runFor);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    while ((n = read(out[0], buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<std::size_t>(n));
    close(out[0]);
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        long long seq = 0;
        long amount = 0;
        if (fields >> seq >> amount) // a line cut by the kill is not an acknowledgement
            ack.amounts[seq] = amount;
    }
}

} // namespace

TEST_CASE("Killing the writer at random moments 200 times loses no acknowledged entry")
{
    test::FundFixture f;
    f.addMember("Ndiaye");
    f.book.reset();
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> delayMicros(0, 30000);
    Acknowledged ack;
    BookOptions options;
    options.backupOnClose = false;
    long nextAmount = 1;
    int killsWithProgress = 0;
    for (int round = 0; round < 200; ++round) {
        const auto before = ack.amounts.size();
        runAndKill(f.path, nextAmount, std::chrono::microseconds(delayMicros(random)), round % 4 != 0, ack);
        if (ack.amounts.size() > before)
            ++killsWithProgress;
        nextAmount += 100000; // each round's amounts are distinct, so a lost entry cannot hide
        // The next opener gets the file at once (no stale lock) and finds everything acknowledged.
        auto book = Book::open(f.path, f.clock, options);
        for (auto it = ack.amounts.lower_bound(ack.amounts.empty() ? 0 : ack.amounts.rbegin()->first - 50);
             it != ack.amounts.end(); ++it) {
            const auto entry = book->entry(it->first);
            REQUIRE(entry);
            REQUIRE(entry->postings.front().amount == it->second);
        }
        if (round % 20 == 19 || round == 199) {
            const auto report = book->verify();
            INFO(report.problem << " " << report.integrityMessage);
            REQUIRE(report.ok());
        }
    }
    auto book = Book::open(f.path, f.clock, options);
    for (const auto& [seq, amount] : ack.amounts) {
        const auto entry = book->entry(seq);
        REQUIRE(entry);
        CHECK(entry->postings.front().amount == amount);
    }
    const auto report = book->verify();
    CHECK(report.ok());
    CHECK(report.integrityOk);
    // The test only means something if the kills landed while entries were being written.
    CHECK(killsWithProgress >= 150);
    CHECK(ack.amounts.size() > 300);
}
