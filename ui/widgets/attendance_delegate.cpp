#include "ui/widgets/attendance_delegate.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QKeyEvent>

namespace tontine::ui {

QWidget* AttendanceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Attendance"));
    for (AttendanceStatus s : attendanceStatuses())
        combo->addItem(QStringLiteral("%1 — %2").arg(attendanceKey(s), attendanceLabel(s)), toQt(attendanceCode(s)));
    return combo;
}

void AttendanceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void AttendanceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

bool AttendanceDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                     const QModelIndex& index)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString typed = key->text().toUpper();
        if (typed.size() == 1 && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            for (AttendanceStatus s : attendanceStatuses()) {
                if (attendanceKey(s) == typed) {
                    // Whether Book took it or not, the model shows the result in the cell.
                    if (model->setData(index, toQt(attendanceCode(s)), Qt::EditRole))
                        emit recordedByKey(index);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tontine::ui
