#include "ui/pages/dashboard_page.h"

#include "core/report/month.h"
#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/models/dashboard_table_model.h"
#include "ui/print/report_html.h"
#include "ui/widgets/read_only_table.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {

constexpr std::array<DashboardChart, 5> Charts{DashboardChart::Cash, DashboardChart::Collections,
                                               DashboardChart::Portfolio, DashboardChart::SocialFund,
                                               DashboardChart::Rotations};

const char* chartKey(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::Cash: return "cash";
    case DashboardChart::Collections: return "collections";
    case DashboardChart::Portfolio: return "portfolio";
    case DashboardChart::SocialFund: return "socialFund";
    case DashboardChart::Rotations: return "rotations";
    }
    return "";
}

} // namespace

DashboardPage::DashboardPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Dashboard")), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("3 months"), 3);
    m_period->addItem(tr("6 months"), 6);
    m_period->addItem(tr("12 months"), 12);
    m_period->addItem(tr("24 months"), 24);
    m_period->setCurrentIndex(2);
    auto* periodLabel = new QLabel(tr("Show the &last:"), this);
    periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("range"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_range);
    header->addSpacing(12);
    header->addWidget(periodLabel);
    header->addWidget(m_period);

    // Two charts side by side; rotations, with the names under its bars, takes the whole width.
    auto* grid = new QWidget;
    auto* cards = new QGridLayout(grid);
    cards->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < Charts.size(); ++i) {
        QWidget* card = makeCard(Charts[i]);
        const int row = int(i) / 2;
        const int column = int(i) % 2;
        if (i + 1 == Charts.size() && column == 0)
            cards->addWidget(card, row, 0, 1, 2);
        else
            cards->addWidget(card, row, column);
        cards->setRowMinimumHeight(row, 300);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_premiumsHeld = new QLabel(this);
    m_premiumsHeld->setObjectName(QStringLiteral("premiumsHeld"));
    m_premiumsHeld->setWordWrap(true);
    m_premiumsHeld->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_premiumsHeld->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_premiumsHeld);
    layout->addWidget(scroll, 1);

    // Building the series reads the period's history: done when seen, not on every write.
    connect(&m_session, &Session::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    reload();
}

QWidget* DashboardPage::makeCard(DashboardChart chart)
{
    Card& card = m_cards[std::size_t(chart)];
    card.tabs = new QTabWidget;
    card.tabs->setObjectName(QStringLiteral("%1Card").arg(QLatin1String(chartKey(chart))));
    card.tabs->setDocumentMode(true);
    card.model = new DashboardTableModel(chart, this);
    card.table = makeReadOnlyTable(card.model, QStringLiteral("%1Table").arg(QLatin1String(chartKey(chart))),
                                   dashboardChartTitle(chart), card.tabs);
    card.table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    card.chart = new QWidget; // replaced by the chart on the first reload
    card.tabs->addTab(card.chart, tr("Chart"));
    card.tabs->addTab(card.table, tr("Table"));
    return card.tabs;
}

void DashboardPage::setPeriodMonths(int months)
{
    const int index = m_period->findData(months);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

DashboardTableModel* DashboardPage::tableModel(DashboardChart chart) const
{
    return m_cards[std::size_t(chart)].model;
}

QWidget* DashboardPage::chartView(DashboardChart chart) const
{
    return m_cards[std::size_t(chart)].chart;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::reload()
{
    m_stale = false;
    const Book& book = m_session.book();
    const Date today = book.clock().today();
    // Whole months: the first day of the month `months - 1` before this one, up to today.
    Month first = Month::of(today);
    for (int i = 1; i < m_period->currentData().toInt(); ++i)
        first = first.previous();
    m_data = buildDashboard(book, first.first(), today);
    m_range->setText(tr("%1 to %2").arg(dateText(m_data.from), dateText(m_data.to)));

    const Currency& currency = m_session.currency();
    showPremiumsHeld();
    const QLocale locale = fundLocale(book.settings().language);
    for (DashboardChart chart : Charts) {
        Card& card = m_cards[std::size_t(chart)];
        card.model->setDashboard(m_data, currency);
        const bool onChart = card.tabs->currentIndex() == 0;
        QWidget* view = makeDashboardChartView(chart, m_data, currency, locale);
        view->setObjectName(QStringLiteral("%1Chart").arg(QLatin1String(chartKey(chart))));
        card.tabs->removeTab(0);
        delete card.chart;
        card.chart = view;
        card.tabs->insertTab(0, view, tr("Chart"));
        card.tabs->setCurrentIndex(onChart ? 0 : 1);
    }
}

QString DashboardPage::premiumsHeldText() const
{
    return m_premiumsHeld->isHidden() ? QString() : m_premiumsHeld->text();
}

void DashboardPage::showPremiumsHeld()
{
    // Money that belongs to the mutuals, not to the group: said apart from the cash chart.
    const Book& book = m_session.book();
    const Currency& currency = m_session.currency();
    QStringList parts;
    for (const PremiumsHeld& held : book.premiumsHeld()) {
        const std::optional<Partner> partner = book.partner(held.partner);
        if (!partner || (held.collected == 0 && !partner->active))
            continue;
        parts.append(tr("%1: <b>%2</b>").arg(toQt(partner->name).toHtmlEscaped(), moneyText(held.held(), currency)));
    }
    m_premiumsHeld->setText(tr("Premiums held for the mutuals, not yet remitted — %1").arg(parts.join(QStringLiteral("; "))));
    m_premiumsHeld->setVisible(!parts.isEmpty());
}

} // namespace tontine::ui
