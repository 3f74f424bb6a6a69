// Statements rendered to PDF and read back: names, amounts in the fund's currency, the chain
// head, one statement per page run, paper sizes, and files that cannot be written.
#include "pdf_reader.h"
#include "print_fixtures.h"

#include "ui/print/document_printer.h"
#include "ui/print/report_documents.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>

using namespace tontine;
using namespace tontine::test;
using namespace tontine::ui;

TEST_CASE("A statement shows the member, the fund, the amounts in F CFA, the chain head and its page number",
          "[print][statement]")
{
    QTemporaryDir dir;
    MemberStatement s = statement(member(7, "Diop", "Awa"), 3);
    StatementRotation r;
    r.rotation = 2;
    r.name = "Tour du marché";
    r.dueInMonth = 25000;
    r.paidInMonth = 0;
    r.arrearsAtEnd = 125000;
    r.expectedRound = 9;
    r.expectedOn = Date::fromYmd(2027, 3, 5);
    s.rotations.push_back(r);
    s.totalOwed = 125000;
    const QString path = dir.filePath(QStringLiteral("awa.pdf"));
    const PrintResult result = DocumentPrinter::writePdf(statementsDocument({s}, fundSettings()), path, PaperSize::A4);
    CHECK(result.pages == 1);
    CHECK_FALSE(result.cancelled);

    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() == 1);
    const QString& text = pages[0];
    CHECK(text.contains(QStringLiteral("Tontine des femmes de Thiès")));
    CHECK(text.contains(QStringLiteral("Awa Diop")));
    CHECK(text.contains(QStringLiteral("No. 7")));
    CHECK(text.contains(QStringLiteral("octobre 2026")));          // the month in the fund's language
    CHECK(text.contains(QStringLiteral("120 000 F CFA")));          // opening savings
    CHECK(text.contains(QStringLiteral("135 000 F CFA")));          // closing savings
    CHECK(text.contains(QStringLiteral("125 000 F CFA")));          // arrears…
    CHECK(text.contains(QStringLiteral("LATE")));                   // …marked in words
    CHECK(text.contains(QStringLiteral("round 9")));
    CHECK(text.contains(QStringLiteral("142-9fa0a1a2")));          // the chain head
    CHECK(text.contains(QStringLiteral("next statement")));
    CHECK(text.contains(QStringLiteral("page 1 / 1")));
    CHECK(pdfInfo(path, QStringLiteral("Pages")) == QStringLiteral("1"));
}

TEST_CASE("Amounts and dates follow the fund's currency and language", "[print][statement]")
{
    QTemporaryDir dir;
    const FundSettings settings = fundSettings("PEN", "es");
    MemberStatement s = statement(member(3, "Quispe", "Rosa"), 1, settings);
    s.openingSavings = 125050;
    s.closingSavings = 130050;
    const QString path = dir.filePath(QStringLiteral("rosa.pdf"));
    DocumentPrinter::writePdf(statementsDocument({s}, settings), path, PaperSize::Letter);
    const QString text = pdfPages(path).join(QString());
    CHECK(text.contains(QStringLiteral("S/ 1,250.50")));
    CHECK(text.contains(QStringLiteral("S/ 1,300.50")));
    CHECK(text.contains(QStringLiteral("octubre 2026")));
}

TEST_CASE("A long statement continues on a second page with its header and numbering", "[print][statement]")
{
    QTemporaryDir dir;
    const MemberStatement s = statement(member(12, "Ndiaye", "Moussa"), 90);
    const PrintDocument doc = statementsDocument({s}, fundSettings());
    const std::vector<int> counts = DocumentPrinter::pageCounts(doc, PaperSize::A4);
    REQUIRE(counts.size() == 1);
    REQUIRE(counts[0] >= 2);
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    CHECK(DocumentPrinter::writePdf(doc, path, PaperSize::A4).pages == counts[0]);
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() == counts[0]);
    const QString last = QString::number(counts[0]);
    for (int i = 0; i < counts[0]; ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("Moussa Ndiaye")));             // the header
        CHECK(pages[i].contains(QStringLiteral("page %1 / %2").arg(i + 1).arg(last)));
    }
    // The movements table goes on with its column titles, and no movement is lost or cut.
    CHECK(pages[1].contains(QStringLiteral("Paid in")));
    const QString all = pages.join(QString());
    for (int i = 1; i <= 90; ++i)
        CHECK(all.contains(QStringLiteral("movement %1 ").arg(i)) | all.contains(QStringLiteral("movement %1\n").arg(i)));
    CHECK(pages.last().contains(QStringLiteral("142-9fa0a1a2")));
}

