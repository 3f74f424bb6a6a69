// Members behind on something at a date: rotation rounds and fines, loan instalments late by
// the loan's own rule (grace days included), and dues (social contributions, fines, social
// loans) fallen due and unpaid at the end of that day. By member number, then in that order.
#include "core/report/report_parts.h"

#include "core/money/money.h"

#include <algorithm>

namespace tontine::report {

namespace {

ArrearsLine lineFor(MemberId member, const std::map<MemberId, std::string>& names)
{
    ArrearsLine line;
    line.member = member;
    if (auto it = names.find(member); it != names.end())
        line.memberName = it->second;
    return line;
}

void addRotationArrears(std::vector<ArrearsLine>& out, const std::vector<RotationState>& rotations, Date on,
                        const std::map<MemberId, std::string>& names)
{
    for (const RotationState& state : rotations)
        for (const RotationOwed& owed : rotationOwed(state, on)) {
            ArrearsLine line = lineFor(owed.member, names);
            line.what = rotationKey(state.spec.id);
            line.whatName = state.spec.name;
            line.amount = owed.amount;
            line.daysLate = owed.daysLate;
            out.push_back(std::move(line));
        }
}

// What the late instalments still owe: principal, interest and penalties.
std::int64_t lateAmount(const LoanPosition& position)
{
    std::int64_t sum = 0;
    for (const InstalmentStatus& s : position.instalments)
        if (s.daysLate > 0)
            sum = checkedAdd(sum, checkedAdd(checkedAdd(s.principalLeft(), s.interestLeft()), s.penaltyLeft()));
    return sum;
}

void addLoanArrears(std::vector<ArrearsLine>& out, const Book& book, Date on,
                    const std::map<MemberId, std::string>& names)
{
    for (const Loan& loan : book.loans()) {
        if (!owedOn(loan, on))
            continue;
        const LoanPosition position = book.loanPosition(loan.id, on);
        const std::int64_t late = lateAmount(position);
        if (late <= 0)
            continue;
        ArrearsLine line = lineFor(loan.borrower, names);
        line.what = "loan:" + std::to_string(loan.id);
        line.amount = late;
        line.daysLate = position.daysLate;
        out.push_back(std::move(line));
    }
}

// "fine:late", "fine:absent", … are all fines to the reader.
std::string dueWhat(const std::string& kind) { return kind.rfind("fine", 0) == 0 ? "fine" : kind; }

void addDueArrears(std::vector<ArrearsLine>& out, const Book& book, Date on,
                   const std::map<MemberId, std::string>& names)
{
    // One line per member and kind of due: the total unpaid, late since the oldest.
    std::map<std::pair<MemberId, std::string>, ArrearsLine> lines;
    for (const Due& due : book.dues(std::nullopt, false, on)) {
        if (due.outstanding() <= 0)
            continue;
        const std::string what = dueWhat(due.kind);
        auto [it, added] = lines.try_emplace({due.member, what}, lineFor(due.member, names));
        ArrearsLine& line = it->second;
        line.what = what;
        line.amount = checkedAdd(line.amount, due.outstanding());
        line.daysLate = std::max(line.daysLate, daysBetween(due.dueOn, on));
    }
    for (auto& [key, line] : lines) // by member, then kind ("fine", "social", "social-loan")
        out.push_back(std::move(line));
}

} // namespace

std::vector<ArrearsLine> arrearsLines(const Book& book, const std::vector<RotationState>& rotationsAtEnd, Date on,
                                      const std::map<MemberId, std::string>& names)
{
    std::vector<ArrearsLine> out;
    addRotationArrears(out, rotationsAtEnd, on, names);
    addLoanArrears(out, book, on, names);
    addDueArrears(out, book, on, names);
    std::stable_sort(out.begin(), out.end(), [](const ArrearsLine& a, const ArrearsLine& b) { return a.member < b.member; });
    return out;
}

} // namespace tontine::report
