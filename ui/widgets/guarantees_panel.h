#pragma once
// The Group guarantees tab of the Loans page: the list (GuaranteesModel) with "Create…",
// "Release" and "Call…". Release and Call fit an open guarantee only; calling pays at the
// open meeting. It reports what happened through `status`; every decision is Book's.

#include "core/loans/loan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tontine::ui {

class GuaranteesModel;
class Session;

class GuaranteesPanel : public QWidget {
    Q_OBJECT
public:
    explicit GuaranteesPanel(Session& session, QWidget* parent = nullptr);
    GuaranteesModel* model() const { return m_model; }
    void reload();
    void selectGuarantee(GuaranteeId id);
    GuaranteeId currentGuarantee() const;
    // What Release asks before it releases.
    QString releaseConfirmationText() const;

public slots:
    void create();
    void release();
    void call();

signals:
    // What the last action did (or why it was refused).
    void status(const QString& text, bool problem);

private:
    void updateActions();

    Session& m_session;
    GuaranteesModel* m_model;
    QTableView* m_view;
    QPushButton* m_create;
    QPushButton* m_release;
    QPushButton* m_call;
};

} // namespace tontine::ui
