#include "ui/pages/shareout_page.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/print_document_dialog.h"
#include "ui/print/report_documents.h"
#include "ui/labels.h"
#include "ui/models/share_out_model.h"
#include "ui/rotation_labels.h"
#include "ui/savings_labels.h"
#include "ui/social_labels.h"
#include "ui/widgets/field_problems.h"
#include "ui/widgets/read_only_table.h"
#include "ui/widgets/share_out_figures.h"
#include "ui/widgets/share_out_options_form.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

ShareOutPage::ShareOutPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ShareOutModel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Share-out")), this);
    m_cycle = new QComboBox(this);
    m_cycle->setObjectName(QStringLiteral("cycle"));
    m_cycle->setAccessibleName(tr("Savings cycle"));
    m_cycle->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* cycleLabel = new QLabel(tr("C&ycle:"), this);
    cycleLabel->setBuddy(m_cycle);
    m_cycleInfo = new QLabel(this);
    m_cycleInfo->setObjectName(QStringLiteral("cycleInfo"));
    m_cycleInfo->setWordWrap(true);
    auto* cycleRow = new QHBoxLayout;
    cycleRow->addWidget(cycleLabel);
    cycleRow->addWidget(m_cycle);
    cycleRow->addWidget(m_cycleInfo, 1);

    // The choices the group makes, left; where the amount comes from, right.
    m_options = new ShareOutOptionsForm(session.currency(), this);

    m_figures = new ShareOutFigures(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_options, 2);
    top->addWidget(m_figures, 3);

    m_table = makeReadOnlyTable(m_model, QStringLiteral("shareOutTable"), tr("Share-out per member"), this);
    // Only the reinvested column is editable (the model says which); typing starts editing.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);

    m_rounding = new QLabel(this);
    m_rounding->setObjectName(QStringLiteral("roundingNote"));
    m_rounding->setWordWrap(true);
    m_rounding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = FieldProblems::makeLabel(this);
    m_problems->setObjectName(QStringLiteral("shareOutProblems"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meetingHint = new QLabel(tr("Open a meeting first (Meetings page): the share-out is paid at the open meeting."), this);
    m_meetingHint->setObjectName(QStringLiteral("meetingHint"));
    m_meetingHint->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shareOutStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_commit = new QPushButton(tr("&Commit share-out…"), this);
    m_commit->setObjectName(QStringLiteral("commit"));
    connect(m_commit, &QPushButton::clicked, this, &ShareOutPage::commit);
    m_print = new QPushButton(tr("Pri&nt…"), this);
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setToolTip(tr("Preview, print or save the share-out shown as PDF, to hand out at the meeting."));
    connect(m_print, &QPushButton::clicked, this, &ShareOutPage::print);
    auto* bottom = new QHBoxLayout;
    auto* notes = new QVBoxLayout;
    notes->addWidget(m_rounding);
    notes->addWidget(m_problems);
    notes->addWidget(m_meetingHint);
    notes->addWidget(m_status);
    bottom->addLayout(notes, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_commit);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    bottom->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(cycleRow);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_cycle, &QComboBox::currentIndexChanged, this, [this] {
        m_reinvest.clear(); // reinvested parts belong to the cycle they were typed for
        setStatus(QString());
        showCycle();
    });
    connect(m_options, &ShareOutOptionsForm::changed, this, &ShareOutPage::preview);
    connect(m_model, &ShareOutModel::reinvestEdited, this, [this](MemberId member, std::int64_t amount) {
        if (amount == 0)
            m_reinvest.erase(member);
        else
            m_reinvest[member] = amount;
        // Previewed after the editor closed, not inside the model's setData.
        QMetaObject::invokeMethod(this, &ShareOutPage::preview, Qt::QueuedConnection);
    });
    connect(m_model, &ShareOutModel::reinvestRejected, this, [this](const QString& text) {
        setStatus(tr("“%1” is not an amount: type the part reinvested, e.g. 5000 (0 for none).").arg(text), true);
    });
    connect(&m_session, &Session::changed, this, &ShareOutPage::reload);
    reload();
}

SavingsCycleId ShareOutPage::currentCycle() const { return m_cycle->currentData().toLongLong(); }

void ShareOutPage::selectCycle(SavingsCycleId id)
{
    const int index = m_cycle->findData(QVariant::fromValue<qlonglong>(id));
    if (index >= 0)
        m_cycle->setCurrentIndex(index);
}

QString ShareOutPage::roundingNote() const { return m_rounding->text(); }
QString ShareOutPage::problemsText() const { return m_problems->isHidden() ? QString() : m_problems->text(); }
QString ShareOutPage::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }
bool ShareOutPage::canCommit() const { return !m_commit->isHidden() && m_commit->isEnabled(); }

void ShareOutPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void ShareOutPage::reload()
{
    const SavingsCycleId keep = currentCycle();
    const std::vector<SavingsCycle> cycles = m_session.book().savingsCycles();
    {
        QSignalBlocker block(m_cycle);
        m_cycle->clear();
        for (const SavingsCycle& c : cycles) {
            const QString state = c.isClosed() ? tr("shared out %1").arg(dateText(*c.sharedOn)) : tr("open");
            m_cycle->addItem(tr("%1 (%2)").arg(toQt(c.name), state), QVariant::fromValue<qlonglong>(c.id));
        }
        int index = m_cycle->findData(QVariant::fromValue<qlonglong>(keep));
        if (index < 0 && !cycles.empty()) {
            // The open cycle is the one to share out; without one, the last one shared.
            const auto open = m_session.book().openSavingsCycle();
            index = m_cycle->findData(QVariant::fromValue<qlonglong>(open ? open->id : cycles.back().id));
        }
        m_cycle->setCurrentIndex(index);
    }
    showCycle();
}

QString ShareOutPage::cycleInfo(const SavingsCycle& cycle) const
{
    const Currency& c = m_session.currency();
    QString info = tr("%1 to %2 · share price %3 · %4 to %5 shares per meeting")
                       .arg(dateText(cycle.start), dateText(cycle.end), moneyText(cycle.sharePrice, c))
                       .arg(cycle.minShares)
                       .arg(cycle.maxShares);
    info += QStringLiteral(" · ") + loanAtShareOutLabel(cycle.loanRule).toLower();
    return info;
}

void ShareOutPage::clearPlan()
{
    m_plan.reset();
    m_committed = false;
    m_model->clear();
    m_figures->clear();
    m_rounding->clear();
}

void ShareOutPage::showCycle()
{
    const SavingsCycleId id = currentCycle();
    const auto cycle = id ? m_session.book().savingsCycle(id) : std::nullopt;
    if (!cycle) {
        clearPlan();
        m_cycleInfo->setText(tr("No savings cycle yet: start one on the Savings page. The share-out closes a cycle."));
        showProblems({});
        updateActions();
        return;
    }
    m_cycleInfo->setText(cycleInfo(*cycle));
    if (!cycle->isClosed()) {
        preview();
        return;
    }
    if (const auto committed = m_session.book().committedShareOut(cycle->id)) {
        m_options->showChoices(*committed);
        showPlan(*committed, true);
        return;
    }
    clearPlan();
    m_committed = true;
    m_rounding->setText(tr("This cycle was shared out on %1.").arg(dateText(*cycle->sharedOn)));
    showProblems({});
    updateActions();
}

ShareOutOptions ShareOutPage::options() const
{
    ShareOutOptions o = m_options->options();
    o.reinvest = m_reinvest;
    return o;
}

void ShareOutPage::preview()
{
    const SavingsCycleId id = currentCycle();
    const auto cycle = id ? m_session.book().savingsCycle(id) : std::nullopt;
    if (!cycle || cycle->isClosed())
        return;
    // Amounts that cannot be read are said beside them; the rest is core's to judge.
    const bool typed = m_options->readable();
    try {
        showPlan(m_session.book().previewShareOut(id, options(), m_session.actor().date), false);
    } catch (const ValidationError& e) {
        clearPlan();
        showProblems(e.problems());
        updateActions();
    } catch (const Error& e) {
        clearPlan();
        showProblems({Problem{"", "error", {}, e.what()}});
        updateActions();
    }
    if (!typed)
        m_commit->setEnabled(false);
}

void ShareOutPage::showPlan(const ShareOutPlan& plan, bool committed)
{
    m_plan = plan;
    m_committed = committed;
    const Currency& c = m_session.currency();
    m_model->setPlan(plan, memberNames(m_session.book().members()), c, !committed);
    m_figures->setFund(plan.fund, c);
    QString note = toQt(plan.result.roundingNote);
    if (plan.result.keptByRounding)
        note += QLatin1Char(' ') + tr("%1 too small to share is kept by the fund.").arg(moneyText(plan.result.keptByRounding, c));
    note = tr("%1 · %2 meeting(s) · %3").arg(shareOutRuleLabel(plan.result.rule)).arg(plan.meetings).arg(note);
    if (committed)
        note = tr("Shared out on %1 (entry #%2). ").arg(dateText(plan.date)).arg(plan.committedEntry.value_or(0)) + note;
    m_rounding->setText(note);
    showProblems(committed ? Problems{} : plan.problems);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ShareOutModel::MemberName, QHeaderView::Stretch);
    updateActions();
}

