#include "ui/dialogs/create_fund_wizard.h"

#include "core/money/currency.h"
#include "ui/convert.h"
#include "ui/labels.h"
#include "ui/widgets/validated_wizard_page.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
QLabel* caption(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    buddy->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    return label;
}

// A file name people can read back: the fund's name without characters file systems refuse.
QString fileNameFor(const QString& fundName)
{
    QString base = fundName.trimmed();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : base)
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    if (base.isEmpty())
        base = QCoreApplication::translate("tontine::ui::CreateFundWizard", "fund");
    return base + QStringLiteral(".tontine");
}
} // namespace

CreateFundWizard::CreateFundWizard(const Clock& clock, QWidget* parent) : QWizard(parent), m_clock(clock)
{
    setWindowTitle(tr("Create a fund"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Create the fund"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    // Documents when it exists (it does not on every machine), else the home folder.
    m_defaultFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(m_defaultFolder).exists())
        m_defaultFolder = QDir::homePath();
    addPage(makeFundPage());
    addPage(makeOperatorPage());
    setMinimumSize(620, 460);
}

void CreateFundWizard::setDefaultFolder(const QString& folder)
{
    m_defaultFolder = folder;
    suggestLocation();
}

ValidatedWizardPage* CreateFundWizard::makeFundPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("Your fund"));
    page->setSubTitle(tr("The name members know the group by, and how its books are kept."));

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Tontine des femmes de Pikine"));
    connect(m_name, &QLineEdit::textEdited, this, &CreateFundWizard::suggestLocation);

    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const Currency& c : currencies())
        m_currency->addItem(QStringLiteral("%1 — %2").arg(toQt(c.code), toQt(c.symbol)), toQt(c.code));

    m_frequency = new QComboBox(page);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    for (MeetingFrequency f : {MeetingFrequency::Weekly, MeetingFrequency::Fortnightly, MeetingFrequency::Monthly})
        m_frequency->addItem(frequencyLabel(f), toQt(frequencyCode(f)));
    m_frequency->setCurrentIndex(2);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString& code : languageCodes())
        m_language->addItem(languageLabel(toStd(code)), code);

    m_location = new QLineEdit(page);
    m_location->setObjectName(QStringLiteral("location"));
    connect(m_location, &QLineEdit::textEdited, this, [this] { m_locationEdited = true; });
    auto* browseButton = new QPushButton(tr("&Browse…"), page);
    browseButton->setAccessibleName(tr("Choose where to save the fund"));
    connect(browseButton, &QPushButton::clicked, this, &CreateFundWizard::browse);
    auto* locationRow = new QWidget(page);
    auto* locationLayout = new QHBoxLayout(locationRow);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(m_location, 1);
    locationLayout->addWidget(browseButton);
    locationRow->setFocusProxy(m_location);

    auto* form = new QFormLayout(page);
    auto addRow = [&](const QString& label, QWidget* editor, QWidget* row, QStringList fields) {
        auto* problem = FieldProblems::makeLabel(page);
        form->addRow(caption(label, editor, page), FieldProblems::wrap(row ? row : editor, problem));
        for (const QString& f : fields)
            m_problems.add(f, editor, problem);
    };
    addRow(tr("Fund &name:"), m_name, nullptr, {QStringLiteral("name")});
    addRow(tr("&Currency:"), m_currency, nullptr, {QStringLiteral("currencyCode"), QStringLiteral("currency")});
    addRow(tr("&Meetings:"), m_frequency, nullptr, {QStringLiteral("frequency")});
    addRow(tr("&Language:"), m_language, nullptr, {QStringLiteral("language")});
    addRow(tr("&Save as:"), m_location, locationRow, {QStringLiteral("location")});
    auto* note = new QLabel(tr("The currency cannot be changed once money is recorded."), page);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    page->setValidator([this] { return checkFundPage(); });
    suggestLocation();
    return page;
}

