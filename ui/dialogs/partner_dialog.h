#pragma once
// "Partner…": adds or edits a partner mutual, every Partner field — name, the payer name the
// mutual knows the group by, product codes, premium and its basis, period length, payment type,
// contribution category, the insurees file it wants, partial payments, active. The dialog only
// gathers text; Book::savePartner (validatePartner) decides and its problems show per field.

#include "core/premiums/partner.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tontine::ui {

class Session;

class PartnerDialog : public QDialog {
    Q_OBJECT
public:
    // Without `editing` the dialog adds a new partner.
    PartnerDialog(Session& session, std::optional<Partner> editing, QWidget* parent = nullptr);

    // The partner as typed (id of the one edited, 0 for a new one); nullopt with the problem
    // shown when the premium is not an amount.
    std::optional<Partner> partner();
    // The partner saved, once accepted.
    PartnerId partnerId() const { return m_id; }
    // The problem shown next to a field (a Partner member name), empty when none.
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    // Every problem shown, one per line.
    QString problems() const;

public slots:
    void accept() override;

private:
    void fill(const Partner& partner);

    Session& m_session;
    std::optional<Partner> m_editing;
    PartnerId m_id = 0;
    FieldProblems m_problems;
    QLineEdit* m_name;
    QLineEdit* m_payer;
    QLineEdit* m_products;
    QLineEdit* m_premium;
    QComboBox* m_basis;
    QSpinBox* m_period;
    QComboBox* m_paymentType;
    QLineEdit* m_category;
    QComboBox* m_profile;
    QCheckBox* m_partial;
    QCheckBox* m_active;
    QLabel* m_general;
};

} // namespace tontine::ui
