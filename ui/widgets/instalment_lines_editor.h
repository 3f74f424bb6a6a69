#pragma once
// The lines of a custom repayment schedule as a small editable table: a due date
// (YYYY-MM-DD) and the principal repaid on it, with "Add line" and "Remove line". It only
// reads what is typed; whether the lines make a schedule is core's to say.

#include "core/loans/loan_schedule.h"
#include "core/money/currency.h"

#include <QWidget>

#include <optional>
#include <vector>

class QTableWidget;

namespace tontine::ui {

class InstalmentLinesEditor : public QWidget {
    Q_OBJECT
public:
    explicit InstalmentLinesEditor(const Currency& currency, QWidget* parent = nullptr);
    void setLines(const std::vector<CustomInstalment>& lines);
    // The lines typed (blank lines skipped); nullopt with `problem` set when one is not a
    // date and an amount.
    std::optional<std::vector<CustomInstalment>> lines(QString* problem = nullptr) const;
    QTableWidget* table() const { return m_table; }

signals:
    void linesChanged();

private:
    void addLine();
    void removeLine();

    const Currency& m_currency;
    QTableWidget* m_table;
};

} // namespace tontine::ui
