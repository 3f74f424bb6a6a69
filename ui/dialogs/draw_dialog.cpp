#include "ui/dialogs/draw_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tontine::ui {

DrawDialog::DrawDialog(Session& session, RotationId rotation, QWidget* parent) : QDialog(parent)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("drawText"));
    m_text->setAccessibleName(tr("The draw, step by step"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QString title = tr("The draw");
    try {
        const auto state = session.book().rotation(rotation);
        if (state) {
            title = tr("The draw of %1").arg(toQt(state->spec.name));
            m_text->setPlainText(drawText(state->spec, session.book().drawOrder(rotation),
                                          memberNames(session.book().members())));
        }
    } catch (const Error& e) {
        m_text->setPlainText(toQt(std::string(e.what())));
    }
    setWindowTitle(title);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDraw"));
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(printButton, &QPushButton::clicked, this, &DrawDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // Wide enough for a whole SHA-256 line without scrolling.
    const int column = m_text->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    resize(std::min(column * 96, 1300), 560);
}

QString DrawDialog::text() const { return m_text->toPlainText(); }

QString DrawDialog::drawText(const RotationSpec& spec, const std::vector<DrawStep>& steps, const MemberNames& names)
{
    QStringList out;
    out << tr("Rotation: %1").arg(toQt(spec.name));
    out << tr("Seed: %1").arg(toQt(spec.drawSeed));
    out << QString();
    // Lines short enough to read and print without scrolling sideways.
    out << tr("To check a pick, hash its text (seed|pick|attempt) with SHA-256, e.g.:");
    out << QStringLiteral("    printf '%s' '%1' | sha256sum").arg(toQt(spec.drawSeed + "|1|0"));
    out << tr("Read the first 8 hex digits as a number x; the winner is the eligible hand");
    out << tr("at place x mod n, counting from 0. (If x >= 4294967296 - (4294967296 mod n),");
    out << tr("the next attempt is hashed instead; this almost never happens.)");
    QStringList order;
    for (const DrawStep& step : steps) {
        QStringList eligible;
        for (HandNumber h : step.eligible)
            eligible.append(QString::number(h));
        const qint64 n = qint64(step.eligible.size());
        out << QString();
        out << tr("Pick %1 (round %2)").arg(step.pick).arg((step.pick - 1) / std::max(1, spec.beneficiariesPerRound) + 1);
        out << tr("  eligible hands: %1 (n = %2)").arg(eligible.join(QLatin1Char(' '))).arg(n);
        out << tr("  text hashed:    %1").arg(toQt(step.message));
        out << tr("  SHA-256:        %1").arg(toQt(step.hashHex));
        out << tr("  first 8 hex:    %1 = %2").arg(toQt(step.hashHex.substr(0, 8))).arg(step.value);
        out << tr("  %1 mod %2 = %3  →  %4").arg(step.value).arg(n).arg(step.index).arg(handText(spec, step.winner, names));
        order.append(QString::number(step.winner));
    }
    out << QString();
    out << tr("Order of the hands: %1").arg(order.join(QStringLiteral(", ")));
    return out.join(QLatin1Char('\n'));
}

void DrawDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_text->print(&printer);
}

} // namespace tontine::ui
