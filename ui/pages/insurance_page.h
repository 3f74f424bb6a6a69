#pragma once
// The Health insurance page: for a chosen partner mutual, the households and where each stands
// (head, insurance number or "To enrol", members covered, covered until, what the next period
// needs), the premiums held for the mutual, and the actions: add or edit a partner, record a
// premium (at the open meeting), remit to the mutual, send files to the mutual; and a tab of
// the premiums paid and remitted. It only shows
// what Book says and opens the dialogs; no premium rule lives here.

#include "core/premiums/partner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tontine::ui {

class CoverageModel;
class PremiumHistoryModel;
class Session;

class InsurancePage : public QWidget {
    Q_OBJECT
public:
    explicit InsurancePage(Session& session, QWidget* parent = nullptr);

    CoverageModel* model() const { return m_model; }
    PremiumHistoryModel* historyModel() const { return m_history; }
    // The partner shown; 0 when the fund has none.
    PartnerId partnerId() const;
    void choosePartner(PartnerId partner);
    QString heldText() const;
    QString partnerText() const;
    // The line saying what the last action did.
    QString statusText() const;

public slots:
    void reload();
    void addPartner();
    void editPartner();
    void recordPremium();
    void remit();
    void sendToMutual();

private:
    void showPartner();
    void setStatus(const QString& text);

    Session& m_session;
    CoverageModel* m_model;
    PremiumHistoryModel* m_history;
    QComboBox* m_partner;
    QLabel* m_partnerLine;
    QLabel* m_held;
    QLabel* m_summary;
    QLabel* m_meetingHint;
    QLabel* m_status;
    QPushButton* m_edit;
    QPushButton* m_premium;
    QPushButton* m_remit;
    QPushButton* m_send;
    QTableView* m_table;
    QTableView* m_historyView;
    QTabWidget* m_tabs;
};

} // namespace tontine::ui
