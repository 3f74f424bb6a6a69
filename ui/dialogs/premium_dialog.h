#pragma once
// "Record premium…": a member (or anyone of their household) pays a premium to a partner mutual
// at the open meeting. Shows the household the premium covers, the period it goes towards and
// its price; the amount is pre-filled with what that period still needs. Book::payPremium
// decides (price, partial payments, a receipt number already used) and its problems show
// next to the fields. Without an open meeting it says so and records nothing.

#include "core/premiums/premium.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class Session;

class PremiumDialog : public QDialog {
    Q_OBJECT
public:
    PremiumDialog(Session& session, PartnerId partner, QWidget* parent = nullptr);

    void chooseMember(MemberId member);
    void setAmountText(const QString& text);
    QString amountText() const;
    void setReceipt(const QString& receipt);
    void chooseProduct(const QString& code);
    // The household and period lines, as shown.
    QString householdText() const;
    QString periodText() const;
    bool canRecord() const;
    // Every problem shown (next to fields and below), one per line; empty when none.
    QString problems() const;
    // The payment recorded, once accepted.
    PremiumId recorded() const { return m_recorded; }

public slots:
    void record();

private:
    void memberChosen();

    Session& m_session;
    Partner m_partner;
    FieldProblems m_problems;
    QComboBox* m_member;
    QLabel* m_household;
    QLabel* m_period;
    QLineEdit* m_amount;
    QLineEdit* m_receipt;
    QComboBox* m_product;
    QLabel* m_meeting;
    QLabel* m_general;
    QPushButton* m_record;
    PremiumId m_recorded = 0;
};

} // namespace tontine::ui
