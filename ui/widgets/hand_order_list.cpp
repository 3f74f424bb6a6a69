#include "ui/widgets/hand_order_list.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
constexpr int HandRole = Qt::UserRole;
constexpr int LockedRole = Qt::UserRole + 1;
constexpr int BodyRole = Qt::UserRole + 2;
} // namespace

HandOrderList::HandOrderList(QWidget* parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("handOrder"));
    m_list->setAccessibleName(tr("Order of the hands, round 1 first"));
    m_up = new QPushButton(tr("&Up"), this);
    m_down = new QPushButton(tr("&Down"), this);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_up->setToolTip(tr("Move the chosen hand one round earlier (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the chosen hand one round later (Ctrl+Down)"));
    connect(m_up, &QPushButton::clicked, this, [this] { move(m_list->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(m_list->currentRow(), +1); });
    for (auto [keys, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Up), -1},
                              std::pair{QKeySequence(Qt::CTRL | Qt::Key_Down), +1}}) {
        auto* action = new QAction(m_list);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, s = step] { move(m_list->currentRow(), s); });
        m_list->addAction(action);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &HandOrderList::updateButtons);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);
    updateButtons();
}

void HandOrderList::setOrder(const std::vector<HandNumber>& order, const QHash<HandNumber, QString>& labels,
                             const std::set<HandNumber>& locked)
{
    m_list->clear();
    for (HandNumber hand : order) {
        const bool isLocked = locked.count(hand) > 0;
        auto* item = new QListWidgetItem(m_list);
        item->setData(HandRole, hand);
        item->setData(LockedRole, isLocked);
        const QString label = labels.value(hand, tr("Hand %1").arg(hand));
        item->setData(BodyRole, isLocked ? tr("%1 — received, keeps its place").arg(label) : label);
        // Numbered by place: round 1 takes the first place(s).
        item->setText(tr("%1. %2").arg(m_list->count()).arg(item->data(BodyRole).toString()));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

std::vector<HandNumber> HandOrderList::order() const
{
    std::vector<HandNumber> out;
    for (int row = 0; row < m_list->count(); ++row)
        out.push_back(m_list->item(row)->data(HandRole).toInt());
    return out;
}

bool HandOrderList::isLocked(int row) const
{
    return row >= 0 && row < m_list->count() && m_list->item(row)->data(LockedRole).toBool();
}

bool HandOrderList::move(int row, int step)
{
    const int other = row + step;
    if (row < 0 || other < 0 || row >= m_list->count() || other >= m_list->count() || isLocked(row) || isLocked(other))
        return false;
    // The hands swap; the place numbers stay with the rows.
    QListWidgetItem* a = m_list->item(row);
    QListWidgetItem* b = m_list->item(other);
    for (int role : {int(HandRole), int(BodyRole)}) {
        const QVariant v = a->data(role);
        a->setData(role, b->data(role));
        b->setData(role, v);
    }
    a->setText(tr("%1. %2").arg(row + 1).arg(a->data(BodyRole).toString()));
    b->setText(tr("%1. %2").arg(other + 1).arg(b->data(BodyRole).toString()));
    m_list->setCurrentRow(other);
    updateButtons();
    emit orderChanged();
    return true;
}

void HandOrderList::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0 && !isLocked(row) && !isLocked(row - 1));
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count() && !isLocked(row) && !isLocked(row + 1));
}

} // namespace tontine::ui
