#pragma once
// Edits an attendance cell: a one-letter key (P, L, A, E in English; the translated word's first
// letter) records the status at once, and the cell's editor is a combo of the four statuses.
// It passes the chosen core code to the model and decides nothing.

#include <QStyledItemDelegate>

namespace tontine::ui {

class AttendanceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

signals:
    // A key recorded a status in this cell (the view moves on to the next member).
    void recordedByKey(const QModelIndex& index);
};

} // namespace tontine::ui