ValidatedWizardPage* CreateFundWizard::makeOperatorPage()
{
    auto* page = new ValidatedWizardPage(this);
    page->setTitle(tr("First operator"));
    page->setSubTitle(tr("The person who records things in this fund. Every entry names who recorded it; "
                         "others can be added later in Settings."));
    m_operatorName = new QLineEdit(page);
    m_operatorName->setObjectName(QStringLiteral("operatorName"));
    m_operatorName->setPlaceholderText(tr("e.g. Awa Diop"));
    m_operatorRole = new QComboBox(page);
    m_operatorRole->setObjectName(QStringLiteral("operatorRole"));
    for (const QString& code : roleCodes())
        m_operatorRole->addItem(roleLabel(toStd(code)), code);

    auto* form = new QFormLayout(page);
    auto* nameProblem = FieldProblems::makeLabel(page);
    auto* roleProblem = FieldProblems::makeLabel(page);
    form->addRow(caption(tr("&Name:"), m_operatorName, page), FieldProblems::wrap(m_operatorName, nameProblem));
    form->addRow(caption(tr("&Role:"), m_operatorRole, page), FieldProblems::wrap(m_operatorRole, roleProblem));
    m_problems.add(QStringLiteral("firstOperator"), m_operatorName, nameProblem);
    m_problems.add(QStringLiteral("operator"), m_operatorName, nameProblem);
    m_problems.add(QStringLiteral("firstOperatorRole"), m_operatorRole, roleProblem);
    m_general = FieldProblems::makeLabel(page);
    form->addRow(m_general);

    page->setValidator([this] { return createFund(); });
    return page;
}

void CreateFundWizard::suggestLocation()
{
    if (m_locationEdited || !m_location)
        return;
    m_location->setText(QDir(m_defaultFolder).filePath(fileNameFor(m_name->text())));
}

void CreateFundWizard::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the fund as"), chosenPath(),
                                                      tr("Tontine funds (*.tontine)"));
    if (path.isEmpty())
        return;
    m_location->setText(path);
    m_locationEdited = true;
}

QString CreateFundWizard::chosenPath() const
{
    QString path = m_location->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".tontine")))
        path += QStringLiteral(".tontine");
    return path;
}

bool CreateFundWizard::checkFundPage()
{
    m_problems.clear();
    bool ok = true;
    if (m_name->text().trimmed().isEmpty()) {
        m_problems.showOne(QStringLiteral("name"), tr("Give the fund a name."));
        ok = false;
    }
    const QFileInfo file(chosenPath());
    if (chosenPath().isEmpty()) {
        m_problems.showOne(QStringLiteral("location"), tr("Choose where to save the fund."));
        ok = false;
    } else if (file.exists()) {
        m_problems.showOne(QStringLiteral("location"), tr("A file with this name already exists. Choose another name."));
        ok = false;
    } else if (!file.absoluteDir().exists()) {
        m_problems.showOne(QStringLiteral("location"), tr("This folder does not exist."));
        ok = false;
    }
    if (!ok)
        (m_name->text().trimmed().isEmpty() ? static_cast<QWidget*>(m_name) : m_location)->setFocus();
    return ok;
}

bool CreateFundWizard::createFund()
{
    m_problems.clear();
    m_general->setVisible(false);
    if (m_operatorName->text().trimmed().isEmpty()) {
        m_problems.showOne(QStringLiteral("firstOperator"), tr("Give the name of the person recording."));
        m_operatorName->setFocus();
        return false;
    }
    NewFund fund;
    fund.settings.name = toStd(m_name->text().trimmed());
    fund.settings.currencyCode = toStd(m_currency->currentData().toString());
    fund.settings.frequency = parseFrequency(toStd(m_frequency->currentData().toString())).value_or(MeetingFrequency::Monthly);
    fund.settings.language = toStd(m_language->currentData().toString());
    fund.firstOperator = toStd(m_operatorName->text().trimmed());
    fund.firstOperatorRole = toStd(m_operatorRole->currentData().toString());
    fund.createdOn = m_clock.today();
    const QString path = chosenPath();
    try {
        m_book = Book::create(toPath(path), fund, m_clock);
    } catch (const ValidationError& e) {
        QStringList rest = m_problems.show(e.problems());
        // Problems on the first page are shown there too; say so here, where the person is.
        for (const Problem& p : e.problems())
            if (p.field != "firstOperator" && p.field != "firstOperatorRole" && p.field != "operator")
                rest.append(problemText(p));
        rest.removeDuplicates();
        if (!rest.isEmpty()) {
            m_general->setText(QStringLiteral("⚠ ") + rest.join(QLatin1Char('\n')));
            m_general->setVisible(true);
        }
        return false;
    } catch (const StorageError& e) {
        m_general->setText(QStringLiteral("⚠ ") + storageErrorText(e) + QLatin1Char('\n') + toQt(std::string(e.what())));
        m_general->setVisible(true);
        return false;
    } catch (const Error& e) {
        m_general->setText(QStringLiteral("⚠ ") + toQt(std::string(e.what())));
        m_general->setVisible(true);
        return false;
    }
    m_createdPath = path;
    return true;
}

} // namespace tontine::ui
