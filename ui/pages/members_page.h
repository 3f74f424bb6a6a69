#pragma once
// The Members page: search, list (inactive greyed and marked "Inactive"), add, edit,
// deactivate and CSV import. It calls Book for everything and holds no member rules.

#include <QWidget>

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
    void reload();
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
};

} // namespace tontine::ui
