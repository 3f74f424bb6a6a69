#include "tests/ui/demo_session_fixture.h"
#include "ui/convert.h"
#include "ui/dialogs/send_to_mutual_dialog.h"
#include "ui/models/export_preview_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace tontine;
using namespace tontine::ui;
using demo_ui_test::DemoSession;

namespace {

Partner demoPartner(DemoSession& demo)
{
    const std::vector<Partner> partners = demo.book().partners();
    REQUIRE_FALSE(partners.empty());
    return partners.front();
}

// The dialog on the demo partner's openIMIS insurees file for the whole demo year, all members.
void chooseInsurees(SendToMutualDialog& dialog, const Partner& partner)
{
    dialog.choosePartner(partner.id);
    dialog.chooseProfile(ExportProfile::OpenImisInsurees);
    dialog.setPeriod(Date::fromYmd(2025, 11, 1), Date::fromYmd(2026, 11, 23));
    dialog.chooseMembers(MemberSelection::Enrolled);
    dialog.setOnlyNew(false);
}

} // namespace

TEST_CASE("The send dialog starts on the partner's own file for last month")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    SendToMutualDialog dialog(*demo.session, partner.id);
    const ExportRequest r = dialog.request();
    CHECK(r.partner == partner.id);
    CHECK(exportProfileCode(r.profile) == partner.exportProfile);
    // Today is 2026-11-23: last month is October.
    CHECK(r.from == Date::fromYmd(2026, 10, 1));
    CHECK(r.to == Date::fromYmd(2026, 10, 31));
    CHECK_FALSE(r.onlyNew);
    // openIMIS takes only numbered members: its file starts with the enrolled ones.
    if (r.profile == ExportProfile::OpenImisInsurees)
        CHECK(r.members == MemberSelection::Enrolled);
    // Contributions of a month before the fund: no row, so nothing to save or record.
    dialog.chooseProfile(ExportProfile::Contributions);
    dialog.setPeriod(Date::fromYmd(2020, 1, 1), Date::fromYmd(2020, 1, 31));
    const ExportFile none = demo.book().prepareExport(dialog.request());
    REQUIRE(none.ok());
    REQUIRE(none.rows.empty());
    CHECK_FALSE(dialog.canSave());
    CHECK_FALSE(dialog.saveTo(toQt(demo.dir / "empty.csv")));
    CHECK_FALSE(QFileInfo::exists(toQt(demo.dir / "empty.csv")));
    CHECK(demo.book().exportRecords().empty());
    // Every profile is offered.
    auto* profile = dialog.findChild<QComboBox*>(QStringLiteral("profile"));
    REQUIRE(profile);
    CHECK(profile->count() == int(allExportProfiles().size()));
}

TEST_CASE("The send dialog previews the rows of the demo fund's openIMIS insurees file")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    SendToMutualDialog dialog(*demo.session, partner.id);
    QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    chooseInsurees(dialog, partner);

    const ExportRequest r = dialog.request();
    CHECK(r.profile == ExportProfile::OpenImisInsurees);
    CHECK(r.partner == partner.id);
    CHECK(r.from == Date::fromYmd(2025, 11, 1));
    CHECK(r.to == Date::fromYmd(2026, 11, 23));
    CHECK(r.members == MemberSelection::Enrolled);

    const ExportFile expected = demo.book().prepareExport(r);
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected.rows.empty());
    CHECK(dialog.canSave());
    CHECK(dialog.problemLines().isEmpty());
    const ExportPreviewModel& model = *dialog.previewModel();
    REQUIRE(model.columnCount() == int(expected.header.size()));
    REQUIRE(model.rowCount() == int(expected.rows.size()));
    for (int c = 0; c < model.columnCount(); ++c)
        CHECK(model.headerData(c, Qt::Horizontal).toString() == toQt(expected.header[std::size_t(c)]));
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("head_insuree_number"));
    for (int row = 0; row < model.rowCount(); ++row)
        for (int c = 0; c < model.columnCount(); ++c)
            CHECK(model.index(row, c).data().toString() == toQt(expected.rows[std::size_t(row)][std::size_t(c)]));
}

