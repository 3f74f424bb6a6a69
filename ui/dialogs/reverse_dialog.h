#pragma once
// Asks why an entry is being reversed; the reason is required and goes into the reversal.
// It only collects the reason: the caller runs Book::reverse.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tontine::ui {

class ReverseDialog : public QDialog {
    Q_OBJECT
public:
    ReverseDialog(const QString& entryText, QWidget* parent = nullptr);
    QString reason() const;

public slots:
    void accept() override;

private:
    QLineEdit* m_reason;
    QLabel* m_problem;
};

} // namespace tontine::ui
