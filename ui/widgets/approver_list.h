#pragma once
// The committee members who approve a grant or a social loan: active members with a tick box
// each. The beneficiary (or borrower) is shown but cannot be ticked — core refuses a
// self-approval anyway; this only saves the treasurer a refusal. It decides nothing else.

#include "core/members/member.h"

#include <QListWidget>

#include <optional>
#include <vector>

namespace tontine::ui {

class ApproverList : public QListWidget {
    Q_OBJECT
public:
    explicit ApproverList(const std::vector<Member>& activeMembers, QWidget* parent = nullptr);
    // The member who receives: unticked and not tickable (none: every member can be ticked).
    void setExcluded(std::optional<MemberId> member);
    // Ticks exactly these members (a member who cannot be ticked stays unticked).
    void setApprovers(const std::vector<MemberId>& members);
    // The ticked members, in list (member-number) order.
    std::vector<MemberId> approvers() const;
    bool canTick(MemberId member) const;

signals:
    void approversChanged();

private:
    QListWidgetItem* itemOf(MemberId member) const;
};

} // namespace tontine::ui
