#include "ui/dialogs/new_loan_wizard.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/loan_form_labels.h"
#include "ui/models/schedule_preview_model.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/custom_lines_editor.h"
#include "ui/widgets/guarantor_rows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace tontine::ui {

NewLoanWizard::NewLoanWizard(Session& session, QWidget* parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("New loan"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Request the loan"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    for (const LoanProduct& p : session.book().loanProducts())
        if (p.active)
            m_products.push_back(p);
    m_schedule = new SchedulePreviewModel(session.currency(), this);
    m_panel = makePreviewPanel();
    setPage(LoanPage, makeLoanPage());
    setPage(GuarantorsPage, makeGuarantorsPage());
    setPage(ReviewPage, makeReviewPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        showPanelOn(id);
        if (id == ReviewPage)
            updateReview();
    });
    showPanelOn(LoanPage);
    // Fits a 1366×768 screen with the panel beside the form.
    setMinimumSize(980, 600);
    resize(1040, 660);
    productChosen();
    borrowerChosen();
    refreshPreview();
    m_borrower->setFocus();
}

std::optional<LoanProduct> NewLoanWizard::currentProduct() const
{
    const LoanProductId id = m_product->currentData().toLongLong();
    for (const LoanProduct& p : m_products)
        if (p.id == id)
            return p;
    return std::nullopt;
}

void NewLoanWizard::productChosen()
{
    const std::optional<LoanProduct> product = currentProduct();
    const bool custom = product && product->method == LoanMethod::Custom;
    m_loanForm->setRowVisible(m_termRow, !custom);
    m_loanForm->setRowVisible(m_customRow, custom);
    if (product) {
        m_productTerms->setText(productTermsText(*product, m_session.currency()));
        {
            const QSignalBlocker block(m_term);
            m_term->setValue(product->minTermMonths); // the shortest term: the usual default
        }
        m_termRange->setText(product->minTermMonths == product->maxTermMonths
                                 ? tr("month(s)")
                                 : tr("months (%1 to %2)").arg(product->minTermMonths).arg(product->maxTermMonths));
        if (custom && m_custom->lineCount() == 0)
            m_custom->addLine(m_session.actor().date.addMonths(1));
        const QSignalBlocker block(m_guarantors);
        m_guarantors->ensureRows(product->guarantorsRequired);
    } else {
        m_productTerms->clear();
        m_termRange->clear();
    }
    refreshPreview();
}

void NewLoanWizard::borrowerChosen()
{
    const MemberId who = m_borrower->currentData().toLongLong();
    const bool emptied = m_guarantors->setExcluded(who > 0 ? std::optional<MemberId>(who) : std::nullopt);
    // Say it when a guarantor disappears rather than dropping them silently.
    m_unticked->setText(emptied ? tr("%1 was taken off the guarantors: nobody guarantees their own loan.")
                                      .arg(m_borrower->currentText())
                                : QString());
    m_unticked->setVisible(emptied);
    refreshPreview();
}

int NewLoanWizard::termMonths() const { return m_term->value(); }
bool NewLoanWizard::termShown() const { return m_loanForm->isRowVisible(m_termRow); }

bool NewLoanWizard::buildRequest(LoanRequest& request) const
{
    request = LoanRequest{};
    request.borrower = m_borrower->currentData().toLongLong();
    request.product = m_product->currentData().toLongLong();
    request.date = m_session.actor().date;
    request.purpose = toStd(m_purpose->currentText().trimmed());
    bool ok = true;
    const QString amount = m_amount->text().trimmed();
    if (!amount.isEmpty()) {
        if (auto minor = amountFromText(amount, m_session.currency()))
            request.principal = *minor;
        else
            ok = false;
    }
    const std::optional<LoanProduct> product = currentProduct();
    if (product && product->method == LoanMethod::Custom)
        ok = m_custom->read(request.custom) && ok;
    else
        request.termMonths = m_term->value();
    ok = m_guarantors->read(request.guarantors) && ok;
    return ok;
}

int NewLoanWizard::pageOf(const std::string& field)
{
    const std::string root = problemFieldRoot(field);
    if (root == "borrower" || root == "product" || root == "principal" || root == "termMonths" || root == "custom" ||
        root == "purpose" || root == "rateBasisPoints")
        return LoanPage;
    if (root.rfind("guarantor", 0) == 0)
        return GuarantorsPage;
    return ReviewPage;
}

