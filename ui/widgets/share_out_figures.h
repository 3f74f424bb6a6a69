#pragma once
// Where a share-out's amount comes from, side by side: savings, earnings, what the books say,
// cash expected and counted with the difference, the social fund kept out, what is kept back,
// and the amount shared. Shows a ShareOutFund as Book worked it out; computes nothing.

#include "core/money/currency.h"
#include "core/savings/share_out_plan.h"

#include <QGroupBox>
#include <QHash>

class QLabel;

namespace tontine::ui {

class ShareOutFigures : public QGroupBox {
    Q_OBJECT
public:
    explicit ShareOutFigures(QWidget* parent = nullptr);
    void setFund(const ShareOutFund& fund, const Currency& currency);
    void clear();
    // The figure shown for a name ("savings", "earnings", "books", "cashExpected", "counted",
    // "difference", "socialFund", "keptBack", "amountShared").
    QString figure(const QString& name) const;
    // Every figure as "caption value" lines.
    QString text() const;

private:
    void addFigure(const QString& name, const QString& caption, int row, int column);

    QHash<QString, QLabel*> m_values;
    QHash<QString, QLabel*> m_captions;
    QStringList m_order;
};

} // namespace tontine::ui
