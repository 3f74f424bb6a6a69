#include "ui/widgets/share_out_figures.h"

#include "ui/convert.h"

#include <QGridLayout>
#include <QLabel>

namespace tontine::ui {

ShareOutFigures::ShareOutFigures(QWidget* parent) : QGroupBox(tr("Where the amount shared comes from"), parent)
{
    setObjectName(QStringLiteral("shareOutFigures"));
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(12);
    // Two columns, read down: what the books hold, then what the box holds and what is kept
    // out; the last row is what is shared. Two columns keep the page within 1366 pixels.
    addFigure(QStringLiteral("savings"), tr("Members' savings"), 0, 0);
    addFigure(QStringLiteral("earnings"), tr("+ Earnings of the cycle"), 1, 0);
    addFigure(QStringLiteral("carriedIn"), tr("+ Kept back last time"), 2, 0);
    addFigure(QStringLiteral("books"), tr("= What the books say"), 3, 0);
    addFigure(QStringLiteral("cashExpected"), tr("Cash expected in the box"), 0, 1);
    addFigure(QStringLiteral("counted"), tr("Cash counted"), 1, 1);
    addFigure(QStringLiteral("difference"), tr("Difference"), 2, 1);
    addFigure(QStringLiteral("socialFund"), tr("Social fund (kept out)"), 3, 1);
    addFigure(QStringLiteral("keptBack"), tr("− Kept back"), 4, 0);
    addFigure(QStringLiteral("amountShared"), tr("<b>= Amount shared</b>"), 4, 1);
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c * 2 + 1, 1);
}

void ShareOutFigures::addFigure(const QString& name, const QString& caption, int row, int column)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    auto* captionLabel = new QLabel(caption, this);
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(captionLabel, row, column * 2);
    grid->addWidget(value, row, column * 2 + 1);
    m_values.insert(name, value);
    m_captions.insert(name, captionLabel);
    m_order.append(name);
}

void ShareOutFigures::setFund(const ShareOutFund& fund, const Currency& currency)
{
    const auto amount = [&](std::int64_t v) { return moneyText(v, currency); };
    const bool counted = fund.basis == ShareOutBasis::Counted;
    m_values[QStringLiteral("savings")]->setText(amount(fund.savings));
    m_values[QStringLiteral("earnings")]->setText(amount(fund.earnings));
    m_values[QStringLiteral("carriedIn")]->setText(amount(fund.carriedIn));
    // The figure the amount starts from is in bold: the books, or the books corrected by the count.
    m_values[QStringLiteral("books")]->setText(counted ? amount(fund.books) : QStringLiteral("<b>%1</b>").arg(amount(fund.books)));
    m_values[QStringLiteral("cashExpected")]->setText(amount(fund.cashExpected));
    m_values[QStringLiteral("counted")]->setText(fund.cashCounted ? amount(*fund.cashCounted) : tr("not counted"));
    QString difference = fund.cashCounted ? amount(fund.difference) : QStringLiteral("—");
    if (fund.cashCounted && fund.difference != 0)
        difference = (fund.difference < 0 ? tr("%1 (short)") : tr("%1 (over)")).arg(difference);
    if (counted)
        difference = QStringLiteral("<b>%1</b>").arg(difference);
    m_values[QStringLiteral("difference")]->setText(difference);
    m_values[QStringLiteral("socialFund")]->setText(amount(fund.socialFund));
    m_values[QStringLiteral("keptBack")]->setText(amount(fund.keptBack));
    m_values[QStringLiteral("amountShared")]->setText(QStringLiteral("<b>%1</b>").arg(amount(fund.amountShared)));
}

void ShareOutFigures::clear()
{
    for (QLabel* value : std::as_const(m_values))
        value->clear();
}

QString ShareOutFigures::figure(const QString& name) const
{
    const QLabel* value = m_values.value(name);
    if (!value)
        return {};
    QString text = value->text();
    return text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
}

QString ShareOutFigures::text() const
{
    QStringList lines;
    for (const QString& name : m_order) {
        QString caption = m_captions.value(name)->text();
        caption.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
        lines.append(caption + QLatin1Char(' ') + figure(name));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tontine::ui
