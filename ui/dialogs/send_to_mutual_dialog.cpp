#include "ui/dialogs/send_to_mutual_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/insurance_labels.h"
#include "ui/labels.h"
#include "ui/models/export_preview_model.h"
#include "ui/rotation_labels.h"
#include "ui/widgets/atomic_file.h"
#include "ui/widgets/read_only_table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {

// Restores the cursor however the work ends (a refusal is an exception from core).
struct WaitCursor {
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

bool usesMemberSelection(ExportProfile p)
{
    return p == ExportProfile::OpenImisInsurees || p == ExportProfile::MutuelleFr || p == ExportProfile::Members;
}

} // namespace

SendToMutualDialog::SendToMutualDialog(Session& session, PartnerId partner, QWidget* parent)
    : QDialog(parent), m_session(session), m_preview(new ExportPreviewModel(this))
{
    setWindowTitle(tr("Send to the mutual"));
    const std::vector<Partner> partners = session.book().partners();

    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partner"));
    m_partner->setAccessibleName(tr("Partner mutual"));
    for (const Partner& p : partners)
        m_partner->addItem(p.active ? toQt(p.name) : tr("%1 (inactive)").arg(toQt(p.name)),
                           QVariant::fromValue<qlonglong>(p.id));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setAccessibleName(tr("File format"));
    for (ExportProfile p : allExportProfiles())
        m_profile->addItem(exportProfileLabel(p), int(p));
    m_profileText = new QLabel(this);
    m_profileText->setObjectName(QStringLiteral("profileDescription"));
    m_profileText->setWordWrap(true);

    // Last month by default: what a monthly trip to the mutual carries.
    const Date today = session.book().clock().today();
    const Date thisMonth = Date::fromYmd(today.year(), today.month(), 1);
    auto dateEdit = [this](const char* name, const QString& accessible, const Date& date) {
        auto* edit = new QDateEdit(toQDate(date), this);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        return edit;
    };
    m_from = dateEdit("from", tr("From"), thisMonth.addMonths(-1));
    m_to = dateEdit("to", tr("To"), thisMonth.addDays(-1));
    m_members = new QComboBox(this);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setAccessibleName(tr("Members"));
    for (MemberSelection s : {MemberSelection::All, MemberSelection::Enrolled, MemberSelection::ToEnrol})
        m_members->addItem(memberSelectionLabel(s), int(s));
    m_onlyNew = new QCheckBox(tr("Only what was not sent &before (same mutual, same file)"), this);
    m_onlyNew->setObjectName(QStringLiteral("onlyNew"));

    auto* options = new QGroupBox(tr("What to send"), this);
    auto* grid = new QGridLayout(options);
    auto caption = [options](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, options);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(caption(tr("&Mutual:"), m_partner), 0, 0);
    grid->addWidget(m_partner, 0, 1);
    grid->addWidget(caption(tr("&File:"), m_profile), 0, 2);
    grid->addWidget(m_profile, 0, 3);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(caption(tr("&to"), m_to));
    period->addWidget(m_to);
    period->addStretch(1);
    grid->addWidget(caption(tr("&Period from:"), m_from), 1, 0);
    grid->addLayout(period, 1, 1);
    grid->addWidget(caption(tr("M&embers:"), m_members), 1, 2);
    grid->addWidget(m_members, 1, 3);
    grid->addWidget(m_onlyNew, 2, 1, 1, 3);
    grid->addWidget(m_profileText, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_sentBefore = new QLabel(this);
    m_sentBefore->setObjectName(QStringLiteral("sentBefore"));
    m_sentBefore->setWordWrap(true);
    m_sentBefore->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = makeReadOnlyTable(m_preview, QStringLiteral("previewTable"), tr("Rows of the file"), this);
    m_table->verticalHeader()->setVisible(true); // row numbers: "row 12" is how the mutual reports a problem
    m_table->setTextElideMode(Qt::ElideRight);

    m_problemsTitle = new QLabel(this);
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problemsTitle->setWordWrap(true);
    m_problemsTitle->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &SendToMutualDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(options);
    layout->addWidget(m_summary);
    layout->addWidget(m_sentBefore);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_partner, &QComboBox::currentIndexChanged, this, &SendToMutualDialog::partnerChosen);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SendToMutualDialog::profileChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &SendToMutualDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &SendToMutualDialog::refresh);
    connect(m_members, &QComboBox::currentIndexChanged, this, &SendToMutualDialog::refresh);
    connect(m_onlyNew, &QCheckBox::toggled, this, &SendToMutualDialog::refresh);

    int index = partner ? m_partner->findData(QVariant::fromValue<qlonglong>(partner)) : -1;
    if (index < 0)
        for (std::size_t i = 0; i < partners.size() && index < 0; ++i)
            if (partners[i].active)
                index = int(i);
    {
        QSignalBlocker block(m_partner);
        m_partner->setCurrentIndex(std::max(index, m_partner->count() > 0 ? 0 : -1));
    }
    partnerChosen();
    resize(1100, 640);
}

