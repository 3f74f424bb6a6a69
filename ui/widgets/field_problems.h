#pragma once
// Shows a ValidationError's problems next to the fields they name ("lastName", …), and keeps
// the rest for a general message. It only displays; it never validates anything itself.

#include "core/error/errors.h"

#include <functional>

#include <QHash>
#include <QLabel>
#include <QString>
#include <QStringList>

#include <initializer_list>

class QFormLayout;
class QWidget;

namespace tontine::ui {

class FieldProblems {
public:
    // A hidden, word-wrapped label for one field's problem, parented to `parent`.
    static QLabel* makeLabel(QWidget* parent);
    // The editor with its problem label underneath, as one widget for a form row.
    static QWidget* wrap(QWidget* editor, QLabel* problem);

    void add(const QString& field, QWidget* editor, QLabel* label);
    // Adds a form row: a caption whose buddy is `editor`, then `shown` (or the editor) with
    // the field's problem label under it.
    void addRow(QFormLayout* form, const QString& caption, QWidget* editor, QWidget* shown, const QString& field,
                QWidget* parent);
    void clear();
    // Shows each problem next to its field; returns the texts of problems with no field here.
    // Focuses the first field that has a problem.
    QStringList show(const Problems& problems);
    // Shows one message next to one field (for checks the form does before calling core).
    void showOne(const QString& field, const QString& text);
    QString textOf(const QString& field) const;
    // Every message shown, one per line: the fields' in the order given, then `general`'s
    // when it is shown (what a dialog reports to its caller or a test).
    QString allText(std::initializer_list<const char*> fields, const QLabel* general) const;
    // Runs a core action; when core refuses it, shows the problems next to their fields and
    // the rest (or a storage failure) in `general`. Returns true when the action went through.
    bool attempt(QLabel* general, const std::function<void()>& action);

private:
    struct Slot {
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
    };
    QHash<QString, Slot> m_slots;
    QStringList m_order;
};

} // namespace tontine::ui
