#include "ui/dialogs/leave_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/field_problems.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

LeaveDialog::LeaveDialog(Session& session, RotationId rotation, QWidget* parent)
    : QDialog(parent), m_session(session), m_rotation(rotation)
{
    setWindowTitle(tr("A member leaves the rotation"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("leaver"));
    m_member->setAccessibleName(tr("Member who leaves"));
    const MemberNames names = memberNames(session.book().members());
    if (const auto state = session.book().rotation(rotation)) {
        for (MemberId member : rotationMembers(state->spec)) {
            const bool left = std::any_of(state->withdrawals.begin(), state->withdrawals.end(),
                                          [member](const Withdrawal& w) { return w.member == member; });
            if (!left)
                m_member->addItem(memberName(names, member), QVariant::fromValue<qlonglong>(member));
        }
    }
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("leaveDetails"));
    m_details->setWordWrap(true);
    m_problems = FieldProblems::makeLabel(this);
    m_problems->setObjectName(QStringLiteral("leaveProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_leave = buttons->addButton(tr("&Leave the rotation"), QDialogButtonBox::AcceptRole);
    m_leave->setObjectName(QStringLiteral("leave"));
    connect(m_leave, &QPushButton::clicked, this, &LeaveDialog::leave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_member, &QComboBox::currentIndexChanged, this, &LeaveDialog::preview);

    auto* form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 220);
    preview();
}

void LeaveDialog::chooseMember(MemberId member)
{
    m_member->setCurrentIndex(m_member->findData(QVariant::fromValue<qlonglong>(member)));
}

void LeaveDialog::preview()
{
    m_details->clear();
    const auto state = m_session.book().rotation(m_rotation);
    const MemberId member = m_member->currentData().toLongLong();
    if (!state || member <= 0) {
        showProblems({});
        m_leave->setEnabled(false);
        return;
    }
    const Currency& c = state->spec.currency();
    // What Book will do today, worked out by the same engine without writing anything.
    const LeaveResult r = computeLeave(*state, member, m_session.actor().date);
    QStringList lines;
    if (r.problems.empty()) {
        lines << (r.beforeReceiving ? tr("%1 has not received yet: their hand(s) stop paying and receiving.")
                                    : tr("%1 has received: the rest of the cycle is covered by the fund as their debt."))
                     .arg(m_member->currentText().toHtmlEscaped());
        if (r.returnedFromPot + r.returnedPaidOut)
            lines << tr("Given back to them in cash: <b>%1</b>").arg(moneyText(r.returnedFromPot + r.returnedPaidOut, c));
        if (r.kept)
            lines << tr("Kept by the fund: <b>%1</b>").arg(moneyText(r.kept, c));
        if (r.newDebt)
            lines << tr("New debt to the fund: <b>%1</b> (in all %2)").arg(moneyText(r.newDebt, c), moneyText(r.debtAfter, c));
        lines << tr("This cannot be undone.");
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
    showProblems(r.problems);
}

void LeaveDialog::showProblems(const Problems& problems)
{
    m_leave->setEnabled(problems.empty());
    if (problems.empty()) {
        m_problems->setVisible(false);
        return;
    }
    QStringList texts;
    for (const Problem& p : problems)
        texts.append(QStringLiteral("• ") + problemText(p));
    m_problems->setText(tr("This member cannot leave now:") + QLatin1Char('\n') + texts.join(QLatin1Char('\n')));
    m_problems->setVisible(true);
}

QString LeaveDialog::details() const { return m_details->text(); }

QString LeaveDialog::problems() const { return m_problems->isHidden() ? QString() : m_problems->text(); }

void LeaveDialog::leave()
{
    try {
        m_result = m_session.book().leaveRotation(m_rotation, m_member->currentData().toLongLong(), m_session.actor());
    } catch (const ValidationError& e) {
        showProblems(e.problems());
        return;
    } catch (const Error& e) {
        showProblems({Problem{"", "error", {}, e.what()}});
        return;
    }
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