void SendToMutualDialog::partnerChosen()
{
    // The partner's own file first: what its system expects.
    const std::optional<Partner> p = m_partner->currentIndex() >= 0
                                         ? m_session.book().partner(m_partner->currentData().toLongLong())
                                         : std::nullopt;
    const std::optional<ExportProfile> wanted = p ? parseExportProfile(p->exportProfile) : std::nullopt;
    const int index = m_profile->findData(int(wanted.value_or(ExportProfile::OpenImisInsurees)));
    if (index >= 0 && index != m_profile->currentIndex()) {
        m_profile->setCurrentIndex(index); // profileChosen refreshes
        return;
    }
    profileChosen();
}

void SendToMutualDialog::profileChosen()
{
    const ExportProfile profile = ExportProfile(m_profile->currentData().toInt());
    m_profileText->setText(exportProfileDescription(profile));
    m_partner->setEnabled(needsPartner(profile));
    m_members->setEnabled(usesMemberSelection(profile));
    {
        // openIMIS only takes numbered members, so its file starts with the enrolled ones; the
        // spreadsheets take everyone (members to enrol with an empty number).
        QSignalBlocker block(m_members);
        m_members->setCurrentIndex(m_members->findData(
            int(profile == ExportProfile::OpenImisInsurees ? MemberSelection::Enrolled : MemberSelection::All)));
    }
    m_onlyNew->setEnabled(needsPartner(profile));
    refresh();
}

void SendToMutualDialog::choosePartner(PartnerId partner)
{
    m_partner->setCurrentIndex(m_partner->findData(QVariant::fromValue<qlonglong>(partner)));
}

void SendToMutualDialog::chooseProfile(ExportProfile profile) { m_profile->setCurrentIndex(m_profile->findData(int(profile))); }

void SendToMutualDialog::setPeriod(Date from, Date to)
{
    {
        QSignalBlocker a(m_from);
        QSignalBlocker b(m_to);
        m_from->setDate(toQDate(from));
        m_to->setDate(toQDate(to));
    }
    refresh();
}

void SendToMutualDialog::chooseMembers(MemberSelection selection)
{
    m_members->setCurrentIndex(m_members->findData(int(selection)));
}

void SendToMutualDialog::setOnlyNew(bool onlyNew) { m_onlyNew->setChecked(onlyNew); }

ExportRequest SendToMutualDialog::request() const
{
    ExportRequest r;
    r.profile = ExportProfile(m_profile->currentData().toInt());
    if (needsPartner(r.profile) && m_partner->currentIndex() >= 0)
        r.partner = m_partner->currentData().toLongLong();
    r.from = toDate(m_from->date());
    r.to = toDate(m_to->date());
    r.members = usesMemberSelection(r.profile) ? MemberSelection(m_members->currentData().toInt()) : MemberSelection::All;
    r.onlyNew = needsPartner(r.profile) && m_onlyNew->isChecked();
    return r;
}

