#pragma once
// "Pay out round": the round being collected, its beneficiaries and what each receives (pot
// share less discount and commission), as core's preparePayout works it out for today. When
// the payout cannot be made (e.g. contributions missing under the wait rule) the reasons are
// listed one per line and nothing is paid. "Pay out" runs Book::payout.

#include "core/rotation/payout.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace tontine::ui {

class Session;

class PayoutDialog : public QDialog {
    Q_OBJECT
public:
    PayoutDialog(Session& session, RotationId rotation, QWidget* parent = nullptr);
    int round() const { return m_round; }
    QString details() const;
    // The reasons the payout cannot be made (from the preview or from Book), one per line.
    QString problems() const;
    bool canPay() const;
    const PayoutResult& paidOut() const { return m_result; }

public slots:
    void pay();

private:
    void showProblems(const Problems& problems);
    QString problemLine(const Problem& problem) const;

    Session& m_session;
    RotationId m_rotation;
    int m_round = 0;
    QLabel* m_details;
    QLabel* m_problems;
    QPushButton* m_pay;
    PayoutResult m_result;
};

} // namespace tontine::ui
