#include "ui/dialogs/import_problems_dialog.h"

#include "ui/convert.h"
#include "ui/labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tontine::ui {

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName, const Problems& problems,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import refused"));
    auto* intro = new QLabel(
        tr("<b>Nothing was imported from %1.</b><br>Problems found: %2. Correct them in the file and import it again.")
            .arg(fileName.toHtmlEscaped())
            .arg(problems.size()),
        this);
    intro->setWordWrap(true);

    auto* table = new QTableWidget(int(problems.size()), 4, this);
    table->setObjectName(QStringLiteral("problems"));
    table->setAccessibleName(tr("Problems in the file"));
    table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Field"), tr("Problem")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int row = 0; row < int(problems.size()); ++row) {
        const Problem& p = problems[std::size_t(row)];
        auto cell = [](const QString& text) { return new QTableWidgetItem(text); };
        table->setItem(row, 0, cell(p.line > 0 ? QString::number(p.line) : QString()));
        table->setItem(row, 1, cell(p.column > 0 ? QString::number(p.column) : QString()));
        table->setItem(row, 2, cell(p.field.empty() ? QString() : memberFieldLabel(p.field)));
        table->setItem(row, 3, cell(problemText(p)));
    }
    auto* header = table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    // Long messages wrap; row heights follow once the columns have their real widths.
    connect(header, &QHeaderView::sectionResized, table, &QTableWidget::resizeRowsToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace tontine::ui
