#pragma once
// The Members page: search, list (inactive greyed and marked "Inactive"), add, edit,
// deactivate and CSV import. It calls Book for everything and holds no member rules.

#include <QWidget>

#include <cstdint>
#include <map>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QLabel;

namespace tontine::ui {

class MemberTableModel;
class Session;

class MembersPage : public QWidget {
    Q_OBJECT
public:
    explicit MembersPage(Session& session, QWidget* parent = nullptr);
    MemberTableModel* model() const { return m_model; }

public slots:
    // Re-reads members and their savings (after a write).
    void reload();
    // Re-reads the members that match the search, keeping the savings already read.
    void filter();
    void addMember();
    void editMember();
    void deactivateMember();
    void importCsv();

private:
    void updateButtons();
    int currentRow() const;
    void selectMember(std::int64_t id);

    Session& m_session;
    MemberTableModel* m_model;
    QLineEdit* m_search;
    QCheckBox* m_showInactive;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_edit;
    QPushButton* m_deactivate;
    std::map<std::int64_t, std::int64_t> m_savings;
};

} // namespace tontine::ui
