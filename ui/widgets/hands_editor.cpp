#include "ui/widgets/hands_editor.h"

#include "ui/convert.h"

#include <QComboBox>
#include <QFormLayout>
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
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("handMember"));
    m_member->setAccessibleName(tr("Member"));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("handPartner"));
    m_partner->setAccessibleName(tr("Shared with"));
    m_add = new QPushButton(tr("&Add this hand"), this);
    m_add->setObjectName(QStringLiteral("addHand"));
    m_addEach = new QPushButton(tr("One hand for &each member"), this);
    m_addEach->setObjectName(QStringLiteral("addOneHandEach"));
    m_remove = new QPushButton(tr("&Remove the chosen hand"), this);
    m_remove->setObjectName(QStringLiteral("removeHand"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("hands"));
    m_list->setAccessibleName(tr("Hands"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("handCount"));
    m_count->setWordWrap(true);

    connect(m_add, &QPushButton::clicked, this, &HandsEditor::addChosen);
    connect(m_addEach, &QPushButton::clicked, this, &HandsEditor::addOneHandEach);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeHand(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });

    auto* memberCaption = new QLabel(tr("&Member:"), this);
    memberCaption->setBuddy(m_member);
    auto* partnerCaption = new QLabel(tr("&Shared with:"), this);
    partnerCaption->setBuddy(m_partner);
    auto* form = new QFormLayout;
    form->addRow(memberCaption, m_member);
    form->addRow(partnerCaption, m_partner);
    auto* help = new QLabel(tr("A member may hold several hands: add a hand for them again. "
                               "Two members may share one hand: each pays half and they share the pot."),
                            this);
    help->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addEach);
    buttons->addStretch();
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_member);
    refresh();
}

void HandsEditor::setMembers(const std::vector<Member>& members)
{
    m_names = memberNames(members);
    m_member->clear();
    m_partner->clear();
    m_partner->addItem(tr("nobody — a whole hand"), QVariant::fromValue<qlonglong>(0));
    for (const Member& m : members) {
        const QString text = tr("%1 (no. %2)").arg(toQt(m.fullName())).arg(m.id);
        m_member->addItem(text, QVariant::fromValue<qlonglong>(m.id));
        m_partner->addItem(text, QVariant::fromValue<qlonglong>(m.id));
    }
    refresh();
}

void HandsEditor::addChosen()
{
    const MemberId member = m_member->currentData().toLongLong();
    const MemberId partner = m_partner->currentData().toLongLong();
    if (member <= 0)
        return;
    if (partner > 0)
        addHalfHand(member, partner);
    else
        addWholeHand(member);
    m_partner->setCurrentIndex(0);
    // The next member is the likely next hand.
    if (m_member->currentIndex() + 1 < m_member->count())
        m_member->setCurrentIndex(m_member->currentIndex() + 1);
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
    for (int i = 0; i < m_member->count(); ++i)
        m_hands.push_back(Hand{int(m_hands.size()) + 1, {HandShare{m_member->itemData(i).toLongLong(), 2}}});
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
    m_count->setText(tr("%n hand(s) held by %1 member(s).", nullptr, int(m_hands.size())).arg(holders.size()));
    m_addEach->setEnabled(m_member->count() > 0);
    m_add->setEnabled(m_member->count() > 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
    emit handsChanged();
}

} // namespace tontine::ui
