#pragma once
// "Edit rules…" of the social fund: the contribution per member per meeting, the approvals a
// grant or loan needs, whether social loans are allowed (and their maximum) and the event
// table (no grant, a fixed grant or a ceiling per event). Book::setSocialRules validates;
// its problems are shown next to the fields.

#include "core/social/social_rules.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tontine::ui {

class Session;

class SocialRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit SocialRulesDialog(Session& session, QWidget* parent = nullptr);

    QString problemFor(const QString& field) const { return m_problems.textOf(field); }
    QString generalProblem() const;
    // The rules as typed; nullopt (with the problem shown) when an amount cannot be read.
    std::optional<SocialRules> typedRules();
    // For tests and keyboard users: fill one event's row (kind 0 none, 1 fixed, 2 ceiling).
    void setEvent(SocialEvent event, int kind, const QString& amount);
    void setContribution(const QString& amount);
    void setApprovals(int count);
    void setLoans(bool allowed, const QString& max);

public slots:
    void accept() override;

private:
    struct EventRow {
        QComboBox* kind = nullptr;
        QLineEdit* amount = nullptr;
    };
    QLineEdit* amountEdit(const QString& name);
    void updateEnabled();

    Session& m_session;
    FieldProblems m_problems;
    QLineEdit* m_contribution;
    QSpinBox* m_approvals;
    QCheckBox* m_loans;
    QLineEdit* m_loanMax;
    std::map<SocialEvent, EventRow> m_events;
    QLabel* m_general;
};

} // namespace tontine::ui
