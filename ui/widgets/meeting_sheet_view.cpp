#include "ui/widgets/meeting_sheet_view.h"

#include "ui/models/meeting_sheet_model.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace tontine::ui {

MeetingSheetView::MeetingSheetView(QWidget* parent) : QTableView(parent)
{
    setTabKeyNavigation(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    // Who each row is stays in sight when the sheet scrolls sideways: the member is the row
    // header (the model's number and name columns are hidden in setModel).
    verticalHeader()->setVisible(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
}

void MeetingSheetView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (qobject_cast<MeetingSheetModel*>(model)) {
        setColumnHidden(MeetingSheetModel::Number, true);
        setColumnHidden(MeetingSheetModel::Name, true);
    }
}

QModelIndex MeetingSheetView::nextEditable(const QModelIndex& from, int step) const
{
    if (!model() || !from.isValid())
        return {};
    const int columns = model()->columnCount();
    const int cells = model()->rowCount() * columns;
    int at = from.row() * columns + from.column();
    for (int i = 0; i < cells; ++i) {
        at += step;
        if (at < 0 || at >= cells)
            return {};
        const QModelIndex candidate = model()->index(at / columns, at % columns);
        if (!isColumnHidden(candidate.column()) && (model()->flags(candidate) & Qt::ItemIsEditable))
            return candidate;
    }
    return {};
}

QModelIndex MeetingSheetView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Tab skips the cells nobody types in (number, name, computed amounts).
    if (action == MoveNext || action == MovePrevious) {
        const QModelIndex next = nextEditable(currentIndex(), action == MoveNext ? 1 : -1);
        if (next.isValid())
            return next;
        return currentIndex();
    }
    return QTableView::moveCursor(action, modifiers);
}

void MeetingSheetView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && currentIndex().isValid() &&
        (model()->flags(currentIndex()) & Qt::ItemIsEditable)) {
        const QModelIndex at = currentIndex();
        // A suggested amount (what a member owes a rotation) is accepted by Enter alone: it is
        // recorded as shown, then the next member. Typing a digit still opens the cell.
        if (at.data(MeetingSheetModel::SuggestedRole).toBool()) {
            if (model()->setData(at, at.data(Qt::EditRole), Qt::EditRole))
                moveDown(at);
            return;
        }
        edit(at);
        return;
    }
    // Tab at the last editable cell leaves the table instead of staying put.
    if (event->key() == Qt::Key_Tab && !nextEditable(currentIndex(), 1).isValid()) {
        event->ignore();
        focusNextChild();
        return;
    }
    if (event->key() == Qt::Key_Backtab && !nextEditable(currentIndex(), -1).isValid()) {
        event->ignore();
        focusPreviousChild();
        return;
    }
    QTableView::keyPressEvent(event);
}

void MeetingSheetView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in an open cell (the delegate's SubmitModelCache) records it and goes to the next member.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex at = currentIndex();
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        // A refused value stays where it was typed, to be corrected there.
        if (!at.data(MeetingSheetModel::RefusedRole).toBool())
            moveDown(at);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void MeetingSheetView::moveDown(const QModelIndex& index)
{
    if (!model() || !index.isValid())
        return;
    // The next member who has something to type in this column: members outside a rotation
    // have no cell there, and Enter must not stall on them.
    for (int row = index.row() + 1; row < model()->rowCount(); ++row) {
        const QModelIndex below = model()->index(row, index.column());
        if (model()->flags(below) & Qt::ItemIsEditable) {
            setCurrentIndex(below);
            scrollTo(below);
            return;
        }
    }
}

} // namespace tontine::ui
