#include "ui/widgets/meeting_rules_box.h"

#include "ui/app/session.h"
#include "ui/convert.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tontine::ui {

MeetingRulesBox::MeetingRulesBox(Session& session, QWidget* parent)
    : QGroupBox(tr("Meeting rules"), parent), m_session(session)
{
    setObjectName(QStringLiteral("meetingRules"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(new QLabel(tr("Fines by attendance, owed by the member once recorded (0 for none)."), this));
    m_late = addAmountRow(form, tr("Fine for being la&te:"), QStringLiteral("fineLate"));
    m_absent = addAmountRow(form, tr("Fine for being &absent:"), QStringLiteral("fineAbsent"));
    m_excused = addAmountRow(form, tr("Fine for being e&xcused:"), QStringLiteral("fineExcused"));

    m_general = FieldProblems::makeLabel(this);
    m_saved = new QLabel(this);
    auto* saveButton = new QPushButton(tr("Save meeting r&ules"), this);
    saveButton->setObjectName(QStringLiteral("saveMeetingRules"));
    connect(saveButton, &QPushButton::clicked, this, &MeetingRulesBox::save);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(saveButton);
    saveRow->addWidget(m_saved, 1);
    form->addRow(m_general);
    form->addRow(saveRow);

    connect(&m_session, &Session::changed, this, &MeetingRulesBox::reload);
    reload();
}

QLineEdit* MeetingRulesBox::addAmountRow(QFormLayout* form, const QString& caption, const QString& field)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(field);
    edit->setAccessibleName(QString(caption).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    connect(edit, &QLineEdit::returnPressed, this, &MeetingRulesBox::save);
    auto* row = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(edit);
    rowLayout->addWidget(new QLabel(toQt(m_session.currency().symbol), row));
    rowLayout->addStretch();
    row->setFocusProxy(edit);
    auto* label = new QLabel(caption, this);
    label->setBuddy(edit);
    auto* problem = FieldProblems::makeLabel(this);
    form->addRow(label, FieldProblems::wrap(row, problem));
    m_problems.add(field, edit, problem);
    return edit;
}

void MeetingRulesBox::reload()
{
    m_problems.clear();
    m_general->setVisible(false);
    const MeetingRules rules = m_session.book().meetingRules();
    const Currency& c = m_session.currency();
    m_late->setText(plainMoneyText(rules.fineLate, c));
    m_absent->setText(plainMoneyText(rules.fineAbsent, c));
    m_excused->setText(plainMoneyText(rules.fineExcused, c));
}

void MeetingRulesBox::save()
{
    m_problems.clear();
    m_general->setVisible(false);
    m_saved->clear();
    const Currency& c = m_session.currency();
    MeetingRules rules;
    bool typed = true;
    auto read = [&](QLineEdit* edit, const QString& field, std::int64_t& into) {
        const std::optional<std::int64_t> amount = amountFromText(edit->text().isEmpty() ? QStringLiteral("0") : edit->text(), c);
        if (!amount) {
            m_problems.showOne(field, tr("Type an amount, e.g. 500 (0 for no fine)."));
            if (typed)
                edit->setFocus();
            typed = false;
            return;
        }
        into = *amount;
    };
    read(m_late, QStringLiteral("fineLate"), rules.fineLate);
    read(m_absent, QStringLiteral("fineAbsent"), rules.fineAbsent);
    read(m_excused, QStringLiteral("fineExcused"), rules.fineExcused);
    if (!typed)
        return;
    const bool done = m_problems.attempt(m_general, [&] {
        m_session.book().setMeetingRules(rules, m_session.actor());
    });
    if (!done)
        return;
    m_session.notifyChanged();
    m_saved->setText(tr("Meeting rules saved."));
}

} // namespace tontine::ui
