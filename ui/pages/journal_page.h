#pragma once
// The Journal page: every entry, newest first or in chain order (fetched lazily), the selected
// entry's postings, "Reverse…", "Verify the books", and the chain head always in view.
// Writes go through Book.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tontine::ui {

class EntryDetail;
class JournalTableModel;
class Session;

class JournalPage : public QWidget {
    Q_OBJECT
public:
    explicit JournalPage(Session& session, QWidget* parent = nullptr);
    JournalTableModel* model() const { return m_model; }

public slots:
    void reload();
    void reverseSelected();
    void verifyBooks();

private:
    void showSelected();
    void updateHead();

    Session& m_session;
    JournalTableModel* m_model;
    QTableView* m_table;
    EntryDetail* m_detail;
    QLabel* m_head;
    QPushButton* m_reverse;
};

} // namespace tontine::ui
