#include "ui/pages/rotations_page.h"

#include "core/rotation/cycle_end.h"
#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/bid_dialog.h"
#include "ui/dialogs/draw_dialog.h"
#include "ui/dialogs/edit_order_dialog.h"
#include "ui/dialogs/leave_dialog.h"
#include "ui/dialogs/payout_dialog.h"
#include "ui/dialogs/rotation_wizard.h"
#include "ui/labels.h"
#include "ui/models/rotation_arrears_model.h"
#include "ui/models/rotation_plan_model.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/read_only_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
QWidget* titled(const QString& title, QLabel* titleLabel, QWidget* body, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    titleLabel->setText(title);
    layout->addWidget(titleLabel);
    layout->addWidget(body, 1);
    return box;
}
} // namespace

RotationsPage::RotationsPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_plan(new RotationPlanModel(this)), m_arrears(new RotationArrearsModel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Rotations")), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("rotationsList"));
    m_list->setAccessibleName(tr("Rotations"));
    auto* create = new QPushButton(tr("&New rotation…"), this);
    create->setObjectName(QStringLiteral("newRotation"));
    connect(create, &QPushButton::clicked, this, &RotationsPage::newRotation);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(create);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rotationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_actions = new QWidget(this);
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_editOrder = addActionButton(QStringLiteral("editOrder"), tr("Edit &order…"), &RotationsPage::editOrder);
    m_showDraw = addActionButton(QStringLiteral("showDraw"), tr("Show the &draw…"), &RotationsPage::showDraw);
    m_bids = addActionButton(QStringLiteral("enterBids"), tr("Enter &bids…"), &RotationsPage::enterBids);
    m_payout = addActionButton(QStringLiteral("payOut"), tr("&Pay out the round…"), &RotationsPage::payOut);
    m_leave = addActionButton(QStringLiteral("memberLeaves"), tr("Member &leaves…"), &RotationsPage::memberLeaves);
    m_reserve = addActionButton(QStringLiteral("shareReserve"), tr("Share the &reserve…"), &RotationsPage::shareReserve);
    actions->addStretch();
    m_meetingHint = new QLabel(tr("Money is recorded in the open meeting: open one on the Meetings page "
                                  "to pay out, take bids or record a leaver."),
                               this);
    m_meetingHint->setObjectName(QStringLiteral("meetingHint"));
    m_meetingHint->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rotationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    m_planView = makeReadOnlyTable(m_plan, QStringLiteral("planTable"), tr("Cycle plan"), this);
    m_arrearsView = makeReadOnlyTable(m_arrears, QStringLiteral("arrearsTable"), tr("Arrears per member"), this);
    m_arrearsTitle = new QLabel(this);
    auto* tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(titled(QStringLiteral("<b>%1</b>").arg(tr("Cycle plan")), new QLabel(this), m_planView, tables));
    tables->addWidget(titled(QString(), m_arrearsTitle, m_arrearsView, tables));
    tables->setChildrenCollapsible(false);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_actions);
    rightLayout->addWidget(m_meetingHint);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(tables, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // Wide enough for a rotation's usual name ("Tontine des commerçantes") without scrolling.
    split->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        setStatus(QString()); // the last action's line belongs to the rotation it was about
        showSelected();
    });
    connect(&m_session, &Session::changed, this, &RotationsPage::reload);
    reload();
}

QPushButton* RotationsPage::addActionButton(const QString& name, const QString& text, void (RotationsPage::*slot)())
{
    auto* button = new QPushButton(text, m_actions);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, slot);
    m_actions->layout()->addWidget(button);
    return button;
}

RotationId RotationsPage::currentRotation() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RotationsPage::selectRotation(RotationId id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(row);
}

QString RotationsPage::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void RotationsPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void RotationsPage::reload()
{
    const RotationId keep = currentRotation();
    {
        QSignalBlocker block(m_list);
        m_list->clear();
        for (const RotationSpec& spec : m_session.book().rotations()) {
            auto* item = new QListWidgetItem(toQt(spec.name), m_list);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(spec.id));
            item->setToolTip(tr("%1 · %2 per hand").arg(orderMethodLabel(spec.order), moneyText(spec.contributionPerHand, spec.currency())));
        }
    }
    if (keep)
        selectRotation(keep);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void RotationsPage::showSelected()
{
    const auto state = currentRotation() ? m_session.book().rotation(currentRotation()) : std::nullopt;
    if (!state) {
        m_summary->setText(tr("No rotation yet. A rotation (tour) has every hand pay the same amount each round "
                              "and one hand receive the pot. Create one with <b>New rotation…</b>."));
        m_plan->clear();
        m_arrears->clear();
        m_arrearsTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Arrears per member")));
        updateActions();
        return;
    }
    const MemberNames names = memberNames(m_session.book().members());
    const Date today = m_session.actor().date;
    m_summary->setText(rotationSummaryHtml(state->spec));
    m_plan->setPlan(m_session.book().plan(state->spec.id), state->spec, names);
    m_arrears->setRows(arrearsRows(*state, today, names), state->spec.currency());
    m_arrearsTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Arrears per member on %1").arg(dateText(today))));
    // The beneficiaries' names take the spare width; amounts stay next to each other.
    m_planView->resizeColumnsToContents();
    m_planView->horizontalHeader()->setSectionResizeMode(RotationPlanModel::Beneficiaries, QHeaderView::Stretch);
    m_arrearsView->resizeColumnsToContents();
    if (m_plan->collectingRow() >= 0)
        m_planView->scrollTo(m_plan->index(m_plan->collectingRow(), 0));
    updateActions();
}

