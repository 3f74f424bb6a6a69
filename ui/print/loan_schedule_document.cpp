// A loan's schedule on paper for the borrower: the terms, every instalment with what was paid
// and what is left, and which are late (in words, not colour).
#include "ui/print/report_documents.h"

#include "ui/convert.h"
#include "ui/print/print_labels.h"
#include "ui/print/report_html.h"

#include <QCoreApplication>

namespace tontine::ui {

namespace {
struct LoanScheduleDocument {
    Q_DECLARE_TR_FUNCTIONS(LoanScheduleDocument)
};
using T = LoanScheduleDocument;

QString methodLabel(LoanMethod method)
{
    switch (method) {
    case LoanMethod::Flat: return T::tr("flat interest");
    case LoanMethod::Declining: return T::tr("interest on the balance");
    case LoanMethod::Annuity: return T::tr("equal instalments");
    case LoanMethod::Custom: return T::tr("custom dates");
    }
    return {};
}

const InstalmentStatus* statusOf(const std::optional<LoanPosition>& position, int number)
{
    if (!position)
        return nullptr;
    for (const InstalmentStatus& s : position->instalments)
        if (s.instalment.number == number)
            return &s;
    return nullptr;
}

QString stateText(const InstalmentStatus* s, const Instalment& i, Date today, const ReportFormat& f)
{
    if (!s)
        return today < i.dueOn ? QString() : T::tr("due");
    if (s->settledOn)
        return T::tr("paid on %1").arg(f.date(*s->settledOn));
    if (s->daysLate > 0)
        return QStringLiteral("<b>%1</b>").arg(esc((s->daysLate == 1 ? T::tr("LATE, 1 day") : T::tr("LATE, %1 days").arg(s->daysLate))));
    return esc(s->isDue(today) ? T::tr("due") : QString());
}
} // namespace

PrintDocument loanScheduleDocument(const Loan& loan, const std::vector<Instalment>& schedule,
                                   const std::optional<LoanPosition>& position, const Member& borrower,
                                   const FundSettings& settings, Date today)
{
    const ReportFormat f(settings.currency(), fundLocale(settings.language));
    PrintDocument doc =
        fundDocument(settings, f, T::tr("Loan no. %1 — %2").arg(QString::number(loan.id), toQt(borrower.fullName())));

    QString html = heading(T::tr("Loan schedule"));
    std::vector<std::pair<QString, QString>> terms = {
        {T::tr("Borrower"), T::tr("No. %1 — %2").arg(QString::number(borrower.id), toQt(borrower.fullName()))},
        {T::tr("Loan"), T::tr("No. %1, %2 (%3)").arg(QString::number(loan.id), toQt(loan.product.name),
                                                    loanStatusLabel(loanStatusCode(loan.status)))},
        {T::tr("Principal"), f.money(loan.principal)},
        {T::tr("Interest"), T::tr("%1 % a month, %2").arg(percentText(loan.product.rateBasisPoints), methodLabel(loan.product.method))},
        {T::tr("Paid out on"), f.date(loan.disbursedOn)},
    };
    if (!loan.purpose.empty())
        terms.push_back({T::tr("Purpose"), toQt(loan.purpose)});
    html += fieldList(terms);

    HtmlTable table({{T::tr("No."), HtmlTable::Amount},
                     {T::tr("Due on"), HtmlTable::OneLine},
                     {T::tr("Principal"), HtmlTable::Amount},
                     {T::tr("Interest"), HtmlTable::Amount},
                     {T::tr("Total"), HtmlTable::Amount},
                     {T::tr("Paid"), HtmlTable::Amount},
                     {T::tr("Left"), HtmlTable::Amount},
                     {T::tr("State")}});
    std::int64_t principal = 0, interest = 0, paid = 0, left = 0;
    for (const Instalment& i : schedule) {
        const InstalmentStatus* s = statusOf(position, i.number);
        const std::int64_t paidOn = s ? s->principalPaid + s->interestPaid + s->penaltyPaid : 0;
        const std::int64_t leftOn = s ? s->principalLeft() + s->interestLeft() + s->penaltyLeft() : i.total();
        table.addHtmlRow({esc(QString::number(i.number)), esc(f.date(i.dueOn)), esc(f.money(i.principal)), esc(f.money(i.interest)),
                          esc(f.money(i.total())), esc(f.moneyOrBlank(paidOn)), esc(f.moneyOrBlank(leftOn)),
                          stateText(s, i, today, f)});
        principal += i.principal;
        interest += i.interest;
        paid += paidOn;
        left += leftOn;
    }
    table.addRow({QString(), T::tr("Total"), f.money(principal), f.money(interest), f.money(principal + interest), f.money(paid),
                  f.money(left), QString()},
                 true);
    html += subheading(T::tr("Instalments")) + table.html();
    if (position) {
        html += fieldList({{T::tr("Position on %1").arg(f.date(position->on)), QString()},
                           {T::tr("Principal still owed"), f.money(position->principalOutstanding)},
                           {T::tr("To pay now to be up to date"), f.money(position->dueToday())},
                           {T::tr("To repay everything now"), f.money(position->payoff())}});
        if (position->penaltiesDue > 0)
            html += paragraph(T::tr("Penalties for late payment included: %1").arg(f.money(position->penaltiesDue)));
    }
    if (!loan.guarantors.empty()) {
        QStringList guarantors;
        for (const GuarantorPledge& g : loan.guarantors)
            guarantors << T::tr("No. %1 (%2)").arg(QString::number(g.guarantor), f.money(g.pledge));
        html += paragraph(T::tr("Guarantors: %1").arg(guarantors.join(QStringLiteral(", "))));
    }
    addPart(doc, doc.title, html);
    return doc;
}

} // namespace tontine::ui
