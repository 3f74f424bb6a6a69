#include "ui/widgets/instalment_lines_editor.h"

#include "ui/convert.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tontine::ui {

InstalmentLinesEditor::InstalmentLinesEditor(const Currency& currency, QWidget* parent)
    : QWidget(parent), m_currency(currency)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("customLines"));
    m_table->setAccessibleName(tr("Custom schedule lines"));
    m_table->setHorizontalHeaderLabels({tr("Due on (YYYY-MM-DD)"), tr("Principal")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMaximumHeight(fontMetrics().height() * 9);
    auto* add = new QPushButton(tr("Add &line"), this);
    auto* remove = new QPushButton(tr("Re&move line"), this);
    connect(add, &QPushButton::clicked, this, &InstalmentLinesEditor::addLine);
    connect(remove, &QPushButton::clicked, this, &InstalmentLinesEditor::removeLine);
    connect(m_table, &QTableWidget::itemChanged, this, &InstalmentLinesEditor::linesChanged);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
}

void InstalmentLinesEditor::setLines(const std::vector<CustomInstalment>& lines)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(int(lines.size()));
        for (int row = 0; row < int(lines.size()); ++row) {
            m_table->setItem(row, 0, new QTableWidgetItem(dateText(lines[std::size_t(row)].dueOn)));
            m_table->setItem(row, 1, new QTableWidgetItem(plainMoneyText(lines[std::size_t(row)].principal, m_currency)));
        }
    }
    emit linesChanged();
}

std::optional<std::vector<CustomInstalment>> InstalmentLinesEditor::lines(QString* problem) const
{
    std::vector<CustomInstalment> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString date = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString amount = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (date.isEmpty() && amount.isEmpty())
            continue;
        const std::optional<Date> due = Date::parseIso(toStd(date));
        const std::optional<std::int64_t> principal = amountFromText(amount, m_currency);
        if (!due || !principal) {
            if (problem)
                *problem = tr("Line %1: type a date as YYYY-MM-DD and an amount.").arg(row + 1);
            return std::nullopt;
        }
        out.push_back(CustomInstalment{*due, *principal});
    }
    return out;
}

void InstalmentLinesEditor::addLine()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void InstalmentLinesEditor::removeLine()
{
    const int row = m_table->currentRow();
    if (row >= 0) {
        m_table->removeRow(row);
        emit linesChanged();
    }
}

} // namespace tontine::ui
