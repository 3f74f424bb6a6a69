#pragma once
// "Create…" on the Group guarantees tab: the group stands behind a member's purchase from an
// outside supplier — member, supplier, purpose, amount, until when, and the committee's
// approvals (the member cannot approve). No cash moves. Book::createGuarantee decides; its
// refusals are shown with core's message next to the fields.

#include "core/loans/loan.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tontine::ui {

class ApprovalsBox;
class Session;

class GuaranteeDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuaranteeDialog(Session& session, QWidget* parent = nullptr);

    void chooseMember(MemberId member);
    void setSupplier(const QString& text);
    void setPurpose(const QString& text);
    void setAmountText(const QString& text);
    void setUntil(Date date);
    void setApprovers(const std::vector<MemberId>& members);
    QString problems() const;
    GuaranteeId created() const { return m_created; }

public slots:
    void create();

private:
    void memberChosen();

    Session& m_session;
    FieldProblems m_problems;
    QComboBox* m_member;
    QLineEdit* m_supplier;
    QLineEdit* m_purpose;
    QLineEdit* m_amount;
    QDateEdit* m_until;
    QWidget* m_approvalsHolder;
    ApprovalsBox* m_approvals = nullptr;
    QLabel* m_general;
    GuaranteeId m_created = 0;
};

} // namespace tontine::ui
