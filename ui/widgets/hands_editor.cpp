#include "ui/widgets/hands_editor.h"

#include "ui/convert.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tontine::ui {

HandsEditor::HandsEditor(QWidget* parent) : QWidget(parent)
{
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("handMembers"));
    m_members->setAccessibleName(tr("Members; tick those to add a hand for"));
    m_add = new QPushButton(tr("&Add a hand for each ticked →"), this);
    m_add->setObjectName(QStringLiteral("addHand"));
    m_share = new QPushButton(tr("&Share one hand between the two ticked →"), this);
    m_share->setObjectName(QStringLiteral("shareHand"));
    m_addEach = new QPushButton(tr("One hand for &every member →"), this);
    m_addEach->setObjectName(QStringLiteral("addOneHandEach"));
    m_remove = new QPushButton(tr("&Remove the chosen hand"), this);
    m_remove->setObjectName(QStringLiteral("removeHand"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("hands"));
    m_list->setAccessibleName(tr("Hands"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("handCount"));
    m_count->setWordWrap(true);

    connect(m_add, &QPushButton::clicked, this, &HandsEditor::addTicked);
    connect(m_share, &QPushButton::clicked, this, &HandsEditor::shareTicked);
    connect(m_addEach, &QPushButton::clicked, this, &HandsEditor::addOneHandEach);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeHand(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &HandsEditor::updateButtons);
    connect(m_members, &QListWidget::itemChanged, this, &HandsEditor::updateButtons);

    auto* help = new QLabel(tr("Tick members, then add their hands. A member may hold several hands: add a hand for "
                               "them again. Two members may share one hand: each pays half and they share the pot."),
                            this);
    help->setWordWrap(true);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Members</b>"), this));
    left->addWidget(m_members, 1);
    left->addWidget(m_add);
    left->addWidget(m_share);
    left->addWidget(m_addEach);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Hands of the rotation</b>"), this));
    right->addWidget(m_list, 1);
    right->addWidget(m_count);
    right->addWidget(m_remove, 0, Qt::AlignRight);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(help);
    layout->addLayout(columns, 1);
    setFocusProxy(m_members);
    refresh();
}

void HandsEditor::setMembers(const std::vector<Member>& members)
{
    m_names = memberNames(members);
    QSignalBlocker block(m_members);
    m_members->clear();
    for (const Member& m : members) {
        auto* item = new QListWidgetItem(tr("%1 (no. %2)").arg(toQt(m.fullName())).arg(m.id), m_members);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(m.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    refresh();
}

std::vector<MemberId> HandsEditor::ticked() const
{
    std::vector<MemberId> out;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            out.push_back(m_members->item(i)->data(Qt::UserRole).toLongLong());
    return out;
}

void HandsEditor::untickAll()
{
    QSignalBlocker block(m_members);
    for (int i = 0; i < m_members->count(); ++i)
        m_members->item(i)->setCheckState(Qt::Unchecked);
    updateButtons();
}

void HandsEditor::addTicked()
{
    for (MemberId member : ticked())
        m_hands.push_back(Hand{int(m_hands.size()) + 1, {HandShare{member, 2}}});
    untickAll();
    refresh();
}

void HandsEditor::shareTicked()
{
    const std::vector<MemberId> two = ticked();
    if (two.size() != 2)
        return;
    untickAll();
    addHalfHand(two[0], two[1]);
}

void HandsEditor::updateButtons()
{
    const std::size_t n = ticked().size();
    m_add->setEnabled(n > 0);
    m_share->setEnabled(n == 2);
    m_addEach->setEnabled(m_members->count() > 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void HandsEditor::addWholeHand(MemberId member)
{
    m_hands.push_back(Hand{int(m_hands.size()) + 1, {HandShare{member, 2}}});
    refresh();
}

void HandsEditor::addHalfHand(MemberId first, MemberId second)
{
    // The same member twice is kept as typed: core names the problem.
    m_hands.push_back(Hand{int(m_hands.size()) + 1, {HandShare{first, 1}, HandShare{second, 1}}});
    refresh();
}

void HandsEditor::addOneHandEach()
{
    for (int i = 0; i < m_members->count(); ++i)
        m_hands.push_back(Hand{int(m_hands.size()) + 1, {HandShare{m_members->item(i)->data(Qt::UserRole).toLongLong(), 2}}});
    refresh();
}

void HandsEditor::removeHand(int index)
{
    if (index < 0 || index >= int(m_hands.size()))
        return;
    m_hands.erase(m_hands.begin() + index);
    for (std::size_t i = 0; i < m_hands.size(); ++i)
        m_hands[i].number = int(i) + 1;
    refresh();
    m_list->setCurrentRow(std::min(index, m_list->count() - 1));
}

std::vector<Hand> HandsEditor::hands() const { return m_hands; }

QHash<HandNumber, QString> HandsEditor::handLabels() const
{
    RotationSpec spec;
    spec.hands = m_hands;
    QHash<HandNumber, QString> labels;
    for (const Hand& hand : m_hands)
        labels.insert(hand.number, handText(spec, hand.number, m_names));
    return labels;
}

void HandsEditor::refresh()
{
    m_list->clear();
    const auto labels = handLabels();
    for (const Hand& hand : m_hands)
        m_list->addItem(labels.value(hand.number));
    std::set<MemberId> holders;
    for (const Hand& hand : m_hands)
        for (const HandShare& share : hand.holders)
            holders.insert(share.member);
    const int hands = int(m_hands.size());
    const int members = int(holders.size());
    m_count->setText((hands == 1 ? tr("1 hand") : tr("%1 hands").arg(hands)) + QLatin1Char(' ')
                     + (members == 1 ? tr("held by 1 member.") : tr("held by %1 members.").arg(members)));
    updateButtons();
    emit handsChanged();
}

} // namespace tontine::ui
