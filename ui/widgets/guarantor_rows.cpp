#include "ui/widgets/guarantor_rows.h"

#include "ui/convert.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
enum GridColumn { MemberColumn, PledgeColumn, SavingsColumn, HeldColumn, RoomColumn, RemoveColumn };

QLabel* figureLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}
} // namespace

GuarantorRows::GuarantorRows(const Currency& currency, const std::vector<Member>& activeMembers, QWidget* parent)
    : QWidget(parent), m_currency(currency), m_members(activeMembers)
{
    setObjectName(QStringLiteral("guarantors"));
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    const QStringList headers{tr("Guarantor"), tr("Pledge (%1)").arg(toQt(currency.symbol)), tr("Savings"),
                              tr("Already pledged"), tr("May still pledge")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c]), this);
        m_grid->addWidget(header, 0, c, c >= SavingsColumn ? Qt::AlignRight : Qt::Alignment());
    }
    m_grid->setColumnStretch(MemberColumn, 1);
    m_none = new QLabel(tr("No guarantor yet."), this);
    m_add = new QPushButton(tr("Add a &guarantor"), this);
    m_add->setObjectName(QStringLiteral("addGuarantor"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.back().member->setFocus();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_none);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
}

void GuarantorRows::applyExclusion(QComboBox* combo) const
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    for (int i = 1; i < combo->count(); ++i) {
        const MemberId id = combo->itemData(i).toLongLong();
        const bool excluded = m_excluded && *m_excluded == id;
        QStandardItem* item = model ? model->item(i) : nullptr;
        if (item)
            item->setEnabled(!excluded);
        const QString name = m_members[std::size_t(i - 1)].fullName().empty()
                                 ? QString()
                                 : toQt(m_members[std::size_t(i - 1)].fullName());
        const QString base = QStringLiteral("%1 — %2").arg(id).arg(name);
        combo->setItemText(i, excluded ? tr("%1 (the borrower)").arg(base) : base);
    }
}

bool GuarantorRows::setExcluded(std::optional<MemberId> borrower)
{
    m_excluded = borrower;
    bool emptied = false;
    for (Row& row : m_rows) {
        const QSignalBlocker block(row.member);
        applyExclusion(row.member);
        if (borrower && row.member->currentData().toLongLong() == *borrower) {
            row.member->setCurrentIndex(0);
            emptied = true;
        }
    }
    if (emptied)
        emit changed();
    return emptied;
}

void GuarantorRows::setMinimumPledge(std::int64_t minimum)
{
    m_minimum = minimum;
    for (Row& row : m_rows) {
        if (row.pledgeTyped)
            continue;
        const QSignalBlocker block(row.pledge);
        row.pledge->setText(minimum > 0 ? plainMoneyText(minimum, m_currency) : QString());
    }
}

void GuarantorRows::ensureRows(int count)
{
    while (rowCount() < count)
        addRow();
}

void GuarantorRows::addRow()
{
    Row row;
    row.member = new QComboBox(this);
    row.member->addItem(tr("— choose a member —"), QVariant::fromValue<qlonglong>(0));
    for (const Member& m : m_members)
        row.member->addItem(QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())),
                            QVariant::fromValue<qlonglong>(m.id));
    applyExclusion(row.member);
    row.pledge = new QLineEdit(this);
    row.pledge->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    if (m_minimum > 0)
        row.pledge->setText(plainMoneyText(m_minimum, m_currency));
    row.savings = figureLabel(this);
    row.held = figureLabel(this);
    row.room = figureLabel(this);
    row.remove = new QPushButton(tr("Remove"), this);
    row.remove->setAutoDefault(false);
    QLineEdit* pledge = row.pledge;
    connect(row.member, &QComboBox::currentIndexChanged, this, &GuarantorRows::changed);
    connect(row.pledge, &QLineEdit::textEdited, this, [this, pledge] {
        for (Row& r : m_rows)
            if (r.pledge == pledge)
                r.pledgeTyped = !pledge->text().trimmed().isEmpty();
    });
    connect(row.pledge, &QLineEdit::textChanged, this, &GuarantorRows::changed);
    connect(row.remove, &QPushButton::clicked, this, [this, pledge] {
        for (int i = 0; i < rowCount(); ++i)
            if (m_rows[std::size_t(i)].pledge == pledge) {
                removeRow(i);
                break;
            }
    });
    m_rows.push_back(row);
    relayout();
    emit changed();
}

