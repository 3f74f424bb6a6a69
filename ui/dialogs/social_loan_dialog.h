#pragma once
// "Social loan…": lends interest-free from the social fund at the open meeting — borrower,
// amount, due date, the committee members who approved it (the borrower cannot be ticked) and
// a note. Book::lendSocial decides; its refusals are shown with core's message.

#include "core/meetings/meeting.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class ApproverList;
class Session;

class SocialLoanDialog : public QDialog {
    Q_OBJECT
public:
    explicit SocialLoanDialog(Session& session, QWidget* parent = nullptr);

    void chooseBorrower(MemberId member);
    void setAmountText(const QString& text);
    void setDueOn(Date date);
    void setApprovers(const std::vector<MemberId>& members);
    void setNote(const QString& note);
    QString limitsText() const;
    // Every problem shown (next to fields and below), one per line; empty when none.
    QString problems() const;
    // The due the borrower repays, once accepted.
    DueId loanDue() const { return m_due; }

public slots:
    void lend();

private:
    void borrowerChosen();

    Session& m_session;
    FieldProblems m_problems;
    QComboBox* m_borrower;
    QLineEdit* m_amount;
    QDateEdit* m_dueOn;
    ApproverList* m_approvers;
    QLabel* m_unticked;
    QLineEdit* m_note;
    QLabel* m_limits;
    QLabel* m_general;
    QPushButton* m_lend;
    DueId m_due = 0;
};

} // namespace tontine::ui
