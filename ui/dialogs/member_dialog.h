#pragma once
// Adds or edits one member: every member field, with core's problems shown next to each field.
// The dialog gathers text; Book::addMember/editMember decide what is valid.

#include "core/members/member.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tontine::ui {

class Session;

class MemberDialog : public QDialog {
    Q_OBJECT
public:
    // Without `editing` the dialog adds a new member.
    MemberDialog(Session& session, std::optional<Member> editing, QWidget* parent = nullptr);

    // The member added or edited, once accepted.
    MemberId memberId() const { return m_id; }
    // The problem shown next to a field ("lastName", …), empty when none.
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    MemberInput input() const;

public slots:
    void accept() override;

private:
    QLineEdit* addLine(const QString& field, const QString& label, QWidget* form);
    void fill(const Member& member);
    void householdHeadChosen();

    Session& m_session;
    std::optional<Member> m_editing;
    MemberId m_id = 0;
    FieldProblems m_problems;
    QHash<QString, QLineEdit*> m_lines;
    QComboBox* m_sex = nullptr;
    QComboBox* m_householdHead = nullptr;
    QComboBox* m_relationship = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace tontine::ui
