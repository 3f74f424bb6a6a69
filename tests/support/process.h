#pragma once
// Running other programs from tests: the sqlite3 tool on a fund file (to tamper with it as
// an outsider would), and quoting for the shell.

#include <filesystem>
#include <string>

namespace tontine::test {

std::string shellQuote(const std::string& text);
// Runs `sqlite3 FILE SQL`; returns its exit status.
int runSqlite3(const std::filesystem::path& file, const std::string& sql);
// Runs a shell command; returns its exit status and fills `output` with stdout+stderr.
int runCommand(const std::string& command, std::string* output = nullptr);

} // namespace tontine::test
