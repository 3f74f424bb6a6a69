#include "ui/widgets/custom_lines_editor.h"

#include "ui/convert.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

CustomLinesEditor::CustomLinesEditor(const Currency& currency, QWidget* parent)
    : QWidget(parent), m_currency(currency)
{
    setObjectName(QStringLiteral("customLines"));
    m_lines = new QVBoxLayout;
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setSpacing(2);
    m_add = new QPushButton(tr("&Add a line"), this);
    m_add->setObjectName(QStringLiteral("addLine"));
    connect(m_add, &QPushButton::clicked, this, &CustomLinesEditor::addLineClicked);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_lines);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
}

void CustomLinesEditor::addLineClicked()
{
    // A month after the last line: the usual rhythm, changed by hand for a harvest date.
    Date last = m_start;
    if (!m_rows.empty())
        last = toDate(m_rows.back().date->date());
    addLine(last.addMonths(1));
    m_rows.back().date->setFocus();
}

void CustomLinesEditor::addLine(Date dueOn, const QString& principal)
{
    Row row;
    row.box = new QWidget(this);
    auto* layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    row.date = new QDateEdit(toQDate(dueOn), row.box);
    row.date->setCalendarPopup(true);
    row.date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row.principal = new QLineEdit(principal, row.box);
    row.principal->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    row.principal->setPlaceholderText(tr("principal"));
    row.remove = new QPushButton(tr("Remove"), row.box);
    row.remove->setAutoDefault(false);
    layout->addWidget(row.date);
    layout->addWidget(row.principal);
    layout->addWidget(new QLabel(toQt(m_currency.symbol), row.box));
    layout->addWidget(row.remove);
    layout->addStretch();
    m_lines->addWidget(row.box);
    QWidget* box = row.box;
    connect(row.date, &QDateEdit::dateChanged, this, &CustomLinesEditor::changed);
    connect(row.principal, &QLineEdit::textChanged, this, &CustomLinesEditor::changed);
    connect(row.remove, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < lineCount(); ++i)
            if (m_rows[std::size_t(i)].box == box) {
                removeLine(i);
                break;
            }
    });
    m_rows.push_back(row);
    // Tab goes date, principal, remove, next line…, then "Add a line".
    QWidget::setTabOrder(row.remove, m_add);
    renumber();
    emit changed();
}

void CustomLinesEditor::removeLine(int line)
{
    if (line < 0 || line >= lineCount())
        return;
    m_rows[std::size_t(line)].box->deleteLater();
    m_rows[std::size_t(line)].box->hide();
    m_rows.erase(m_rows.begin() + line);
    renumber();
    m_add->setFocus();
    emit changed();
}

void CustomLinesEditor::setLines(const std::vector<CustomInstalment>& lines)
{
    {
        const QSignalBlocker block(this);
        while (lineCount() > 0)
            removeLine(lineCount() - 1);
        for (const CustomInstalment& line : lines)
            addLine(line.dueOn, plainMoneyText(line.principal, m_currency));
    }
    emit changed();
}

void CustomLinesEditor::renumber()
{
    for (int i = 0; i < lineCount(); ++i) {
        const Row& row = m_rows[std::size_t(i)];
        row.date->setAccessibleName(tr("Line %1 due on").arg(i + 1));
        row.principal->setAccessibleName(tr("Line %1 principal").arg(i + 1));
        row.remove->setAccessibleName(tr("Remove line %1").arg(i + 1));
    }
}

bool CustomLinesEditor::read(std::vector<CustomInstalment>& out, int* firstUnreadable) const
{
    out.clear();
    bool ok = true;
    for (int i = 0; i < lineCount(); ++i) {
        const Row& row = m_rows[std::size_t(i)];
        CustomInstalment line;
        line.dueOn = toDate(row.date->date());
        const QString text = row.principal->text().trimmed();
        if (!text.isEmpty()) {
            const std::optional<std::int64_t> amount = amountFromText(text, m_currency);
            if (amount)
                line.principal = *amount;
            else if (ok) {
                ok = false;
                if (firstUnreadable)
                    *firstUnreadable = i + 1;
            }
        }
        out.push_back(line);
    }
    return ok;
}

QLineEdit* CustomLinesEditor::principalEdit(int line) const
{
    return line >= 0 && line < lineCount() ? m_rows[std::size_t(line)].principal : nullptr;
}

} // namespace tontine::ui
