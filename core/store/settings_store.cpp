#include "core/store/settings_store.h"

#include <charconv>
#include <map>

namespace tontine::store {

namespace {
std::int64_t toInt(const std::string& text, std::int64_t fallback)
{
    std::int64_t value = fallback;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}
} // namespace

FundSettings SettingsStore::load() const
{
    std::map<std::string, std::string> values;
    auto st = m_db.prepare("SELECT key, value FROM fund_setting");
    while (st.step())
        values[st.text(0)] = st.text(1);
    FundSettings s;
    s.name = values["name"];
    if (!values["currency"].empty())
        s.currencyCode = values["currency"];
    s.roundingUnit = toInt(values["rounding_unit"], s.roundingUnit);
    s.frequency = parseFrequency(values["frequency"]).value_or(s.frequency);
    if (!values["language"].empty())
        s.language = values["language"];
    s.backupKeep = static_cast<int>(toInt(values["backup_keep"], s.backupKeep));
    return s;
}

void SettingsStore::save(const FundSettings& s)
{
    auto st = m_db.prepare("INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const std::pair<const char*, std::string> rows[] = {
        {"name", s.name},
        {"currency", s.currencyCode},
        {"rounding_unit", std::to_string(s.roundingUnit)},
        {"frequency", frequencyCode(s.frequency)},
        {"language", s.language},
        {"backup_keep", std::to_string(s.backupKeep)},
    };
    for (const auto& [key, value] : rows) {
        st.reset();
        st.bind(1, key).bind(2, value);
        st.run();
    }
}

std::vector<Operator> SettingsStore::operators() const
{
    std::vector<Operator> out;
    auto st = m_db.prepare("SELECT id, name, role, active FROM operator ORDER BY id");
    while (st.step())
        out.push_back(Operator{st.integer(0), st.text(1), st.text(2), st.integer(3) != 0});
    return out;
}

std::int64_t SettingsStore::insertOperator(const Operator& op)
{
    auto st = m_db.prepare("INSERT INTO operator (name, role, active) VALUES (?, ?, ?)");
    st.bind(1, op.name).bind(2, op.role).bind(3, op.active ? 1 : 0);
    st.run();
    return m_db.lastInsertId();
}

std::optional<Operator> SettingsStore::operatorById(std::int64_t id) const
{
    auto st = m_db.prepare("SELECT id, name, role, active FROM operator WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return Operator{st.integer(0), st.text(1), st.text(2), st.integer(3) != 0};
}

} // namespace tontine::store