void GuarantorRows::removeRow(int index)
{
    if (index < 0 || index >= rowCount())
        return;
    Row& row = m_rows[std::size_t(index)];
    for (QWidget* w : std::initializer_list<QWidget*>{row.member, row.pledge, row.savings, row.held, row.room, row.remove}) {
        m_grid->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
    m_rows.erase(m_rows.begin() + index);
    relayout();
    m_add->setFocus();
    emit changed();
}

void GuarantorRows::relayout()
{
    QWidget* previous = nullptr;
    for (int i = 0; i < rowCount(); ++i) {
        const Row& row = m_rows[std::size_t(i)];
        const int r = i + 1;
        m_grid->addWidget(row.member, r, MemberColumn);
        m_grid->addWidget(row.pledge, r, PledgeColumn);
        m_grid->addWidget(row.savings, r, SavingsColumn);
        m_grid->addWidget(row.held, r, HeldColumn);
        m_grid->addWidget(row.room, r, RoomColumn);
        m_grid->addWidget(row.remove, r, RemoveColumn);
        row.member->setAccessibleName(tr("Guarantor %1").arg(i + 1));
        row.pledge->setAccessibleName(tr("Pledge of guarantor %1").arg(i + 1));
        row.remove->setAccessibleName(tr("Remove guarantor %1").arg(i + 1));
        // Tab: member, pledge, remove, then the next row, then "Add a guarantor".
        if (previous)
            QWidget::setTabOrder(previous, row.member);
        QWidget::setTabOrder(row.member, row.pledge);
        QWidget::setTabOrder(row.pledge, row.remove);
        previous = row.remove;
    }
    if (previous)
        QWidget::setTabOrder(previous, m_add);
    m_none->setVisible(m_rows.empty());
}

void GuarantorRows::setGuarantor(int index, MemberId member, const QString& pledge)
{
    ensureRows(index + 1);
    Row& row = m_rows[std::size_t(index)];
    row.member->setCurrentIndex(std::max(0, row.member->findData(QVariant::fromValue<qlonglong>(member))));
    if (!pledge.isEmpty()) {
        row.pledgeTyped = true;
        row.pledge->setText(pledge);
    }
}

bool GuarantorRows::read(std::vector<GuarantorPledge>& out, int* firstUnreadable) const
{
    out.clear();
    bool ok = true;
    for (int i = 0; i < rowCount(); ++i) {
        const Row& row = m_rows[std::size_t(i)];
        const MemberId member = row.member->currentData().toLongLong();
        if (member == 0)
            continue;
        GuarantorPledge pledge{member, 0};
        const QString text = row.pledge->text().trimmed();
        if (!text.isEmpty()) {
            if (const std::optional<std::int64_t> amount = amountFromText(text, m_currency))
                pledge.pledge = *amount;
            else if (ok) {
                ok = false;
                if (firstUnreadable)
                    *firstUnreadable = i + 1;
            }
        }
        out.push_back(pledge);
    }
    return ok;
}

void GuarantorRows::showStandings(const LoanPreview& preview)
{
    for (Row& row : m_rows) {
        const MemberId member = row.member->currentData().toLongLong();
        row.savings->clear();
        row.held->clear();
        row.room->clear();
        row.room->setStyleSheet(QString());
        if (member == 0)
            continue;
        for (const LoanMemberStanding& s : preview.standings)
            if (s.member == member) {
                row.savings->setText(moneyText(s.savings, m_currency));
                row.held->setText(moneyText(s.pledgesHeld, m_currency));
                break;
            }
        for (const GuarantorPledge& room : preview.pledgeRoom)
            if (room.guarantor == member) {
                row.room->setText(moneyText(room.pledge, m_currency));
                std::int64_t typed = 0;
                if (auto amount = amountFromText(row.pledge->text(), m_currency))
                    typed = *amount;
                // Red (and the problem below says it in words) when the pledge does not fit.
                if (typed > room.pledge)
                    row.room->setStyleSheet(QStringLiteral("color: #b00020;"));
                break;
            }
    }
}

QString GuarantorRows::standingText(int index) const
{
    if (index < 0 || index >= rowCount())
        return {};
    const Row& row = m_rows[std::size_t(index)];
    return QStringList{row.savings->text(), row.held->text(), row.room->text()}.join(QStringLiteral(" | "));
}

} // namespace tontine::ui
