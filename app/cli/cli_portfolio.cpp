// The portfolio verb: principal outstanding, arrears ageing, portfolio at risk over 30 days,
// loans per purpose and the group guarantees committed, all summed by core (Book::portfolio).
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/loan_json.h"
#include "app/cli/loan_text.h"
#include "app/cli/text_table.h"
#include "app/cli/verb.h"

#include <ostream>

namespace tontine::cli {

namespace {

const char* bucketLabel(AgeingBucket b)
{
    switch (b) {
    case AgeingBucket::Current: return "not late";
    case AgeingBucket::Late1To30: return "1-30 days late";
    case AgeingBucket::Late31To60: return "31-60 days late";
    case AgeingBucket::Late61To90: return "61-90 days late";
    case AgeingBucket::LateOver90: return "over 90 days late";
    }
    return "";
}

int runPortfolio(CliContext& cx, const ParsedArgs& args)
{
    auto book = cx.openBook("portfolio", false);
    const Currency& currency = book->settings().currency();
    const Date on = previewDate(*book, args, cx.clock());
    const Portfolio p = book->portfolio(on);
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("currency", currency.code);
        j.field("on", on.iso());
        portfolioJson(j, p);
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    cx.out() << "Loan portfolio on " << on.iso() << ", in " << currency.code << ".\n\n";
    FieldList f;
    f.add("Loans outstanding", std::to_string(p.loans));
    f.add("Principal outstanding", amountText(p.outstanding, currency));
    f.add("At risk over 30 days", amountText(p.atRisk30, currency));
    f.add("PAR30", percentText2(p.par30BasisPoints) + " (principal of loans more than 30 days late)");
    f.add("Group guarantees", std::to_string(p.guaranteesOpen) + " open, " + amountText(p.guaranteesCommitted, currency)
                                  + " committed (not cash)");
    cx.out() << f.render();
    TextTable ageing({{"Arrears"}, {"Loans", TextTable::Align::Right}, {"Principal", TextTable::Align::Right}});
    for (int b = 0; b < AgeingBucketCount; ++b)
        ageing.addRow({bucketLabel(static_cast<AgeingBucket>(b)),
                       std::to_string(p.loansByBucket[static_cast<std::size_t>(b)]),
                       amountText(p.outstandingByBucket[static_cast<std::size_t>(b)], currency)});
    ageing.addRow({"Total", std::to_string(p.loans), amountText(p.outstanding, currency)});
    cx.out() << "\n" << ageing.render();
    if (!p.byPurpose.empty()) {
        TextTable purposes({{"Purpose"}, {"Loans", TextTable::Align::Right}, {"Principal", TextTable::Align::Right}});
        for (const auto& x : p.byPurpose)
            purposes.addRow({x.purpose, std::to_string(x.loans), amountText(x.outstanding, currency)});
        cx.out() << "\n" << purposes.render();
    }
    return 0;
}

} // namespace

std::vector<Verb> portfolioVerbs()
{
    Verb portfolio;
    portfolio.name = "portfolio";
    portfolio.summary = "Show the loan portfolio: outstanding, arrears ageing, PAR30, purposes.";
    portfolio.usage = "[--date YYYY-MM-DD]";
    portfolio.details = "  --date D  the day it is worked out for (default: the open meeting's, else today)\n"
                        "  Arrears are grouped by the days the oldest late instalment of each loan is late;\n"
                        "  PAR30 is the principal of loans more than 30 days late as a share of all\n"
                        "  principal outstanding. Group guarantees are commitments, not cash.\n";
    portfolio.spec.valueOptions = {"date"};
    portfolio.json = true;
    portfolio.run = runPortfolio;
    return {portfolio};
}

} // namespace tontine::cli
