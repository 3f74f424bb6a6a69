#include "ui/widgets/portfolio_view.h"

#include "ui/convert.h"
#include "ui/models/portfolio_model.h"
#include "ui/widgets/read_only_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

QString par30Text(int basisPoints) { return QStringLiteral("%1 %").arg(percentText(basisPoints)); }

PortfolioView::PortfolioView(QWidget* parent)
    : QWidget(parent), m_ageing(new PortfolioModel(PortfolioModel::View::Ageing, this)),
      m_purposes(new PortfolioModel(PortfolioModel::View::Purposes, this))
{
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("portfolioFigures"));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setWordWrap(true);
    m_ageingView = makeReadOnlyTable(m_ageing, QStringLiteral("ageingTable"), tr("Arrears ageing"), this);
    m_purposesView = makeReadOnlyTable(m_purposes, QStringLiteral("purposesTable"), tr("Loans per purpose"), this);

    auto* ageing = new QVBoxLayout;
    ageing->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Arrears ageing")), this));
    ageing->addWidget(m_ageingView, 1);
    auto* purposes = new QVBoxLayout;
    purposes->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Per purpose")), this));
    purposes->addWidget(m_purposesView, 1);
    auto* tables = new QHBoxLayout;
    tables->addLayout(ageing, 1);
    tables->addLayout(purposes, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addLayout(tables, 1);
}

QString PortfolioView::figuresText() const { return m_figures->text(); }

void PortfolioView::setPortfolio(const Portfolio& p, Date on, const Currency& c)
{
    m_ageing->setPortfolio(p, c);
    m_purposes->setPortfolio(p, c);
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(label, value);
    };
    row(tr("On:"), dateText(on));
    row(tr("Loans being repaid or in default:"), QString::number(p.loans));
    row(tr("<b>Principal outstanding:</b>"), QStringLiteral("<b>%1</b>").arg(moneyText(p.outstanding, c)));
    row(tr("At risk (more than 30 days late):"), moneyText(p.atRisk30, c));
    row(tr("<b>Portfolio at risk (PAR30):</b>"), QStringLiteral("<b>%1</b>").arg(par30Text(p.par30BasisPoints)));
    row(tr("Group guarantees committed (not cash):"),
        tr("%1 in %2 guarantee(s)").arg(moneyText(p.guaranteesCommitted, c)).arg(p.guaranteesOpen));
    html += QStringLiteral("</table>");
    m_figures->setText(html);
    for (QTableView* view : {m_ageingView, m_purposesView}) {
        view->resizeColumnsToContents();
        view->horizontalHeader()->setSectionResizeMode(PortfolioModel::Label, QHeaderView::Stretch);
    }
}

} // namespace tontine::ui
