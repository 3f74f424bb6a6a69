#pragma once
// The hands of a new rotation: tick members, then add a whole hand for each (again for
// several hands), or share one hand between the two ticked; remove a hand. Hands are numbered 1..N in the order
// added. It only collects the hands; whether they make a valid rotation is core's call.

#include "core/rotation/rotation_spec.h"
#include "ui/rotation_labels.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace tontine::ui {

class HandsEditor : public QWidget {
    Q_OBJECT
public:
    explicit HandsEditor(QWidget* parent = nullptr);
    // The members who can hold a hand (active members), in the order offered.
    void setMembers(const std::vector<Member>& members);
    void addWholeHand(MemberId member);
    void addHalfHand(MemberId first, MemberId second);
    // One whole hand for every member offered (the usual start).
    void addOneHandEach();
    void removeHand(int index);
    std::vector<Hand> hands() const;
    // "Hand n: holder(s)" by hand number, for the order list.
    QHash<HandNumber, QString> handLabels() const;

signals:
    void handsChanged();

private:
    std::vector<MemberId> ticked() const;
    void addTicked();
    void shareTicked();
    void untickAll();
    void updateButtons();
    void refresh();

    std::vector<Hand> m_hands;
    MemberNames m_names;
    QListWidget* m_members;
    QPushButton* m_add;
    QPushButton* m_share;
    QPushButton* m_addEach;
    QPushButton* m_remove;
    QListWidget* m_list;
    QLabel* m_count;
};

} // namespace tontine::ui
