// buildDashboard: the chart series, each from the book's history queries (balanceHistory,
// portfolio on past dates) and the report parts shared with the fund report.
#include "core/report/dashboard_data.h"

#include "core/money/money.h"
#include "core/report/month.h"
#include "core/report/report_parts.h"

#include <set>

namespace tontine {

namespace {

// Several accounts' histories added up: at each date any of them changed, the sum of each
// one's balance at the end of that day, times `sign` (−1 reads a liability as people do).
// Dates on which the sum did not move (money moved between the accounts) are left out.
std::vector<DatedAmount> summedHistory(const Book& book, const std::vector<std::string>& codes, Date from, Date to,
                                       int sign)
{
    std::vector<std::vector<DatedBalance>> histories;
    std::set<Date> dates;
    for (const std::string& code : codes) {
        histories.push_back(book.balanceHistory(code, from, to));
        for (const DatedBalance& b : histories.back())
            dates.insert(b.date);
    }
    std::vector<std::size_t> next(histories.size(), 0);
    std::vector<std::int64_t> latest(histories.size(), 0);
    std::vector<DatedAmount> out;
    for (Date date : dates) {
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < histories.size(); ++i) {
            while (next[i] < histories[i].size() && !(date < histories[i][next[i]].date))
                latest[i] = histories[i][next[i]++].debitMinusCredit;
            sum = checkedAdd(sum, latest[i]);
        }
        const std::int64_t amount = checkedMul(sum, sign);
        if (out.empty() || out.back().amount != amount)
            out.push_back(DatedAmount{date, amount});
    }
    return out;
}

// The month ends in [from, to], then `to` itself when it is not one.
std::vector<Date> portfolioDates(Date from, Date to)
{
    std::vector<Date> dates;
    for (Month m = Month::of(from); !(to < m.last()); m = m.next())
        dates.push_back(m.last());
    if (dates.empty() || dates.back() != to)
        dates.push_back(to);
    return dates;
}

std::vector<PortfolioPoint> portfolioPoints(const Book& book, Date from, Date to)
{
    std::vector<PortfolioPoint> out;
    for (Date date : portfolioDates(from, to)) {
        const Portfolio p = book.portfolio(date);
        out.push_back(PortfolioPoint{date, p.outstanding, p.atRisk30});
    }
    return out;
}

} // namespace

DashboardData buildDashboard(const Book& book, Date from, Date to)
{
    DashboardData data;
    data.from = from;
    data.to = to;
    data.cash = summedHistory(book,
                              {std::string(accounts::Cash), std::string(accounts::Bank),
                               std::string(accounts::MobileMoney)},
                              from, to, 1);
    data.collections = report::collectionPoints(book, from, to);
    data.portfolio = portfolioPoints(book, from, to);
    data.socialFund = summedHistory(book, {std::string(accounts::SocialFund)}, from, to, -1);
    data.rotations = report::rotationProgress(report::rotationsAsOf(book, to));
    return data;
}

} // namespace tontine
