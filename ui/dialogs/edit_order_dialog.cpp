#include "ui/dialogs/edit_order_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/field_problems.h"
#include "ui/widgets/hand_order_list.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace tontine::ui {

EditOrderDialog::EditOrderDialog(Session& session, RotationId rotation, QWidget* parent)
    : QDialog(parent), m_session(session), m_rotation(rotation)
{
    m_order = new HandOrderList(this);
    m_problem = FieldProblems::makeLabel(this);
    m_problem->setObjectName(QStringLiteral("orderProblem"));
    auto* intro = new QLabel(tr("First to receive at the top. Hands that have received keep their place."), this);
    intro->setWordWrap(true);
    const auto state = session.book().rotation(rotation);
    if (state) {
        setWindowTitle(tr("Order of %1").arg(toQt(state->spec.name)));
        const MemberNames names = memberNames(session.book().members());
        QHash<HandNumber, QString> labels;
        std::set<HandNumber> locked;
        for (const Hand& hand : state->spec.hands) {
            labels.insert(hand.number, handText(state->spec, hand.number, names));
            if (handReceived(*state, hand.number))
                locked.insert(hand.number);
        }
        m_order->setOrder(state->spec.fixedOrder, labels, locked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditOrderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_order, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 480);
}

QString EditOrderDialog::problem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void EditOrderDialog::save()
{
    m_problem->setVisible(false);
    try {
        m_session.book().editFixedOrder(m_rotation, m_order->order(), m_session.actor());
    } catch (const ValidationError& e) {
        m_problem->setText(QStringLiteral("⚠ ") + problemLines(e.problems()));
        m_problem->setVisible(true);
        return;
    } catch (const Error& e) {
        m_problem->setText(QStringLiteral("⚠ ") + toQt(std::string(e.what())));
        m_problem->setVisible(true);
        return;
    }
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
