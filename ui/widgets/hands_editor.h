#pragma once
// The hands of a new rotation: add a whole hand for a member (again for several hands), or
// a half hand shared by two members; remove a hand. Hands are numbered 1..N in the order
// added. It only collects the hands; whether they make a valid rotation is core's call.

#include "core/rotation/rotation_spec.h"
#include "ui/rotation_labels.h"

#include <QWidget>

#include <vector>

class QComboBox;
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
    void addChosen();
    void refresh();

    std::vector<Hand> m_hands;
    MemberNames m_names;
    QComboBox* m_member;
    QComboBox* m_partner;
    QPushButton* m_add;
    QPushButton* m_addEach;
    QPushButton* m_remove;
    QListWidget* m_list;
    QLabel* m_count;
};

} // namespace tontine::ui
