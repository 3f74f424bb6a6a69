#pragma once
// The Social fund page: the fund's position (balance, lent out, available), its rules with
// "Edit rules…", the grants with their approvers, the social loans and the members behind
// with their contributions; actions "Grant…" and "Social loan…". Money actions need an open
// meeting: disabled otherwise, with the reason shown. No social fund rule lives here.

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tontine::ui {

class Session;
class SocialArrearsModel;
class SocialGrantsModel;
class SocialLoansModel;

class SocialPage : public QWidget {
    Q_OBJECT
public:
    explicit SocialPage(Session& session, QWidget* parent = nullptr);
    SocialGrantsModel* grantsModel() const { return m_grants; }
    SocialLoansModel* loansModel() const { return m_loans; }
    SocialArrearsModel* arrearsModel() const { return m_arrears; }
    QString positionText() const;
    QString rulesText() const;
    // The line saying what the last action did (or why it was refused).
    QString statusText() const;

public slots:
    void reload();
    void editRules();
    void grant();
    void lend();

private:
    void updateActions();
    void setStatus(const QString& text, bool problem = false);

    Session& m_session;
    SocialGrantsModel* m_grants;
    SocialLoansModel* m_loans;
    SocialArrearsModel* m_arrears;
    QLabel* m_balance;
    QLabel* m_lentOut;
    QLabel* m_available;
    QLabel* m_rules;
    QLabel* m_meetingHint;
    QLabel* m_status;
    QPushButton* m_grant;
    QPushButton* m_lend;
    QTabWidget* m_tabs;
    QTableView* m_grantsView;
    QTableView* m_loansView;
    QTableView* m_arrearsView;
};

} // namespace tontine::ui
