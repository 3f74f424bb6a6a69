#pragma once
// A fresh directory under the system temp folder, removed with everything in it at the end
// of the test. For tests that need real files (locking, backups, crashes, tampering).

#include <filesystem>
#include <string>

namespace tontine::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

} // namespace tontine::test
