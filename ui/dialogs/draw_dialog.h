#pragma once
// The draw of a rotation as anyone can re-check it: the seed, then every pick with the
// eligible hands, the text hashed, its SHA-256, the number and the winner. Monospace,
// selectable, copyable and printable. It shows Book::drawOrder and decides nothing.

#include "core/rotation/draw.h"
#include "ui/rotation_labels.h"

#include <QDialog>

class QPlainTextEdit;

namespace tontine::ui {

class Session;

class DrawDialog : public QDialog {
    Q_OBJECT
public:
    DrawDialog(Session& session, RotationId rotation, QWidget* parent = nullptr);
    QString text() const;
    // The printable text of a draw: how to check it, then one block per pick.
    static QString drawText(const RotationSpec& spec, const std::vector<DrawStep>& steps, const MemberNames& names);

private:
    void print();

    QPlainTextEdit* m_text;
};

} // namespace tontine::ui