TEST_CASE("The send dialog lists a refused export's problems with the members named, and saves nothing")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    // An enrolled member whose birth date is unknown: the mutual would reject the file.
    std::optional<Member> enrolled;
    for (const Member& m : demo.book().members(MemberQuery{{}, false}))
        if (!enrolled && !m.insuranceNumber.empty())
            enrolled = m;
    REQUIRE(enrolled);
    MemberInput input = MemberInput::from(*enrolled);
    input.birthDate.clear();
    demo.book().editMember(enrolled->id, input, demo.session->actor());

    SendToMutualDialog dialog(*demo.session, partner.id);
    chooseInsurees(dialog, partner);
    const ExportFile expected = demo.book().prepareExport(dialog.request());
    REQUIRE_FALSE(expected.ok());
    CHECK_FALSE(dialog.canSave());
    const QStringList lines = dialog.problemLines();
    REQUIRE(lines.size() == int(expected.problems.size()));
    // The member is named (number and name), so the treasurer knows whose details to complete.
    const QStringList named = lines.filter(toQt(enrolled->fullName()));
    REQUIRE(named.size() >= 1);
    CHECK(named.front().contains(QString::number(enrolled->id)));

    const std::size_t records = demo.book().exportRecords().size();
    const QString path = toQt(demo.dir / "refused.csv");
    CHECK_FALSE(dialog.saveTo(path));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(demo.book().exportRecords().size() == records);

    // Choosing the members still to enrol instead is another file, which may be saved.
    dialog.chooseMembers(MemberSelection::ToEnrol);
    CHECK(dialog.request().members == MemberSelection::ToEnrol);
    CHECK(dialog.canSave() == demo.book().prepareExport(dialog.request()).ok());
}

TEST_CASE("Saving writes exactly the bytes Book::prepareExport made and records the export as sent")
{
    DemoSession demo;
    const Partner partner = demoPartner(demo);
    SendToMutualDialog dialog(*demo.session, partner.id);
    chooseInsurees(dialog, partner);
    const ExportRequest r = dialog.request();
    const ExportFile expected = demo.book().prepareExport(r);
    REQUIRE(expected.ok());
    const std::size_t records = demo.book().exportRecords().size();
    CHECK(dialog.sentBeforeText().isEmpty()); // nothing sent yet in this format

    // A folder that does not exist (a stick pulled out): nothing written, nothing recorded.
    const QString lost = toQt(demo.dir / "no-such-stick" / "file.csv");
    CHECK_FALSE(dialog.saveTo(lost));
    CHECK(dialog.statusText().contains(QStringLiteral("not saved")));
    CHECK_FALSE(QFileInfo::exists(lost));
    CHECK(demo.book().exportRecords().size() == records);

    const QString path = toQt(demo.dir / expected.suggestedName);
    REQUIRE(dialog.saveTo(path));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    CHECK(bytes == QByteArray::fromStdString(expected.bytes));
    // Only the file itself is left in the folder (QSaveFile's temporary is gone).
    CHECK(QDir(toQt(demo.dir.path())).entryList({QStringLiteral("*.csv*")}, QDir::Files).size() == 1);

    const std::vector<ExportRecord> after = demo.book().exportRecords();
    REQUIRE(after.size() == records + 1);
    const ExportRecord& sent = after.back();
    CHECK(sent.id == dialog.recordedId());
    CHECK(sent.profile == ExportProfile::OpenImisInsurees);
    CHECK(sent.partner == partner.id);
    CHECK(sent.from == r.from);
    CHECK(sent.to == r.to);
    CHECK(sent.fileName == expected.suggestedName);
    CHECK(sent.rows == int(expected.rows.size()));
    CHECK(dialog.statusText().contains(toQt(expected.suggestedName)));
    CHECK(dialog.statusText().contains(QString::number(expected.rows.size())));
    // Saved once: the same file is not recorded twice.
    CHECK_FALSE(dialog.canSave());
    CHECK(dialog.sentBeforeText().contains(toQt(expected.suggestedName)));
    // Opened again, the dialog says what was sent last to this mutual in this format.
    SendToMutualDialog again(*demo.session, partner.id);
    chooseInsurees(again, partner);
    CHECK(again.sentBeforeText().contains(toQt(expected.suggestedName)));
    CHECK(again.sentBeforeText().contains(dateText(sent.sentOn)));
}
