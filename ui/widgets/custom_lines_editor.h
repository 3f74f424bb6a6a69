#pragma once
// The lines of a custom repayment schedule as typed: a due date and the principal repaid on
// it per line, with "Add a line" and a remove button per line (a harvest loan repaid in two
// or three dates). It reads what is typed; core checks the dates and the sum.

#include "core/loans/loan_schedule.h"
#include "core/money/currency.h"

#include <QWidget>

#include <vector>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace tontine::ui {

class CustomLinesEditor : public QWidget {
    Q_OBJECT
public:
    explicit CustomLinesEditor(const Currency& currency, QWidget* parent = nullptr);

    // The date new lines count from (a month after the last line, or after this).
    void setStart(Date start) { m_start = start; }
    void addLine(Date dueOn, const QString& principal = {});
    void removeLine(int line);
    void setLines(const std::vector<CustomInstalment>& lines);
    int lineCount() const { return int(m_rows.size()); }
    // The lines as typed; false when a principal cannot be read (`firstUnreadable` = its
    // 1-based line). An empty principal reads as 0 (core says it must be above zero).
    bool read(std::vector<CustomInstalment>& out, int* firstUnreadable = nullptr) const;
    QLineEdit* principalEdit(int line) const;

signals:
    void changed();

private:
    struct Row {
        QWidget* box = nullptr;
        QDateEdit* date = nullptr;
        QLineEdit* principal = nullptr;
        QPushButton* remove = nullptr;
    };
    void addLineClicked();
    void renumber();

    const Currency& m_currency;
    Date m_start;
    std::vector<Row> m_rows;
    QVBoxLayout* m_lines;
    QPushButton* m_add;
};

} // namespace tontine::ui
