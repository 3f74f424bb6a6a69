#include "core/store/member_store.h"

namespace tontine::store {

namespace {

constexpr const char* Columns =
    "id, last_name, other_names, sex, birth_date, phone, id_doc_type, id_doc_number, village, municipality, "
    "district, region, joined_on, household_head_id, insurance_number, active, left_on, relationship";

Member readMember(const Statement& st)
{
    Member m;
    m.id = st.integer(0);
    m.lastName = st.text(1);
    m.otherNames = st.text(2);
    m.sex = parseSex(st.text(3)).value_or(Sex::Unknown);
    if (auto d = st.optionalText(4))
        m.birthDate = Date::parseIso(*d);
    m.phone = st.text(5);
    m.idDocType = st.text(6);
    m.idDocNumber = st.text(7);
    m.village = st.text(8);
    m.municipality = st.text(9);
    m.district = st.text(10);
    m.region = st.text(11);
    m.joinedOn = Date::parseIso(st.text(12)).value_or(Date());
    m.householdHeadId = st.optionalInteger(13);
    m.insuranceNumber = st.text(14);
    m.active = st.integer(15) != 0;
    if (auto d = st.optionalText(16))
        m.leftOn = Date::parseIso(*d);
    m.relationship = parseRelationship(st.text(17)).value_or(Relationship::None);
    return m;
}

// Binds every column after id, in Columns order, starting at `first`.
void bindFields(Statement& st, int first, const Member& m)
{
    const int i = first;
    st.bind(i, m.lastName);
    st.bind(i + 1, m.otherNames);
    st.bind(i + 2, sexCode(m.sex));
    if (m.birthDate)
        st.bind(i + 3, m.birthDate->iso());
    else
        st.bindNull(i + 3);
    st.bind(i + 4, m.phone);
    st.bind(i + 5, m.idDocType);
    st.bind(i + 6, m.idDocNumber);
    st.bind(i + 7, m.village);
    st.bind(i + 8, m.municipality);
    st.bind(i + 9, m.district);
    st.bind(i + 10, m.region);
    st.bind(i + 11, m.joinedOn.iso());
    st.bind(i + 12, m.householdHeadId);
    st.bind(i + 13, m.insuranceNumber);
    st.bind(i + 14, m.active ? 1 : 0);
    if (m.leftOn)
        st.bind(i + 15, m.leftOn->iso());
    else
        st.bindNull(i + 15);
    st.bind(i + 16, relationshipCode(m.relationship));
}

} // namespace

MemberId MemberStore::nextId() const { return m_db.queryInt("SELECT ifnull(max(id), 0) + 1 FROM member"); }

void MemberStore::insert(const Member& member)
{
    auto st = m_db.prepare(std::string("INSERT INTO member (") + Columns +
                           ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, member.id);
    bindFields(st, 2, member);
    st.run();
}

void MemberStore::update(const Member& member)
{
    auto st = m_db.prepare(
        "UPDATE member SET last_name = ?, other_names = ?, sex = ?, birth_date = ?, phone = ?, id_doc_type = ?, "
        "id_doc_number = ?, village = ?, municipality = ?, district = ?, region = ?, joined_on = ?, "
        "household_head_id = ?, insurance_number = ?, active = ?, left_on = ?, relationship = ? WHERE id = ?");
    bindFields(st, 1, member);
    st.bind(18, member.id);
    st.run();
}

std::optional<Member> MemberStore::get(MemberId id) const
{
    auto st = m_db.prepare(std::string("SELECT ") + Columns + " FROM member WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readMember(st);
}

std::vector<Member> MemberStore::list(const std::string& text, bool includeInactive) const
{
    // SQLite's LIKE folds ASCII case only; accents are matched as typed. Good enough for
    // names typed the way the treasurer wrote them.
    std::string sql = std::string("SELECT ") + Columns + " FROM member WHERE (? = 1 OR active = 1)";
    if (!text.empty())
        sql += " AND (CAST(id AS TEXT) = ?2 OR last_name LIKE ?3 OR other_names LIKE ?3 OR phone LIKE ?3 "
               "OR village LIKE ?3 OR municipality LIKE ?3 OR district LIKE ?3 OR region LIKE ?3 "
               "OR insurance_number LIKE ?3 OR id_doc_number LIKE ?3 "
               "OR (other_names || ' ' || last_name) LIKE ?3 OR (last_name || ' ' || other_names) LIKE ?3)";
    sql += " ORDER BY id";
    auto st = m_db.prepare(sql);
    st.bind(1, includeInactive ? 1 : 0);
    if (!text.empty()) {
        std::string pattern = "%";
        for (char c : text) {
            if (c == '%' || c == '_')
                pattern += '_'; // a literal wildcard in a name is rare; match it loosely
            else
                pattern += c;
        }
        pattern += '%';
        st.bind(2, text).bind(3, pattern);
    }
    std::vector<Member> out;
    while (st.step())
        out.push_back(readMember(st));
    return out;
}

void MemberStore::deferReferenceChecks() { m_db.exec("PRAGMA defer_foreign_keys = ON"); }

bool MemberStore::insuranceNumberTaken(const std::string& number, std::optional<MemberId> except) const
{
    if (number.empty())
        return false;
    auto st = m_db.prepare("SELECT 1 FROM member WHERE insurance_number = ? AND id IS NOT ?");
    st.bind(1, number).bind(2, except);
    return st.step();
}

} // namespace tontine::store
