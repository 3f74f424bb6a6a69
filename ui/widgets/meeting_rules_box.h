#pragma once
// The "Meeting rules" group of the Settings page: the fines for being late, absent or excused,
// typed as amounts and saved with Book::setMeetingRules. Core validates; this shows its problems.

#include "ui/widgets/field_problems.h"

#include <QGroupBox>

class QFormLayout;
class QLineEdit;

namespace tontine::ui {

class Session;

class MeetingRulesBox : public QGroupBox {
    Q_OBJECT
public:
    explicit MeetingRulesBox(Session& session, QWidget* parent = nullptr);
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }

public slots:
    void reload();
    void save();

private:
    QLineEdit* addAmountRow(QFormLayout* form, const QString& caption, const QString& field);

    Session& m_session;
    FieldProblems m_problems;
    QLineEdit* m_late;
    QLineEdit* m_absent;
    QLineEdit* m_excused;
    QLabel* m_general;
    QLabel* m_saved;
};

} // namespace tontine::ui
