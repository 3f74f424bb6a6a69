#pragma once
// A wizard page whose "Next"/"Finish" runs a check given by its wizard; the check shows its
// own inline problems and returns false to keep the page open.

#include <QWizardPage>

#include <functional>

namespace tontine::ui {

class ValidatedWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ValidatedWizardPage(QWidget* parent = nullptr) : QWizardPage(parent) {}
    void setValidator(std::function<bool()> validator) { m_validator = std::move(validator); }
    bool validatePage() override { return !m_validator || m_validator(); }

private:
    std::function<bool()> m_validator;
};

} // namespace tontine::ui
