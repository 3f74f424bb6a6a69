#pragma once
// The table of the meeting sheet, made for typing during a meeting: Tab goes from one editable
// cell to the next (row by row), Enter opens a cell, and Enter in an open cell records it and
// goes down to the next member; Enter on a suggested amount records it as shown at once. It
// only moves and edits; the model does the writing.

#include <QTableView>

namespace tontine::ui {

class MeetingSheetView : public QTableView {
    Q_OBJECT
public:
    explicit MeetingSheetView(QWidget* parent = nullptr);
    // Shows the member as the row header and hides the sheet's own number and name columns.
    void setModel(QAbstractItemModel* model) override;

public slots:
    // Makes the cell below `index` current (the next member, same column).
    // To the next row below whose cell in this column can be typed in (stays put when none).
    void moveDown(const QModelIndex& index);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QModelIndex nextEditable(const QModelIndex& from, int step) const;
};

} // namespace tontine::ui
