#include "ui/widgets/approver_list.h"

#include "ui/convert.h"

#include <algorithm>

namespace tontine::ui {

namespace {
constexpr int NameRole = Qt::UserRole + 1;
}

ApproverList::ApproverList(const std::vector<Member>& activeMembers, QWidget* parent) : QListWidget(parent)
{
    setAccessibleName(tr("Approved by"));
    for (const Member& m : activeMembers) {
        const QString name = QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName()));
        auto* item = new QListWidgetItem(name, this);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(m.id));
        item->setData(NameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Space (or a click) ticks the current member.
    connect(this, &QListWidget::itemChanged, this, [this] { emit approversChanged(); });
    // A handful of rows visible; the list scrolls for a big group.
    setMaximumHeight(fontMetrics().height() * 9);
}

QListWidgetItem* ApproverList::itemOf(MemberId member) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(Qt::UserRole).toLongLong() == member)
            return item(row);
    return nullptr;
}

void ApproverList::setExcluded(std::optional<MemberId> member)
{
    {
        // One approversChanged for the whole change, not one per item.
        const QSignalBlocker block(this);
        for (int row = 0; row < count(); ++row) {
            QListWidgetItem* it = item(row);
            const bool excluded = member && it->data(Qt::UserRole).toLongLong() == *member;
            const QString name = it->data(NameRole).toString();
            if (excluded) {
                it->setCheckState(Qt::Unchecked);
                it->setFlags(Qt::NoItemFlags);
                it->setText(tr("%1 (receives it: cannot approve)").arg(name));
                it->setToolTip(tr("Nobody approves their own grant or loan."));
            } else {
                it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                it->setText(name);
                it->setToolTip(QString());
            }
        }
    }
    emit approversChanged();
}

void ApproverList::setApprovers(const std::vector<MemberId>& members)
{
    {
        const QSignalBlocker block(this);
        for (int row = 0; row < count(); ++row) {
            QListWidgetItem* it = item(row);
            const MemberId id = it->data(Qt::UserRole).toLongLong();
            const bool wanted = std::find(members.begin(), members.end(), id) != members.end();
            it->setCheckState(wanted && canTick(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    emit approversChanged();
}

std::vector<MemberId> ApproverList::approvers() const
{
    std::vector<MemberId> out;
    for (int row = 0; row < count(); ++row)
        if (item(row)->checkState() == Qt::Checked)
            out.push_back(item(row)->data(Qt::UserRole).toLongLong());
    return out;
}

bool ApproverList::canTick(MemberId member) const
{
    const QListWidgetItem* it = itemOf(member);
    return it && (it->flags() & Qt::ItemIsUserCheckable);
}

} // namespace tontine::ui