void ShareOutPage::showProblems(const Problems& problems)
{
    if (problems.empty()) {
        m_problems->setVisible(false);
        m_problems->clear();
        return;
    }
    QStringList lines;
    for (const Problem& p : problems)
        lines.append(QStringLiteral("• ") + problemText(p)); // core already names members
    m_problems->setText(tr("This share-out cannot be committed yet:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_problems->setVisible(true);
}

void ShareOutPage::updateActions()
{
    const bool meeting = m_session.book().currentMeeting().has_value();
    const bool open = m_plan && !m_committed;
    m_options->setEnabled(!m_committed && currentCycle() != 0);
    m_commit->setVisible(!m_committed);
    m_print->setEnabled(m_plan.has_value());
    m_meetingHint->setVisible(open && !meeting);
    const bool clean = open && m_plan->problems.empty();
    m_commit->setEnabled(clean && meeting);
    m_commit->setToolTip(!open ? tr("Nothing to share out.")
                         : !meeting ? tr("Open a meeting first (Meetings page): the share-out is paid at the open meeting.")
                         : !clean ? tr("Solve the problems listed first.")
                                  : tr("Pay every member's net part and close the cycle."));
}

void ShareOutPage::print()
{
    const auto cycle = m_session.book().savingsCycle(currentCycle());
    if (!m_plan || !cycle)
        return;
    const Book& book = m_session.book();
    PrintDocumentDialog dialog(shareOutDocument(*cycle, *m_plan, book.members(), book.settings(), book.chainHead()),
                               tr("share-out-%1.pdf").arg(dateText(m_plan->date)), this);
    dialog.exec();
}

QString ShareOutPage::confirmationText() const
{
    if (!m_plan)
        return {};
    const Currency& c = m_session.currency();
    const std::int64_t reinvested = m_model->totalReinvested();
    std::int64_t deductions = 0;
    for (const ShareOutLine& l : m_plan->result.lines)
        deductions += l.deductions;
    QString text = tr("<p>Commit the share-out of <b>%1</b> on %2?</p>")
                       .arg(toQt(m_plan->cycle.name).toHtmlEscaped(), dateText(m_session.actor().date));
    text += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&text](const QString& label, const QString& amount) {
        text += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(label, amount);
    };
    if (m_plan->fund.basis == ShareOutBasis::Counted && m_plan->fund.difference != 0)
        row(tr("Cash count difference recorded first"), moneyText(m_plan->fund.difference, c));
    row(tr("Amount shared"), QStringLiteral("<b>%1</b>").arg(moneyText(m_plan->fund.amountShared, c)));
    if (deductions)
        row(tr("Taken off for what members owe"), moneyText(deductions, c));
    if (reinvested)
        row(tr("Reinvested in the next cycle"), moneyText(reinvested, c));
    row(tr("<b>Paid out in cash now</b>"), QStringLiteral("<b>%1</b>").arg(moneyText(m_model->cashPaidOut(), c)));
    if (m_plan->result.keptByRounding)
        row(tr("Kept by rounding"), moneyText(m_plan->result.keptByRounding, c));
    row(tr("Stays in the social fund"), moneyText(m_plan->fund.socialFund, c));
    if (m_plan->fund.keptBack)
        row(tr("Kept back"), moneyText(m_plan->fund.keptBack, c));
    text += QStringLiteral("</table>");
    text += tr("<p>The cycle closes: no more shares can be bought in it. "
               "The payouts are recorded in the open meeting and cannot be edited afterwards.</p>");
    return text;
}

void ShareOutPage::commit()
{
    if (!canCommit() || !m_plan)
        return;
    QMessageBox box(QMessageBox::Question, tr("Commit the share-out"), confirmationText(), QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("&Commit and close the cycle"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const SavingsCycleId id = currentCycle();
    const std::int64_t paid = m_model->cashPaidOut();
    try {
        m_session.book().commitShareOut(id, options(), m_session.actor());
    } catch (const ValidationError& e) {
        showProblems(e.problems());
        setStatus(tr("The share-out was not committed."), true);
        return;
    } catch (const Error& e) {
        setStatus(toQt(std::string(e.what())), true);
        return;
    }
    m_reinvest.clear();
    m_session.notifyChanged();
    selectCycle(id);
    setStatus(tr("Share-out committed: %1 paid out in cash; the cycle is closed.").arg(moneyText(paid, m_session.currency())));
}

} // namespace tontine::ui
