#include "ui/dialogs/loan_dialog_parts.h"

#include "ui/convert.h"
#include "ui/loan_labels.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/approver_list.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

std::vector<Member> committeeMembers(const Book& book)
{
    const std::vector<Member> active = book.members(MemberQuery{{}, false});
    const LoanRules rules = book.loanRules();
    if (rules.committee.empty())
        return active;
    std::vector<Member> out;
    for (const Member& m : active)
        if (std::find(rules.committee.begin(), rules.committee.end(), m.id) != rules.committee.end())
            out.push_back(m);
    return out;
}

QString loanHeadline(const Book& book, const Loan& loan, const Currency& currency)
{
    const MemberNames names = memberNames(book.members());
    QString text = QCoreApplication::translate("Labels", "Loan %1 to %2: %3, %4")
                       .arg(loanNumberText(loan.id), memberName(names, loan.borrower), moneyText(loan.principal, currency),
                            toQt(loan.product.name));
    if (!loan.purpose.empty())
        text += QStringLiteral(", ") + toQt(loan.purpose);
    return text;
}

ApprovalsBox::ApprovalsBox(const Book& book, std::optional<MemberId> excluded, const std::vector<MemberId>& already,
                           QWidget* parent)
    : QWidget(parent), m_required(book.loanRules().approvalsRequired), m_already(int(already.size()))
{
    std::vector<Member> members;
    // Those who already approved are counted, not offered a second time.
    for (const Member& m : committeeMembers(book))
        if (std::find(already.begin(), already.end(), m.id) == already.end())
            members.push_back(m);
    m_list = new ApproverList(members, this);
    m_list->setObjectName(QStringLiteral("approvers"));
    m_list->setExcluded(excluded);
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("approvalsLine"));
    m_line->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line);
    layout->addWidget(m_list);
    setFocusProxy(m_list);
    connect(m_list, &ApproverList::approversChanged, this, &ApprovalsBox::update);
    update();
}

std::vector<MemberId> ApprovalsBox::approvers() const { return m_list->approvers(); }

void ApprovalsBox::setApprovers(const std::vector<MemberId>& members) { m_list->setApprovers(members); }

QString ApprovalsBox::lineText() const { return m_line->text(); }

void ApprovalsBox::update()
{
    const int ticked = int(m_list->approvers().size()) + m_already;
    QString text = tr("Ticked %1 of the %2 approval(s) the loan rules require.").arg(ticked).arg(m_required);
    if (m_already > 0)
        text += QLatin1Char(' ') + tr("(%1 given before.)").arg(m_already);
    m_line->setText(text);
}

} // namespace tontine::ui