void RotationsPage::updateActions()
{
    const auto state = currentRotation() ? m_session.book().rotation(currentRotation()) : std::nullopt;
    const bool meeting = m_session.book().currentMeeting().has_value();
    // 0 when the cycle is complete (or nothing is chosen).
    const int round = state ? collectingRound(*state).value_or(0) : 0;
    const OrderMethod method = state ? state->spec.order : OrderMethod::Fixed;
    const bool atEnd = state && method == OrderMethod::Auction && state->spec.discountRule == DiscountRule::SharedAtEnd;
    m_actions->setVisible(state.has_value());
    m_editOrder->setVisible(method == OrderMethod::Fixed);
    m_showDraw->setVisible(method == OrderMethod::Draw);
    m_bids->setVisible(method == OrderMethod::Auction);
    m_reserve->setVisible(atEnd);
    m_meetingHint->setVisible(state.has_value() && !meeting);

    const QString needMeeting = tr("Open a meeting first (Meetings page): money is recorded in the open meeting.");
    auto set = [&](QPushButton* button, bool possible, const QString& why, bool money, const QString& what) {
        button->setEnabled(possible && (!money || meeting));
        button->setToolTip(!possible ? why : (money && !meeting ? needMeeting : what));
    };
    const bool decided = state && round && state->outcome(round) != nullptr;
    set(m_editOrder, round > 0, tr("The cycle is complete."), false,
        tr("Change the agreed order; hands that have received keep their place."));
    set(m_showDraw, state.has_value(), QString(), false, tr("Every pick of the draw with its seed, to check by hand."));
    set(m_bids, round && !decided, round ? tr("Round %1 is already decided.").arg(round) : tr("The cycle is complete."),
        true, tr("Type the discount each member bids for the round being collected."));
    set(m_payout, round > 0, tr("The cycle is complete."), true, tr("Pay the pot of round %1 to its beneficiary.").arg(round));
    set(m_leave, round > 0, tr("The cycle is complete."), true, tr("A member leaves the rotation before the cycle ends."));
    const bool shareable = atEnd && !round && !state->reserveShared;
    set(m_reserve, shareable, state && state->reserveShared ? tr("The reserve was already shared.") : tr("Every round must be paid out first."),
        true, tr("Share the discounts kept in the reserve among the members."));
}

void RotationsPage::newRotation()
{
    RotationWizard wizard(m_session, this);
    if (wizard.exec() == QDialog::Accepted && wizard.createdId()) {
        reload();
        selectRotation(wizard.createdId());
        setStatus(tr("Rotation created."));
    }
}

void RotationsPage::editOrder()
{
    if (!currentRotation())
        return;
    EditOrderDialog dialog(m_session, currentRotation(), this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("The order was saved."));
}

void RotationsPage::showDraw()
{
    if (currentRotation())
        DrawDialog(m_session, currentRotation(), this).exec();
}

void RotationsPage::enterBids()
{
    if (!currentRotation())
        return;
    BidDialog dialog(m_session, currentRotation(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto state = m_session.book().rotation(currentRotation());
    const RoundOutcome& o = dialog.decided().outcome;
    QStringList winners;
    for (std::size_t i = 0; i < o.beneficiaries.size(); ++i)
        winners.append(tr("%1 with a discount of %2")
                           .arg(handText(state->spec, o.beneficiaries[i], memberNames(m_session.book().members())),
                                moneyText(i < o.discounts.size() ? o.discounts[i] : 0, state->spec.currency())));
    setStatus(tr("Round %1 decided: %2.").arg(o.round).arg(winners.join(QStringLiteral("; "))));
}

void RotationsPage::payOut()
{
    if (!currentRotation())
        return;
    PayoutDialog dialog(m_session, currentRotation(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto state = m_session.book().rotation(currentRotation());
    std::int64_t paid = 0;
    for (const BeneficiaryPayout& b : dialog.paidOut().beneficiaries)
        paid += b.money.payout;
    setStatus(tr("Round %1 paid out: %2 handed over.").arg(dialog.round()).arg(moneyText(paid, state->spec.currency())));
}

void RotationsPage::memberLeaves()
{
    if (!currentRotation())
        return;
    LeaveDialog dialog(m_session, currentRotation(), this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("%1 left the rotation.").arg(memberName(memberNames(m_session.book().members()), dialog.leaving().member)));
}

void RotationsPage::shareReserve()
{
    const auto state = currentRotation() ? m_session.book().rotation(currentRotation()) : std::nullopt;
    if (!state)
        return;
    const Currency& c = state->spec.currency();
    if (QMessageBox::question(this, tr("Share the reserve"),
                              tr("Share the %1 of discounts kept in the reserve among the members, by their hands?")
                                  .arg(moneyText(reserveBalance(*state), c)))
        != QMessageBox::Yes)
        return;
    try {
        const ReserveShareResult r = m_session.book().shareReserve(state->spec.id, m_session.actor());
        m_session.notifyChanged();
        setStatus(tr("The reserve of %1 was shared among %2 member(s).").arg(moneyText(r.reserve, c)).arg(r.shares.size()));
    } catch (const ValidationError& e) {
        setStatus(problemLines(e.problems()), true);
    } catch (const Error& e) {
        setStatus(toQt(std::string(e.what())), true);
    }
}

} // namespace tontine::ui
