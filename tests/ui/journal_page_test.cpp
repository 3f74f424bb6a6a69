#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/dialogs/reverse_dialog.h"
#include "ui/models/journal_table_model.h"
#include "ui/pages/journal_page.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

using namespace tontine;
using namespace tontine::ui;

namespace {
int rowOfSeq(const JournalTableModel& model, EntrySeq seq)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.entryAt(row)->seq == seq)
            return row;
    return -1;
}
} // namespace

TEST_CASE("The journal page reverses an entry with a reason and keeps the chain head in view")
{
    test::FundFixture fund;
    const MemberId id = fund.addMember("Diop", "Awa");
    const EntrySeq opening = fund.book->recordOpeningSavings(id, 5000, fund.actor());
    Session session(std::move(fund.book));
    JournalPage page(session);
    page.model()->fetchMore({});

    auto* head = page.findChild<QLabel*>(QStringLiteral("chainHead"));
    REQUIRE(head);
    CHECK(head->text().contains(QString::fromStdString(session.book().chainHead().shortText())));

    auto* table = page.findChild<QTableView*>(QStringLiteral("journalTable"));
    REQUIRE(table);
    table->selectRow(rowOfSeq(*page.model(), opening));

    // First try without a reason: the dialog stays open and says why; then give one.
    // (No REQUIRE inside the timer: Catch must not throw through Qt's event loop.)
    QString problemSeen;
    bool stayedOpen = false;
    QTimer::singleShot(30, qApp, [&] {
        auto* dialog = qobject_cast<ReverseDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->accept();
        stayedOpen = dialog->isVisible();
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (!label->isHidden() && label->text().contains(QStringLiteral("Say why")))
                problemSeen = label->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("typed twice"));
        dialog->accept();
    });
    page.reverseSelected();

    CHECK(stayedOpen);
    CHECK_FALSE(problemSeen.isEmpty());
    const std::optional<EntrySeq> reversal = session.book().reversedBy(opening);
    REQUIRE(reversal);
    CHECK(session.book().entry(*reversal)->memo == "typed twice");
    CHECK(head->text().contains(QString::fromStdString(session.book().chainHead().shortText())));
}

TEST_CASE("Verify the books reports intact books with the chain head")
{
    test::FundFixture fund;
    fund.addMember("Diop", "Awa");
    Session session(std::move(fund.book));
    JournalPage page(session);

    QString text;
    QTimer::singleShot(30, qApp, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            text = box->text();
            box->done(QMessageBox::Ok);
        }
    });
    page.verifyBooks();
    CHECK(text.contains(QStringLiteral("intact")));
    CHECK(text.contains(QString::fromStdString(session.book().chainHead().shortText())));
}