void NewLoanWizard::refreshPreview()
{
    if (m_refreshing || !m_guarantors)
        return;
    m_refreshing = true;
    const Currency& c = m_session.currency();
    LoanRequest req;
    // Twice at most: the first preview gives the minimum pledge that pre-fills the pledges.
    for (int pass = 0; pass < 2; ++pass) {
        const std::vector<GuarantorPledge> before = req.guarantors;
        buildRequest(req);
        if (pass == 1 && before.size() == req.guarantors.size() &&
            std::equal(before.begin(), before.end(), req.guarantors.begin(),
                       [](const GuarantorPledge& a, const GuarantorPledge& b) {
                           return a.guarantor == b.guarantor && a.pledge == b.pledge;
                       }))
            break;
        try {
            m_preview = m_session.book().previewLoan(req);
        } catch (const ValidationError& e) {
            m_preview = LoanPreview{};
            m_preview.problems = e.problems();
        } catch (const Error& e) {
            m_preview = LoanPreview{};
            m_preview.problems = {Problem{"", "error", {}, e.what()}};
        }
        m_guarantors->setMinimumPledge(m_preview.minimumPledge);
    }
    // What cannot be read is said by the form; core's word on the same field would only repeat it.
    m_typing.clear();
    {
        int line = 0;
        if (!m_amount->text().trimmed().isEmpty() && !amountFromText(m_amount->text(), c))
            m_typing.push_back(Problem{"principal", "amount.unreadable", {},
                                       toStd(tr("Type the amount as a number, e.g. %1.")
                                                 .arg(plainMoneyText(100000 * minorPerMajor(c), c)))});
        std::vector<CustomInstalment> lines;
        if (!termShown() && !m_custom->read(lines, &line))
            m_typing.push_back(
                Problem{"custom", "amount.unreadable", {}, toStd(tr("Line %1: type the principal as a number.").arg(line))});
        std::vector<GuarantorPledge> pledges;
        if (!m_guarantors->read(pledges, &line))
            m_typing.push_back(Problem{"guarantors", "amount.unreadable", {},
                                       toStd(tr("Guarantor %1: type the pledge as a number.").arg(line))});
    }
    Problems all = m_typing;
    for (const Problem& p : m_preview.problems) {
        const std::string root = problemFieldRoot(p.field);
        const bool typingSaid = std::any_of(m_typing.begin(), m_typing.end(), [&](const Problem& t) { return t.field == root; });
        if (!typingSaid)
            all.push_back(p);
    }

    m_schedule->setSchedule(m_preview.schedule);
    m_scheduleView->resizeColumnsToContents();
    m_scheduleNote->setText(m_preview.schedule.empty()
                                ? tr("Shown once the amount and term can be computed.")
                                : tr("As if paid out on %1; it starts on the day it is paid out.")
                                      .arg(dateText(m_session.actor().date)));
    m_guarantors->showStandings(m_preview);

    // The limits core checked, in words.
    m_limits->setText(loanLimitsHtml(m_preview, req.borrower, currentProduct(), m_session.book().loanRules(),
                                     memberNames(m_session.book().members()), c));

    QStringList listed;
    for (const Problem& p : all)
        listed << QStringLiteral("⚠ ") + problemText(p);
    listed.removeDuplicates();
    m_list->setText(listed.join(QLatin1Char('\n')));
    m_list->setVisible(!listed.isEmpty());

    showInline(currentId());
    if (currentId() == ReviewPage)
        updateReview();
    m_refreshing = false;
}

bool NewLoanWizard::showInline(int page)
{
    // Next to the fields of the pages already checked, without moving the focus while typing.
    Problems all = m_typing;
    for (const Problem& p : m_preview.problems)
        if (std::none_of(m_typing.begin(), m_typing.end(),
                         [&](const Problem& t) { return t.field == problemFieldRoot(p.field); }))
            all.push_back(p);
    QMap<QString, QStringList> byField;
    bool pageClean = true;
    for (const Problem& p : all) {
        const int on = pageOf(p.field);
        if (on == page)
            pageClean = false;
        if (m_checked.count(on) == 0 || on == ReviewPage)
            continue;
        QStringList& texts = byField[toQt(problemFieldRoot(p.field))];
        const QString text = problemText(p);
        if (!texts.contains(text))
            texts.append(text);
    }
    m_problems.clear();
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        m_problems.showOne(it.key(), it.value().join(QStringLiteral("\n⚠ ")));
    return pageClean;
}

