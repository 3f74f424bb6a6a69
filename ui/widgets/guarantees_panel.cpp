#include "ui/widgets/guarantees_panel.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/call_guarantee_dialog.h"
#include "ui/dialogs/guarantee_dialog.h"
#include "ui/loan_labels.h"
#include "ui/models/guarantees_model.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/read_only_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

GuaranteesPanel::GuaranteesPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new GuaranteesModel(this))
{
    m_create = new QPushButton(tr("C&reate…"), this);
    m_create->setObjectName(QStringLiteral("createGuarantee"));
    m_create->setToolTip(tr("The group stands behind a member's purchase from a supplier, approved by the committee."));
    m_release = new QPushButton(tr("Re&lease"), this);
    m_release->setObjectName(QStringLiteral("releaseGuarantee"));
    m_call = new QPushButton(tr("C&all…"), this);
    m_call->setObjectName(QStringLiteral("callGuarantee"));
    connect(m_create, &QPushButton::clicked, this, &GuaranteesPanel::create);
    connect(m_release, &QPushButton::clicked, this, &GuaranteesPanel::release);
    connect(m_call, &QPushButton::clicked, this, &GuaranteesPanel::call);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_release);
    actions->addWidget(m_call);
    actions->addStretch();

    m_view = makeReadOnlyTable(m_model, QStringLiteral("guaranteesTable"), tr("Group guarantees"), this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GuaranteesPanel::updateActions);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
}

void GuaranteesPanel::reload()
{
    const GuaranteeId keep = currentGuarantee();
    std::vector<GroupGuarantee> all = m_session.book().guarantees();
    m_model->setGuarantees(std::move(all), m_session.actor().date, memberNames(m_session.book().members()),
                           m_session.currency());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(GuaranteesModel::Purpose, QHeaderView::Stretch);
    if (keep)
        selectGuarantee(keep);
    if (currentGuarantee() == 0 && m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateActions();
}

void GuaranteesPanel::selectGuarantee(GuaranteeId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

GuaranteeId GuaranteesPanel::currentGuarantee() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const GroupGuarantee* g = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    return g ? g->id : 0;
}

void GuaranteesPanel::updateActions()
{
    const GroupGuarantee* g = m_model->rowAt(m_model->rowOf(currentGuarantee()));
    const bool open = g && g->status == GuaranteeStatus::Open;
    const bool meeting = m_session.book().currentMeeting().has_value();
    m_release->setEnabled(open);
    m_release->setToolTip(!g ? tr("Choose a guarantee in the list first.")
                          : !open ? tr("Only an open guarantee can be released.")
                                  : tr("The purchase was paid: the group's commitment ends."));
    m_call->setEnabled(open && meeting);
    m_call->setToolTip(!g ? tr("Choose a guarantee in the list first.")
                       : !open ? tr("Only an open guarantee can be called.")
                       : !meeting ? tr("Open a meeting first (Meetings page): the supplier is paid at the open meeting.")
                                  : tr("The member did not pay the supplier: the group pays, and it becomes a loan."));
}

void GuaranteesPanel::create()
{
    GuaranteeDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectGuarantee(dialog.created());
    emit status(tr("Group guarantee #%1 created; no money moved.").arg(dialog.created()), false);
}

QString GuaranteesPanel::releaseConfirmationText() const
{
    const GroupGuarantee* g = m_model->rowAt(m_model->rowOf(currentGuarantee()));
    if (!g)
        return {};
    return tr("Release guarantee #%1 of %2 at %3 (%4)? The group no longer stands behind this purchase.")
        .arg(g->id)
        .arg(memberName(memberNames(m_session.book().members()), g->member), toQt(g->supplier),
             moneyText(g->amount, m_session.currency()));
}

void GuaranteesPanel::release()
{
    const GuaranteeId id = currentGuarantee();
    if (!id)
        return;
    QMessageBox box(QMessageBox::Question, tr("Release the guarantee"), releaseConfirmationText(),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("&Release"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    try {
        m_session.book().releaseGuarantee(id, m_session.actor());
    } catch (const ValidationError& e) {
        emit status(problemLines(e.problems()), true);
        return;
    } catch (const Error& e) {
        emit status(toQt(std::string(e.what())), true);
        return;
    }
    m_session.notifyChanged();
    emit status(tr("Group guarantee #%1 released.").arg(id), false);
}

void GuaranteesPanel::call()
{
    const GroupGuarantee* g = m_model->rowAt(m_model->rowOf(currentGuarantee()));
    if (!g)
        return;
    CallGuaranteeDialog dialog(m_session, *g, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit status(tr("The guarantee was called: the supplier was paid and loan %1 was made.").arg(loanNumberText(dialog.loan())),
                false);
}

} // namespace tontine::ui
