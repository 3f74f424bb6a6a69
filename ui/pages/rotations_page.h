#pragma once
// The Rotations page: the fund's rotations on the left; for the one chosen, its definition,
// the cycle plan (round, date, beneficiaries, pot, discount, status), every member's arrears
// today, and the actions: new rotation, edit the fixed order, show the draw, enter bids, pay
// out the round, a member leaves, share the reserve. Money actions need an open meeting: Book
// refuses otherwise, and the page says so on the disabled buttons. No rotation rule lives here.

#include "core/rotation/rotation_spec.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace tontine::ui {

class RotationArrearsModel;
class RotationPlanModel;
class Session;

class RotationsPage : public QWidget {
    Q_OBJECT
public:
    explicit RotationsPage(Session& session, QWidget* parent = nullptr);
    RotationPlanModel* planModel() const { return m_plan; }
    RotationArrearsModel* arrearsModel() const { return m_arrears; }
    RotationId currentRotation() const;
    void selectRotation(RotationId id);
    // The line saying what the last action did (or why it was refused).
    QString statusText() const;

public slots:
    void reload();
    void newRotation();
    void editOrder();
    void showDraw();
    void enterBids();
    void payOut();
    void memberLeaves();
    void shareReserve();

private:
    QPushButton* addActionButton(const QString& name, const QString& text, void (RotationsPage::*slot)());
    void showSelected();
    void updateActions();
    void setStatus(const QString& text, bool problem = false);

    Session& m_session;
    RotationPlanModel* m_plan;
    RotationArrearsModel* m_arrears;
    QListWidget* m_list;
    QLabel* m_summary;
    QLabel* m_meetingHint;
    QLabel* m_status;
    QLabel* m_arrearsTitle;
    QTableView* m_planView;
    QTableView* m_arrearsView;
    QWidget* m_actions;
    QPushButton* m_editOrder = nullptr;
    QPushButton* m_showDraw = nullptr;
    QPushButton* m_bids = nullptr;
    QPushButton* m_payout = nullptr;
    QPushButton* m_leave = nullptr;
    QPushButton* m_reserve = nullptr;
};

} // namespace tontine::ui
