#pragma once
// A QTableView set up the way read-only lists look on every page: whole rows selected, one at a
// time, alternating colours, no row numbers, Tab leaves the table. Only looks; no data.

#include <QTableView>

namespace tontine::ui {

QTableView* makeReadOnlyTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                              QWidget* parent);

} // namespace tontine::ui
