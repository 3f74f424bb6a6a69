#pragma once
// "Send to the mutual…": choose a partner, the file's profile (default: the one the partner
// wants), a period (default: last month), which members and whether only what was not sent
// before; see the rows the file will carry, or — when the mutual would reject it — every
// problem with the members named, and no Save. Save… writes the exact bytes Book::prepareExport
// made (QSaveFile: a failure leaves nothing) and then records the export as sent.

#include "core/exchange/export_profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace tontine::ui {

class ExportPreviewModel;
class Session;

class SendToMutualDialog : public QDialog {
    Q_OBJECT
public:
    // `partner` 0: the first active partner.
    explicit SendToMutualDialog(Session& session, PartnerId partner = 0, QWidget* parent = nullptr);

    void choosePartner(PartnerId partner);
    void chooseProfile(ExportProfile profile);
    void setPeriod(Date from, Date to);
    void chooseMembers(MemberSelection selection);
    void setOnlyNew(bool onlyNew);

    // What the options ask for, and the file (or the refusal) they give.
    ExportRequest request() const;
    const ExportFile& file() const { return m_file; }
    ExportPreviewModel* previewModel() const { return m_preview; }
    // The problems as listed, one per line ("3 — Fatou Sarr: …").
    QStringList problemLines() const;
    bool canSave() const;
    // The line saying what the last save did (or why it failed).
    QString statusText() const;
    // What was sent before to the same mutual in the same format (the last file), or empty.
    QString sentBeforeText() const;
    // The export recorded by the last save; 0 when none.
    std::int64_t recordedId() const { return m_recorded; }

    // Writes the previewed file at `path` (QSaveFile) and records it as sent; false, with the
    // reason in statusText(), when refused or when the file could not be written.
    bool saveTo(const QString& path);

public slots:
    // Builds the file for the options chosen and shows its rows or its problems.
    void refresh();
    // Asks where to save (the folder used last time, e.g. a USB stick) and saves.
    void save();

private:
    void partnerChosen();
    void profileChosen();
    void setStatus(const QString& text, bool problem);
    void updateSentBefore(const ExportRequest& request);

    Session& m_session;
    QComboBox* m_partner;
    QComboBox* m_profile;
    QLabel* m_profileText;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_members;
    QCheckBox* m_onlyNew;
    QLabel* m_summary;
    QLabel* m_sentBefore;
    ExportPreviewModel* m_preview;
    QTableView* m_table;
    QLabel* m_problemsTitle;
    QListWidget* m_problems;
    QLabel* m_status;
    QPushButton* m_save;
    ExportFile m_file;
    std::int64_t m_recorded = 0;
    bool m_building = false;
};

} // namespace tontine::ui
