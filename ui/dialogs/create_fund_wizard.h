#pragma once
// "Create a fund": name, currency, meeting frequency, language, where the file goes, and the
// first operator. Finish runs Book::create; core's problems show next to their fields.

#include "core/book/book.h"
#include "ui/widgets/field_problems.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLineEdit;

namespace tontine::ui {

class ValidatedWizardPage;

class CreateFundWizard : public QWizard {
    Q_OBJECT
public:
    explicit CreateFundWizard(const Clock& clock, QWidget* parent = nullptr);

    // The folder a new fund file goes to unless the person picks another.
    void setDefaultFolder(const QString& folder);
    // The created fund, open, after Finish; null before.
    std::unique_ptr<Book> takeBook() { return std::move(m_book); }
    QString createdPath() const { return m_createdPath; }
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }

private:
    ValidatedWizardPage* makeFundPage();
    ValidatedWizardPage* makeOperatorPage();
    bool checkFundPage();
    bool createFund();
    void suggestLocation();
    void browse();
    QString chosenPath() const;

    const Clock& m_clock;
    std::unique_ptr<Book> m_book;
    QString m_createdPath;
    QString m_defaultFolder;
    bool m_locationEdited = false;
    FieldProblems m_problems;
    QLineEdit* m_name = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_frequency = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_operatorName = nullptr;
    QComboBox* m_operatorRole = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace tontine::ui
