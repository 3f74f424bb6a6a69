#pragma once
// Lists every problem found in a members CSV (line, column, message) after an import was
// refused. Nothing was imported when this shows; the dialog only reports.

#include "core/error/errors.h"

#include <QDialog>

namespace tontine::ui {

class ImportProblemsDialog : public QDialog {
    Q_OBJECT
public:
    ImportProblemsDialog(const QString& fileName, const Problems& problems, QWidget* parent = nullptr);
};

} // namespace tontine::ui
