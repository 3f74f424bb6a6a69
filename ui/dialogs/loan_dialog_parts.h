#pragma once
// Pieces every loan dialog shares: the members who may approve (the loan committee named in
// Book::loanRules(), or every active member when none is named), an approvals box (the
// ApproverList with "Ticked 1 of the 2 approvals the rules require" above it, the borrower
// not tickable), and a one-line headline of a loan. Shows only; core decides.

#include "core/book/book.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;

namespace tontine::ui {

class ApproverList;

std::vector<Member> committeeMembers(const Book& book);
// "Loan #3 to Awa Ndiaye: 60 000 F CFA, Ordinary loan, Trade".
QString loanHeadline(const Book& book, const Loan& loan, const Currency& currency);

class ApprovalsBox : public QWidget {
    Q_OBJECT
public:
    // `already`: approvals the decision has so far (counted and shown, not tickable again).
    ApprovalsBox(const Book& book, std::optional<MemberId> excluded, const std::vector<MemberId>& already = {},
                 QWidget* parent = nullptr);
    ApproverList* list() const { return m_list; }
    std::vector<MemberId> approvers() const;
    void setApprovers(const std::vector<MemberId>& members);
    QString lineText() const;

private:
    void update();

    ApproverList* m_list;
    QLabel* m_line;
    int m_required = 0;
    int m_already = 0;
};

} // namespace tontine::ui
