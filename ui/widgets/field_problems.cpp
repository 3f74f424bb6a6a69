#include "ui/widgets/field_problems.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace tontine::ui {

QLabel* FieldProblems::makeLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    // The message itself says what is wrong; the colour only helps it stand out.
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setAccessibleName(QCoreApplication::translate("FieldProblems", "Problem"));
    return label;
}

QWidget* FieldProblems::wrap(QWidget* editor, QLabel* problem)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(problem);
    box->setFocusProxy(editor);
    return box;
}

void FieldProblems::add(const QString& field, QWidget* editor, QLabel* label)
{
    m_slots.insert(field, Slot{editor, label});
    m_order.append(field);
}

void FieldProblems::clear()
{
    for (const Slot& slot : std::as_const(m_slots)) {
        slot.label->clear();
        slot.label->setVisible(false);
    }
}

QStringList FieldProblems::show(const Problems& problems)
{
    clear();
    QStringList unplaced;
    for (const Problem& p : problems) {
        const QString field = toQt(p.field);
        auto it = m_slots.find(field);
        if (it == m_slots.end()) {
            unplaced.append(problemText(p));
            continue;
        }
        const QString previous = it->label->text();
        const QString text = QStringLiteral("⚠ ") + problemText(p);
        it->label->setText(previous.isEmpty() ? text : previous + QLatin1Char('\n') + text);
        it->label->setVisible(true);
    }
    for (const QString& field : std::as_const(m_order)) {
        const Slot& slot = m_slots[field];
        if (!slot.label->isHidden()) {
            slot.editor->setFocus();
            break;
        }
    }
    return unplaced;
}

void FieldProblems::showOne(const QString& field, const QString& text)
{
    auto it = m_slots.find(field);
    if (it == m_slots.end())
        return;
    it->label->setText(QStringLiteral("⚠ ") + text);
    it->label->setVisible(true);
}

QString FieldProblems::textOf(const QString& field) const
{
    auto it = m_slots.find(field);
    if (it == m_slots.end() || it->label->isHidden())
        return {};
    return it->label->text();
}

void FieldProblems::addRow(QFormLayout* form, const QString& caption, QWidget* editor, QWidget* shown,
                           const QString& field, QWidget* parent)
{
    auto* problem = makeLabel(parent);
    auto* label = new QLabel(caption, parent);
    label->setBuddy(editor);
    form->addRow(label, wrap(shown ? shown : editor, problem));
    add(field, editor, problem);
}

QString FieldProblems::allText(std::initializer_list<const char*> fields, const QLabel* general) const
{
    QStringList out;
    for (const char* field : fields) {
        const QString text = textOf(QLatin1String(field));
        if (!text.isEmpty())
            out.append(text);
    }
    if (general && !general->isHidden())
        out.append(general->text());
    return out.join(QLatin1Char('\n'));
}

bool FieldProblems::attempt(QLabel* general, const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const ValidationError& e) {
        const QStringList rest = show(e.problems());
        if (!rest.isEmpty()) {
            general->setText(QStringLiteral("⚠ ") + rest.join(QLatin1Char('\n')));
            general->setVisible(true);
        }
    } catch (const Error& e) {
        general->setText(QStringLiteral("⚠ ") + toQt(std::string(e.what())));
        general->setVisible(true);
    }
    return false;
}

} // namespace tontine::ui