void SendToMutualDialog::refresh()
{
    if (m_building)
        return;
    m_building = true;
    m_status->setVisible(false);
    m_problems->clear();
    const ExportRequest r = request();
    try {
        WaitCursor wait;
        if (needsPartner(r.profile) && !r.partner) {
            m_file = ExportFile{};
            m_file.profile = r.profile;
            m_file.problems = {Problem{"", "required", {},
                                       toStd(tr("This file is for a partner mutual: add one with Add partner… on the "
                                                "Health insurance page.")),
                                       0, 0}};
        } else {
            m_file = m_session.book().prepareExport(r);
        }
    } catch (const ValidationError& e) {
        // The request itself was refused (dates out of order, no partner): same list.
        m_file = ExportFile{};
        m_file.profile = r.profile;
        m_file.problems = e.problems();
    } catch (const Error& e) {
        m_file = ExportFile{};
        m_file.profile = r.profile;
        m_file.problems = {Problem{"", "error", {}, e.what(), 0, 0}};
    }
    m_building = false;
    m_preview->setFile(m_file);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18));

    const MemberNames names = memberNames(m_session.book().members());
    for (const Problem& p : m_file.problems)
        m_problems->addItem(QStringLiteral("⚠ ") + exportProblemLine(p, names));
    const bool refused = !m_file.ok();
    // A refused file has no rows to show: the problems take the room.
    m_table->setVisible(!refused);
    m_problems->setVisible(refused);
    m_problemsTitle->setVisible(refused);
    m_problemsTitle->setText(tr("The mutual would reject this file. Nothing can be saved until these %n problem(s) "
                                "are fixed (in the members' details or the options above):",
                                nullptr, int(m_file.problems.size())));
    updateSentBefore(r);

    // A file with no row tells the mutual nothing, and recording it as sent would only mislead.
    const bool empty = !refused && m_file.rows.empty();
    if (refused)
        m_summary->setText(tr("%1 — refused.").arg(exportProfileLabel(r.profile)));
    else if (empty)
        m_summary->setText(tr("%1 — nothing to send for these options: the file would have no row.")
                               .arg(exportProfileLabel(r.profile)));
    else
        m_summary->setText(tr("%1 — %n row(s) will be written to %2.", nullptr, int(m_file.rows.size()))
                               .arg(exportProfileLabel(r.profile), toQt(m_file.suggestedName)));
    m_save->setEnabled(!refused && !empty);
    m_save->setToolTip(refused ? tr("Fix the problems listed first.")
                       : empty ? tr("Choose another period or other members: this file would have no row.")
                               : tr("Choose where to save the file, e.g. a USB stick."));
}

QStringList SendToMutualDialog::problemLines() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out.append(m_problems->item(i)->text());
    return out;
}

bool SendToMutualDialog::canSave() const { return m_save->isEnabled(); }

void SendToMutualDialog::updateSentBefore(const ExportRequest& r)
{
    // What went before to the same place: the treasurer sees a file is not sent twice by mistake.
    m_sentBefore->setText(sentBeforeLine(m_session.book().exportRecords(), r));
    m_sentBefore->setVisible(!m_sentBefore->text().isEmpty());
}

QString SendToMutualDialog::sentBeforeText() const { return m_sentBefore->isHidden() ? QString() : m_sentBefore->text(); }

QString SendToMutualDialog::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void SendToMutualDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

bool SendToMutualDialog::saveTo(const QString& path)
{
    if (!m_file.ok() || !m_save->isEnabled()) {
        setStatus(m_file.ok() ? tr("Nothing was saved: the file would have no row.")
                              : tr("Nothing was saved: the file has problems."),
                  true);
        return false;
    }
    {
        WaitCursor wait;
        // All or nothing: a failure leaves no half-written file for the mutual to load.
        QString error;
        if (!writeWholeFile(path, m_file.bytes, &error)) {
            setStatus(tr("The file was not saved to %1: %2").arg(QDir::toNativeSeparators(path), error), true);
            return false;
        }
    }
    const QString fileName = QFileInfo(path).fileName();
    try {
        m_recorded = m_session.book().recordExport(request(), m_file, toStd(fileName), m_session.actor());
    } catch (const Error& e) {
        setStatus(tr("The file was saved to %1 but could not be recorded as sent: %2")
                      .arg(QDir::toNativeSeparators(path), toQt(std::string(e.what()))),
                  true);
        return false;
    }
    m_session.notifyChanged();
    updateSentBefore(request());
    const int rows = int(m_file.rows.size());
    const QString partner = m_partner->isEnabled() && request().partner ? m_partner->currentText() : QString();
    setStatus(partner.isEmpty()
                  ? tr("Saved %1 (%n row(s)) and recorded as sent.", nullptr, rows).arg(QDir::toNativeSeparators(path))
                  : tr("Saved %1 (%n row(s)) and recorded as sent to %2.", nullptr, rows)
                        .arg(QDir::toNativeSeparators(path), partner),
              false);
    // Saved once: saving the same file again would record it twice. Changing an option
    // builds a new file and allows saving that one.
    m_save->setEnabled(false);
    return true;
}

void SendToMutualDialog::save()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the file for the mutual"),
                                                      QDir(folder).filePath(toQt(m_file.suggestedName)),
                                                      m_file.profile == ExportProfile::Ledger
                                                          ? tr("Ledger journals (*.ledger *.journal *.txt);;All files (*)")
                                                          : tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    if (!saveTo(path))
        QMessageBox::warning(this, tr("Send to the mutual"), m_status->text());
}

} // namespace tontine::ui
