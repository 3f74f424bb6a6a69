#include "tests/support/process.h"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace tontine::test {

std::string shellQuote(const std::string& text)
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

int runCommand(const std::string& command, std::string* output)
{
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return -1;
    std::array<char, 4096> buffer{};
    std::string text;
    while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe))
        text += buffer.data();
    const int status = pclose(pipe);
    if (output)
        *output = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int runSqlite3(const std::filesystem::path& file, const std::string& sql)
{
    return runCommand("sqlite3 " + shellQuote(file.string()) + " " + shellQuote(sql));
}

} // namespace tontine::test
