#include "ui/dialogs/bid_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/rotation_labels.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <set>

namespace tontine::ui {

BidDialog::BidDialog(Session& session, RotationId rotation, QWidget* parent)
    : QDialog(parent), m_session(session), m_rotation(rotation)
{
    const auto state = session.book().rotation(rotation);
    const MemberNames names = memberNames(session.book().members());
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    m_general = FieldProblems::makeLabel(this);
    m_general->setObjectName(QStringLiteral("bidsProblem"));
    auto* grid = new QGridLayout;
    auto* rowsBox = new QWidget(this);
    rowsBox->setLayout(grid);
    setWindowTitle(tr("Enter bids"));

    if (state && collectingRound(*state)) {
        const RotationSpec& spec = state->spec;
        const Currency& c = spec.currency();
        m_round = *collectingRound(*state);
        setWindowTitle(tr("Bids for round %1 of %2").arg(m_round).arg(toQt(spec.name)));
        intro->setText(tr("Round %1 on %2: the pot is %3. The highest discount wins; equal bids go to the one "
                          "typed first. Minimum bid: %4. The discount is %5.")
                           .arg(m_round)
                           .arg(dateText(roundDate(spec, m_round)), moneyText(grossPot(*state, m_round), c),
                                moneyText(spec.minimumBid, c), discountRuleLabel(spec.discountRule).toLower()));
        grid->addWidget(new QLabel(tr("<b>Hand</b>"), rowsBox), 0, 0);
        grid->addWidget(new QLabel(tr("<b>Bidder</b>"), rowsBox), 0, 1);
        grid->addWidget(new QLabel(tr("<b>Discount (%1)</b>").arg(toQt(c.symbol)), rowsBox), 0, 2);
        for (const Hand& hand : spec.hands) {
            if (handReceived(*state, hand.number) || handWithdrawn(*state, hand.number, m_round))
                continue;
            for (const HandShare& share : hand.holders) {
                Row row{hand.number, share.member};
                row.edit = new QLineEdit(rowsBox);
                row.edit->setObjectName(QStringLiteral("bid-%1-%2").arg(hand.number).arg(share.member));
                row.edit->setAccessibleName(tr("Discount bid by %1 for hand %2").arg(memberName(names, share.member)).arg(hand.number));
                row.edit->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
                row.problem = FieldProblems::makeLabel(rowsBox);
                m_rows.push_back(row);
            }
        }
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const int r = int(i) + 1;
            const QString holders = holdersText(spec, m_rows[i].hand, names);
            grid->addWidget(new QLabel(QString::number(m_rows[i].hand), rowsBox), r, 0);
            grid->addWidget(new QLabel(memberName(names, m_rows[i].member)
                                           + (holders.contains(QLatin1Char('+')) ? tr(" (half hand)") : QString()),
                                       rowsBox),
                            r, 1);
            grid->addWidget(m_rows[i].edit, r, 2);
            grid->addWidget(m_rows[i].problem, r, 3);
            connect(m_rows[i].edit, &QLineEdit::textChanged, this, [this, i] {
                check(m_rows[i]);
                updateDecide();
            });
        }
        grid->setColumnStretch(3, 1);
        grid->setRowStretch(int(m_rows.size()) + 1, 1); // rows stay together at the top
        m_uncontested = int(m_rows.size()) > 0 && [&] {
            std::set<HandNumber> hands;
            for (const Row& row : m_rows)
                hands.insert(row.hand);
            return int(hands.size()) <= spec.beneficiariesPerRound;
        }();
        if (m_uncontested)
            intro->setText(intro->text() + QLatin1Char(' ')
                           + tr("Only the last hands are left: they receive without a bid. Press Decide."));
    } else {
        intro->setText(state ? tr("Every round of this cycle is paid out: there is nothing to bid on.")
                             : tr("This rotation no longer exists."));
    }

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rowsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_decide = buttons->addButton(tr("&Decide"), QDialogButtonBox::AcceptRole);
    m_decide->setObjectName(QStringLiteral("decide"));
    connect(m_decide, &QPushButton::clicked, this, &BidDialog::decide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    updateDecide();
    resize(720, std::min(620, 220 + 40 * int(m_rows.size())));
}

void BidDialog::check(Row& row)
{
    row.problem->clear();
    row.problem->setVisible(false);
    const QString text = row.edit->text().trimmed();
    if (text.isEmpty()) {
        row.sequence = 0; // withdrawn
        return;
    }
    row.sequence = m_nextSequence++;
    const auto amount = amountFromText(text, m_session.currency());
    if (!amount) {
        row.problem->setText(tr("⚠ Type an amount, e.g. 500."));
        row.problem->setVisible(true);
        return;
    }
    QStringList texts;
    for (const Problem& p : m_session.book().checkBid(m_rotation, m_round, Bid{row.member, row.hand, *amount, row.sequence}))
        texts.append(problemText(p));
    if (!texts.isEmpty()) {
        row.problem->setText(QStringLiteral("⚠ ") + texts.join(QLatin1Char('\n')));
        row.problem->setVisible(true);
    }
}

void BidDialog::updateDecide()
{
    bool anyBid = false;
    bool anyProblem = false;
    for (const Row& row : m_rows) {
        anyBid = anyBid || !row.edit->text().trimmed().isEmpty();
        anyProblem = anyProblem || !row.problem->isHidden();
    }
    m_decide->setEnabled(m_round > 0 && !anyProblem && (anyBid || m_uncontested));
}

const BidDialog::Row* BidDialog::find(HandNumber hand, MemberId member) const
{
    for (const Row& row : m_rows)
        if (row.hand == hand && row.member == member)
            return &row;
    return nullptr;
}

void BidDialog::setBid(HandNumber hand, MemberId member, const QString& text)
{
    if (const Row* row = find(hand, member))
        row->edit->setText(text);
}

QString BidDialog::problemFor(HandNumber hand, MemberId member) const
{
    const Row* row = find(hand, member);
    return row && !row->problem->isHidden() ? row->problem->text() : QString();
}

QString BidDialog::generalProblem() const { return m_general->isHidden() ? QString() : m_general->text(); }

bool BidDialog::bids(std::vector<Bid>& out) const
{
    out.clear();
    for (const Row& row : m_rows) {
        if (row.edit->text().trimmed().isEmpty())
            continue;
        const auto amount = amountFromText(row.edit->text(), m_session.currency());
        if (!amount)
            return false;
        out.push_back(Bid{row.member, row.hand, *amount, row.sequence});
    }
    return true;
}

void BidDialog::decide()
{
    m_general->setVisible(false);
    std::vector<Bid> typed;
    if (!bids(typed))
        return;
    try {
        m_result = m_session.book().decideAuction(m_rotation, m_round, typed, m_session.actor());
    } catch (const ValidationError& e) {
        m_general->setText(QStringLiteral("⚠ ") + problemLines(e.problems()));
        m_general->setVisible(true);
        return;
    } catch (const Error& e) {
        m_general->setText(QStringLiteral("⚠ ") + toQt(std::string(e.what())));
        m_general->setVisible(true);
        return;
    }
    m_session.notifyChanged();
    accept();
}

} // namespace tontine::ui
