#pragma once
// "Remit…": passes premiums held for a partner mutual on to it (cash out of the premiums held),
// with the receipt number the mutual gave and a note. The amount is pre-filled with all that is
// held. Book::remitPremiums decides (not more than held, a receipt already used) and its
// problems show next to the fields.

#include "core/premiums/premium.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class Session;

class RemitDialog : public QDialog {
    Q_OBJECT
public:
    RemitDialog(Session& session, PartnerId partner, QWidget* parent = nullptr);

    void setAmountText(const QString& text);
    QString amountText() const;
    void setReceipt(const QString& receipt);
    void setNote(const QString& note);
    QString heldText() const;
    // Every problem shown, one per line; empty when none.
    QString problems() const;
    RemittanceId recorded() const { return m_recorded; }

public slots:
    void record();

private:
    Session& m_session;
    Partner m_partner;
    FieldProblems m_problems;
    QLabel* m_held;
    QLineEdit* m_amount;
    QLineEdit* m_receipt;
    QLineEdit* m_note;
    QLabel* m_general;
    QPushButton* m_record;
    RemittanceId m_recorded = 0;
};

} // namespace tontine::ui
