#pragma once
// "Grant…": pays a grant from the social fund at the open meeting — the event (with its rule:
// a fixed amount or a ceiling, pre-filled), the beneficiary, the amount, the committee members
// who approved it (the beneficiary cannot be ticked) and a note. Book::recordGrant decides;
// a refusal (fund short, approvals missing, over the ceiling) is shown with core's message.

#include "core/social/social_grant.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class ApproverList;
class Session;

class GrantDialog : public QDialog {
    Q_OBJECT
public:
    explicit GrantDialog(Session& session, QWidget* parent = nullptr);

    void chooseEvent(SocialEvent event);
    void chooseBeneficiary(MemberId member);
    void setAmountText(const QString& text);
    QString amountText() const;
    void setApprovers(const std::vector<MemberId>& members);
    void setNote(const QString& note);
    ApproverList* approverList() const { return m_approvers; }
    // The rule of the chosen event and the approvals line, as shown.
    QString ruleText() const;
    QString approvalsText() const;
    // Every problem shown (next to fields and below), one per line; empty when none.
    QString problems() const;
    bool canRecord() const;
    // The grant recorded, once accepted.
    const SocialGrant& recorded() const { return m_grant; }

public slots:
    void record();

private:
    void eventChosen();
    void beneficiaryChosen();
    void updateApprovals();

    Session& m_session;
    FieldProblems m_problems;
    QComboBox* m_event;
    QComboBox* m_beneficiary;
    QLineEdit* m_amount;
    QLabel* m_rule;
    ApproverList* m_approvers;
    QLabel* m_approvalsLine;
    QLabel* m_unticked;
    QLineEdit* m_note;
    QLabel* m_fund;
    QLabel* m_general;
    QPushButton* m_record;
    SocialGrant m_grant;
};

} // namespace tontine::ui
