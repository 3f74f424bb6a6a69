#pragma once
// Writes a whole file or nothing: QSaveFile writes beside the target and renames on commit, so
// a full or pulled-out USB stick leaves no half-written file behind. Only writes bytes it is
// given; it knows nothing of what they mean.

#include <QString>

#include <string>

namespace tontine::ui {

// True when `bytes` are at `path`; otherwise false with the reason in `error` (when given).
bool writeWholeFile(const QString& path, const std::string& bytes, QString* error = nullptr);

} // namespace tontine::ui
