#include "core/report/member_statement.h"
#include "tests/support/process.h"
#include "tests/ui/demo_session_fixture.h"
#include "ui/convert.h"
#include "ui/dialogs/print_report_dialog.h"
#include "ui/widgets/document_output_box.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QRadioButton>
#include <QTemporaryDir>

#include <regex>

using namespace tontine;
using namespace tontine::ui;
using demo_ui_test::DemoSession;

namespace {

// The page count pdfinfo reads from the file (0 when it cannot).
int pdfPages(const QString& path)
{
    std::string output;
    if (test::runCommand("pdfinfo " + test::shellQuote(toStd(path)), &output) != 0)
        return 0;
    std::smatch match;
    if (!std::regex_search(output, match, std::regex("Pages:\\s+(\\d+)")))
        return 0;
    return std::stoi(match[1]);
}

std::string pdfText(const QString& path)
{
    std::string output;
    test::runCommand("pdftotext -layout " + test::shellQuote(toStd(path)) + " -", &output);
    return output;
}

} // namespace

TEST_CASE("The Reports dialog starts on last month's statements for all members, the sheet on the next meeting")
{
    DemoSession demo;
    PrintReportDialog dialog(*demo.session, PrintReportDialog::Kind::Statements);
    CHECK(dialog.kind() == PrintReportDialog::Kind::Statements);
    CHECK(dialog.month() == Month{2026, 10});
    CHECK_FALSE(dialog.member().has_value());
    CHECK(dialog.meetingDate() == demo.book().nextMeetingDate(demo.today()));
    // What does not apply to the document chosen is greyed out.
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("member"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QDateEdit*>(QStringLiteral("meetingDate"))->isEnabled());
    dialog.setKind(PrintReportDialog::Kind::CollectionSheet);
    CHECK(dialog.findChild<QDateEdit*>(QStringLiteral("meetingDate"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("month"))->isEnabled());
    dialog.setKind(PrintReportDialog::Kind::FundReport);
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("month"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("member"))->isEnabled());
}

TEST_CASE("The Reports dialog saves a month's statements, one page or more per member, as one PDF")
{
    DemoSession demo;
    QTemporaryDir out;
    PrintReportDialog dialog(*demo.session, PrintReportDialog::Kind::Statements);
    dialog.setMonth(Month{2026, 10});
    dialog.output()->setPaperSize(PaperSize::A4);
    const QString path = out.filePath(QStringLiteral("statements.pdf"));
    REQUIRE(dialog.output()->savePdf(path));
    REQUIRE(QFileInfo::exists(path));
    const std::vector<Member> members = StatementBuilder(demo.book(), Month{2026, 10}).membersOfMonth();
    REQUIRE(members.size() >= 10);
    CHECK(pdfPages(path) >= int(members.size()));
    CHECK(dialog.output()->statusText().contains(QString::number(pdfPages(path))));
    const std::string text = pdfText(path);
    for (const Member& m : members)
        CHECK(text.find(m.lastName) != std::string::npos);

    // One member: their statement only.
    dialog.setMember(members.front().id);
    const QString one = out.filePath(QStringLiteral("one.pdf"));
    REQUIRE(dialog.output()->savePdf(one));
    CHECK(pdfPages(one) >= 1);
    CHECK(pdfPages(one) < pdfPages(path));
    CHECK(pdfText(one).find(members.front().lastName) != std::string::npos);
}

TEST_CASE("The Reports dialog saves the fund report and the collection sheet on Letter paper")
{
    DemoSession demo;
    QTemporaryDir out;
    PrintReportDialog dialog(*demo.session, PrintReportDialog::Kind::FundReport);
    dialog.setMonth(Month{2026, 10});
    dialog.output()->setPaperSize(PaperSize::Letter);
    const QString report = out.filePath(QStringLiteral("report.pdf"));
    REQUIRE(dialog.output()->savePdf(report));
    CHECK(pdfPages(report) >= 1);
    std::string info;
    test::runCommand("pdfinfo " + test::shellQuote(toStd(report)), &info);
    CHECK(info.find("612 x 792") != std::string::npos); // US Letter in points

    dialog.setKind(PrintReportDialog::Kind::CollectionSheet);
    const QString sheet = out.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(dialog.output()->savePdf(sheet));
    CHECK(pdfPages(sheet) >= 1);
    const std::string text = pdfText(sheet);
    for (const Member& m : demo.book().members())
        if (m.active)
            CHECK(text.find(m.lastName) != std::string::npos);
}
