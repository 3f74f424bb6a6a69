#pragma once
// The Settings page: fund name, rounding, meeting frequency, language, backups kept (currency
// read-only), the meeting rules (fines, saved by their own box), the operators with
// "Add operator…", and the loan products and rules ("Add product…", "Edit product…",
// "Loan rules…"). Saving goes through Book (updateSettings, saveLoanProduct, setLoanRules).

#include "ui/widgets/field_problems.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tontine::ui {

class Session;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);
    // The problem shown next to a field ("name", "roundingUnit", …), empty when none.
    QString problemFor(const QString& field) const { return m_problems.textOf(field); }

public slots:
    void reload();
    void save();
    void addOperator();
    void addLoanProduct();
    void editLoanProduct();
    void editLoanRules();

private:
    QWidget* buildLoansBox();
    void reloadLoans();

    Session& m_session;
    FieldProblems m_problems;
    QLineEdit* m_name;
    QLabel* m_currency;
    QLineEdit* m_rounding;
    QLabel* m_roundingSymbol;
    QComboBox* m_frequency;
    QComboBox* m_language;
    QSpinBox* m_backupKeep;
    QLabel* m_general;
    QLabel* m_saved;
    QTableWidget* m_operators;
    QTableWidget* m_products = nullptr;
    QLabel* m_loanRules = nullptr;
    QPushButton* m_editProduct = nullptr;
};

} // namespace tontine::ui
