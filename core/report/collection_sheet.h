#pragma once
// The paper collection sheet for a meeting: members in rows, what each owes that day in
// columns, so a meeting can be held on paper when the laptop cannot be used and typed in
// later. Plain data; the renderer adds the blank "paid" and "signature" boxes.

#include "core/book/book.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

struct SheetColumn {
    std::string key;   // "rotation:<id>", "social", "fines", "loans", "social-loans"
    std::string name;  // the rotation's name for "rotation:<id>", else empty (the UI names it)
};

struct SheetRow {
    Member member;
    std::vector<std::int64_t> owed; // one per column: what is due on the meeting's date (arrears included)
    std::int64_t total = 0;
};

struct CollectionSheet {
    std::string fundName;
    std::string currencyCode;
    std::string language;
    Date meetingDate;
    std::vector<SheetColumn> columns;   // only the columns the fund uses
    std::vector<SheetRow> rows;         // every active member, by member number
    std::vector<std::int64_t> columnTotals;
    std::int64_t total = 0;
    ChainHead chainHead;                // the chain head when the sheet was made
};

// What every active member owes at a meeting held on `meetingDate`: rotation dues
// (Book::rotationDuesOn dueNow plus fines owed), social contributions outstanding plus the
// contribution the meeting will add, fines outstanding, loan instalments due (dueToday) and
// social loans outstanding and due.
CollectionSheet buildCollectionSheet(const Book& book, Date meetingDate);

} // namespace tontine