TEST_CASE("Statements for 200 members make one PDF in which each statement starts on its own page",
          "[print][statement][slow]")
{
    QTemporaryDir dir;
    std::vector<MemberStatement> statements;
    for (int i = 1; i <= 200; ++i)
        statements.push_back(statement(member(i, "Member" + std::to_string(i), "Name"), i % 7 == 0 ? 60 : 2 + i % 5));
    const PrintDocument doc = statementsDocument(statements, fundSettings());
    const QString path = dir.filePath(QStringLiteral("all.pdf"));
    int calls = 0;
    const PrintResult result = DocumentPrinter::writePdf(doc, path, PaperSize::A4, [&](int done, int total) {
        ++calls;
        CHECK(done == calls);
        CHECK(total == 200);
        return true;
    });
    CHECK(calls == 200);
    const std::vector<int> counts = DocumentPrinter::pageCounts(doc, PaperSize::A4);
    int expected = 0;
    for (int c : counts)
        expected += c;
    CHECK(expected > 200); // the long ones took two pages
    CHECK(result.pages == expected);
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() == expected);
    CHECK(pdfInfo(path, QStringLiteral("Pages")) == QString::number(expected));
    int page = 0;
    for (int i = 0; i < 200; ++i) {
        INFO("statement " << i + 1);
        const QString name = QStringLiteral("Name Member%1").arg(i + 1);
        // Its first page opens the statement; every one of its pages names the member.
        CHECK(pages[page].contains(QStringLiteral("Monthly statement")));
        CHECK(pages[page].contains(QStringLiteral("No. %1 — %2").arg(i + 1).arg(name)));
        for (int k = 0; k < counts[static_cast<std::size_t>(i)]; ++k) {
            CHECK(pages[page + k].contains(name + QLatin1Char('\n')) | pages[page + k].contains(name + QLatin1Char(' ')));
            CHECK(pages[page + k].contains(QStringLiteral("page %1 / %2").arg(k + 1).arg(counts[static_cast<std::size_t>(i)])));
        }
        page += counts[static_cast<std::size_t>(i)];
    }
}

TEST_CASE("A4 and US Letter give their own page sizes", "[print][paper]")
{
    QTemporaryDir dir;
    const PrintDocument doc = statementsDocument({statement(member(1, "Sow", "Aminata"), 2)}, fundSettings());
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    DocumentPrinter::writePdf(doc, a4, PaperSize::A4);
    DocumentPrinter::writePdf(doc, letter, PaperSize::Letter);
    CHECK(pdfInfo(a4, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    CHECK(pdfInfo(letter, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792 pts")));
}

TEST_CASE("A PDF that cannot be written throws and leaves nothing behind", "[print][errors]")
{
    QTemporaryDir dir;
    const PrintDocument doc = statementsDocument({statement(member(1, "Sow", "Aminata"), 2)}, fundSettings());
    const QString missingFolder = dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    CHECK_THROWS_WITH(DocumentPrinter::writePdf(doc, missingFolder, PaperSize::A4),
                      Catch::Contains(missingFolder.toStdString()));
    CHECK_FALSE(QFile::exists(missingFolder));
    // A folder where the file should be.
    const QString folder = dir.filePath(QStringLiteral("taken"));
    REQUIRE(QDir().mkdir(folder));
    CHECK_THROWS(DocumentPrinter::writePdf(doc, folder, PaperSize::A4));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("Cancelling between statements writes no file and keeps the old one", "[print][cancel]")
{
    QTemporaryDir dir;
    std::vector<MemberStatement> statements;
    for (int i = 1; i <= 5; ++i)
        statements.push_back(statement(member(i, "Ba", "Oumar"), 2));
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const PrintResult result = DocumentPrinter::writePdf(statementsDocument(statements, fundSettings()), path, PaperSize::A4,
                                                         [](int done, int) { return done < 2; });
    CHECK(result.cancelled);
    CHECK(result.pages == 2);
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("old"));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("Printing paints the same pages on a printer, in the document's orientation", "[print][printer]")
{
    QTemporaryDir dir;
    std::vector<MemberStatement> statements = {statement(member(1, "Sow", "Aminata"), 2),
                                               statement(member(2, "Ba", "Oumar"), 2)};
    const PrintDocument doc = statementsDocument(statements, fundSettings());
    // A printer that prints to a PDF file stands in for a real one chosen in the print dialog.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    int parts = 0;
    const PrintResult result = DocumentPrinter::print(doc, printer, [&](int done, int) {
        parts = done;
        return true;
    });
    CHECK(parts == 2);
    CHECK(result.pages == 2);
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].contains(QStringLiteral("Aminata Sow")));
    CHECK(pages[1].contains(QStringLiteral("Oumar Ba")));
    CHECK(pages[1].contains(QStringLiteral("page 1 / 1")));
    CHECK(pdfInfo(path, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792"))); // the printer's paper
}

TEST_CASE("The chain head's box is never cut by a page break", "[print][statement]")
{
    QTemporaryDir dir;
    // Statements whose end falls at every height near the foot of the first page.
    for (int movements = 28; movements <= 44; ++movements) {
        INFO(movements << " movements");
        const QString path = dir.filePath(QStringLiteral("box-%1.pdf").arg(movements));
        DocumentPrinter::writePdf(statementsDocument({statement(member(5, "Gueye", "Cheikh"), movements)}, fundSettings()),
                                  path, PaperSize::A4);
        const QStringList pages = pdfPages(path);
        int withCaption = -1;
        int withEnd = -1;
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].contains(QStringLiteral("Chain head of the books")))
                withCaption = i;
            if (pages[i].contains(QStringLiteral("no longer match this number")))
                withEnd = i;
        }
        REQUIRE(withCaption >= 0);
        CHECK(withCaption == withEnd);
    }
}