bool NewLoanWizard::checkPage(int page)
{
    m_checked.insert(page);
    refreshPreview();
    const bool clean = showInline(page);
    if (!clean) {
        // The first field of this page with a problem takes the focus.
        const std::pair<const char*, QWidget*> fields[] = {
            {"borrower", m_borrower}, {"product", m_product},   {"principal", m_amount},        {"termMonths", m_term},
            {"custom", m_custom},     {"purpose", m_purpose},   {"guarantors", m_guarantors}};
        for (const auto& [field, editor] : fields)
            if (pageOf(field) == page && !m_problems.textOf(QLatin1String(field)).isEmpty()) {
                editor->setFocus();
                break;
            }
    }
    return clean;
}

void NewLoanWizard::updateReview()
{
    LoanRequest req;
    buildRequest(req);
    m_review->setText(loanReviewHtml(req, currentProduct(), m_preview.schedule, m_session.book().loanRules(),
                                     memberNames(m_session.book().members()), m_session.currency()));
}

QString NewLoanWizard::reviewText() const { return m_review->text(); }
QString NewLoanWizard::limitsText() const { return m_limits->text(); }

QString NewLoanWizard::problems() const
{
    QStringList out;
    if (!m_list->isHidden())
        out << m_list->text();
    if (!m_general->isHidden())
        out << m_general->text();
    return out.join(QLatin1Char('\n'));
}

bool NewLoanWizard::request()
{
    m_checked = {LoanPage, GuarantorsPage, ReviewPage};
    m_general->setVisible(false);
    refreshPreview();
    LoanRequest req;
    const bool typed = buildRequest(req);
    int first = ReviewPage;
    for (const Problem& p : m_typing)
        first = std::min(first, pageOf(p.field));
    if (typed) {
        try {
            m_requested = m_session.book().requestLoan(req, m_session.actor());
        } catch (const ValidationError& e) {
            // Core's refusal is the word that counts: shown next to the fields and listed.
            m_preview.problems = e.problems();
            QStringList lines;
            for (const Problem& p : e.problems()) {
                first = std::min(first, pageOf(p.field));
                lines << problemText(p);
            }
            lines.removeDuplicates();
            m_list->setText(QStringLiteral("⚠ ") + lines.join(QStringLiteral("\n⚠ ")));
            m_list->setVisible(true);
            showInline(ReviewPage);
            m_general->setText(tr("⚠ Not requested yet. Please change:\n") + lines.join(QLatin1Char('\n')));
            m_general->setVisible(true);
        } catch (const Error& e) {
            m_general->setText(QStringLiteral("⚠ ") + toQt(std::string(e.what())));
            m_general->setVisible(true);
            return false;
        }
    }
    if (m_requested != 0) {
        m_session.notifyChanged();
        return true;
    }
    // Back to the first page concerned, once Finish has returned; everything typed stays.
    if (first != ReviewPage)
        QTimer::singleShot(0, this, [this, first] {
            while (currentId() > first)
                back();
        });
    return false;
}

void NewLoanWizard::chooseBorrower(MemberId member)
{
    m_borrower->setCurrentIndex(std::max(0, m_borrower->findData(QVariant::fromValue<qlonglong>(member))));
}

void NewLoanWizard::chooseProduct(LoanProductId product)
{
    m_product->setCurrentIndex(m_product->findData(QVariant::fromValue<qlonglong>(product)));
}

void NewLoanWizard::setAmountText(const QString& text) { m_amount->setText(text); }
void NewLoanWizard::setTermMonths(int months) { m_term->setValue(months); }
void NewLoanWizard::setPurpose(const QString& purpose) { m_purpose->setEditText(purpose); }
void NewLoanWizard::setGuarantor(int row, MemberId member, const QString& pledge)
{
    m_guarantors->setGuarantor(row, member, pledge);
    refreshPreview();
}

} // namespace tontine::ui
