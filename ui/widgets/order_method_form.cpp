#include "ui/widgets/order_method_form.h"

#include "core/rotation/draw.h"
#include "ui/convert.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/hand_order_list.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

OrderMethodForm::OrderMethodForm(const Currency& currency, QWidget* parent) : QWidget(parent), m_currency(currency)
{
    m_method = new QButtonGroup(this);
    auto* methods = new QHBoxLayout;
    for (OrderMethod m : {OrderMethod::Fixed, OrderMethod::Draw, OrderMethod::Auction}) {
        auto* radio = new QRadioButton(orderMethodLabel(m), this);
        radio->setObjectName(QStringLiteral("order-") + toQt(orderMethodCode(m)));
        m_method->addButton(radio, int(m));
        methods->addWidget(radio);
    }
    methods->addStretch();
    m_pages = new QStackedWidget(this);

    // Fixed: the agreed list.
    auto* fixed = new QWidget(m_pages);
    m_order = new HandOrderList(fixed);
    m_orderProblem = FieldProblems::makeLabel(fixed);
    auto* fixedLayout = new QVBoxLayout(fixed);
    fixedLayout->setContentsMargins(0, 0, 0, 0);
    fixedLayout->addWidget(new QLabel(tr("The order agreed by the group, first to receive at the top. "
                                         "It can be changed later until a hand has received."),
                                      fixed));
    fixedLayout->addWidget(m_order, 1);
    fixedLayout->addWidget(m_orderProblem);

    // Draw: the seed and the order it gives.
    auto* draw = new QWidget(m_pages);
    m_seed = new QLineEdit(generatedSeed(), draw);
    m_seed->setObjectName(QStringLiteral("drawSeed"));
    m_seed->setAccessibleName(tr("Seed of the draw"));
    auto* newSeed = new QPushButton(tr("New &seed"), draw);
    connect(newSeed, &QPushButton::clicked, this, [this] { m_seed->setText(generatedSeed()); });
    connect(m_seed, &QLineEdit::textChanged, this, &OrderMethodForm::showPreview);
    m_seedProblem = FieldProblems::makeLabel(draw);
    m_preview = new QLabel(draw);
    m_preview->setObjectName(QStringLiteral("drawPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(newSeed);
    auto* drawLayout = new QVBoxLayout(draw);
    drawLayout->setContentsMargins(0, 0, 0, 0);
    auto* drawHelp = new QLabel(tr("The order comes from this seed and can be re-checked by anyone. You may type "
                                   "something shown at the meeting instead, e.g. a banknote's serial number."),
                                draw);
    drawHelp->setWordWrap(true);
    drawLayout->addWidget(drawHelp);
    drawLayout->addLayout(seedRow);
    drawLayout->addWidget(m_seedProblem);
    drawLayout->addWidget(m_preview);
    drawLayout->addStretch();

    // Auction: where the discount goes and the least bid.
    auto* auction = new QWidget(m_pages);
    m_discountRule = new QComboBox(auction);
    m_discountRule->setObjectName(QStringLiteral("discountRule"));
    m_discountRule->setAccessibleName(tr("The winner's discount"));
    for (DiscountRule r : {DiscountRule::SharedNow, DiscountRule::KeptByFund, DiscountRule::SharedAtEnd})
        m_discountRule->addItem(discountRuleLabel(r), int(r));
    m_discountRule->setCurrentIndex(2);
    m_minimumBid = new QLineEdit(QStringLiteral("0"), auction);
    m_minimumBid->setObjectName(QStringLiteral("minimumBid"));
    m_minimumBid->setAccessibleName(tr("Minimum bid"));
    m_minimumBid->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_ruleProblem = FieldProblems::makeLabel(auction);
    m_minimumProblem = FieldProblems::makeLabel(auction);
    auto* auctionForm = new QFormLayout(auction);
    auctionForm->setContentsMargins(0, 0, 0, 0);
    auto* help = new QLabel(tr("Each round, members who have not received bid a discount on the pot; "
                               "the highest bid wins."),
                            auction);
    help->setWordWrap(true);
    auctionForm->addRow(help);
    auctionForm->addRow(tr("The &discount goes:"), FieldProblems::wrap(m_discountRule, m_ruleProblem));
    auctionForm->addRow(tr("Minimum &bid (%1):").arg(toQt(currency.symbol)), FieldProblems::wrap(m_minimumBid, m_minimumProblem));

    m_pages->addWidget(fixed);
    m_pages->addWidget(draw);
    m_pages->addWidget(auction);
    connect(m_method, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            m_pages->setCurrentIndex(id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(methods);
    layout->addWidget(m_pages, 1);
    setMethod(OrderMethod::Fixed);
}

QString OrderMethodForm::generatedSeed()
{
    // Letters and digits people cannot misread (no 0/O, 1/I).
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString seed = QStringLiteral("tirage-");
    for (int i = 0; i < 8; ++i)
        seed += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return seed;
}

void OrderMethodForm::setMethod(OrderMethod method) { m_method->button(int(method))->setChecked(true); }

OrderMethod OrderMethodForm::method() const { return static_cast<OrderMethod>(m_method->checkedId()); }

void OrderMethodForm::setHands(const QHash<HandNumber, QString>& labels, int handCount)
{
    m_handCount = handCount;
    std::vector<HandNumber> order;
    for (HandNumber hand : m_order->order())
        if (hand <= handCount)
            order.push_back(hand);
    for (HandNumber hand = 1; hand <= handCount; ++hand)
        if (std::find(order.begin(), order.end(), hand) == order.end())
            order.push_back(hand);
    m_order->setOrder(order, labels);
    showPreview();
}

void OrderMethodForm::showPreview()
{
    RotationSpec probe;
    probe.drawSeed = toStd(m_seed->text().trimmed());
    probe.order = OrderMethod::Draw;
    std::vector<HandNumber> hands;
    for (HandNumber h = 1; h <= m_handCount; ++h)
        hands.push_back(h);
    // Only a seed core accepts gives an order; otherwise the problem shows on Next.
    const Problems problems = validateRotation(probe);
    const bool seedOk = std::none_of(problems.begin(), problems.end(),
                                     [](const Problem& p) { return p.field == "drawSeed"; });
    if (hands.empty() || !seedOk) {
        m_preview->clear();
        return;
    }
    QStringList order;
    for (const DrawStep& step : drawOrder(probe.drawSeed, hands))
        order.append(QString::number(step.winner));
    m_preview->setText(tr("With this seed the hands receive in this order: %1").arg(order.join(QStringLiteral(", "))));
}

bool OrderMethodForm::apply(RotationSpec& spec, FieldProblems& problems) const
{
    spec.order = method();
    spec.fixedOrder = spec.order == OrderMethod::Fixed ? m_order->order() : std::vector<HandNumber>{};
    spec.drawSeed = spec.order == OrderMethod::Draw ? toStd(m_seed->text().trimmed()) : std::string();
    spec.discountRule = static_cast<DiscountRule>(m_discountRule->currentData().toInt());
    spec.minimumBid = 0;
    if (spec.order != OrderMethod::Auction)
        return true;
    const auto minimum = amountFromText(m_minimumBid->text().isEmpty() ? QStringLiteral("0") : m_minimumBid->text(), m_currency);
    if (!minimum) {
        problems.showOne(QStringLiteral("minimumBid"), tr("Type an amount, e.g. 500."));
        return false;
    }
    spec.minimumBid = *minimum;
    return true;
}

void OrderMethodForm::addProblemSlots(FieldProblems& problems)
{
    problems.add(QStringLiteral("fixedOrder"), m_order, m_orderProblem);
    problems.add(QStringLiteral("drawSeed"), m_seed, m_seedProblem);
    problems.add(QStringLiteral("discountRule"), m_discountRule, m_ruleProblem);
    problems.add(QStringLiteral("minimumBid"), m_minimumBid, m_minimumProblem);
}

} // namespace tontine::ui
