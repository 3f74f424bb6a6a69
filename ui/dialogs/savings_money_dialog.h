#pragma once
// Money into or out of a member's savings outside the share purchases of the meeting sheet:
// the opening savings of the savings start (shares and amount, once per member), a voluntary
// saving, or a withdrawal (showing what the member may take out: saved − pledged − owed).
// Book decides (recordOpeningShares, saveVoluntary, withdrawSavings); its problems are shown
// next to the fields and nothing is written.

#include "core/savings/savings_record.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tontine::ui {

class Session;

class SavingsMoneyDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Opening, Voluntary, Withdraw };
    SavingsMoneyDialog(Session& session, const SavingsCycle& cycle, Mode mode, QWidget* parent = nullptr);

    void chooseMember(MemberId member);
    MemberId member() const;
    std::int64_t amount() const { return m_amountRecorded; } // what was recorded, once accepted
    QString details() const;
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    QString generalProblem() const;

public slots:
    void accept() override;

private:
    void growToFit();
    void showMember();
    void followShares();

    Session& m_session;
    SavingsCycle m_cycle;
    Mode m_mode;
    std::vector<MemberSavings> m_balances;
    FieldProblems m_problems;
    bool m_amountEdited = false; // once typed by hand, the amount no longer follows the shares
    std::int64_t m_amountRecorded = 0;
    QComboBox* m_member;
    QSpinBox* m_shares = nullptr; // opening only
    QLineEdit* m_amount;
    QLabel* m_details;
    QLabel* m_general;
};

} // namespace tontine::ui
