#pragma once
// The Share-out page: for the open savings cycle, the treasurer chooses the rule (standard or
// time-weighted), the basis (the books, or the cash counted in the box), what is kept back and
// why, and sees where the amount shared comes from and the preview (Book::previewShareOut) with
// each member's gross, deductions, net and the part reinvested; "Commit share-out…" confirms
// and runs Book::commitShareOut at the open meeting. A closed cycle shows its committed plan,
// read-only. No share-out rule lives here: every figure is core's.

#include "core/savings/share_out_plan.h"
#include "core/error/errors.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tontine::ui {

class Session;
class ShareOutFigures;
class ShareOutModel;
class ShareOutOptionsForm;

class ShareOutPage : public QWidget {
    Q_OBJECT
public:
    explicit ShareOutPage(Session& session, QWidget* parent = nullptr);
    ShareOutModel* model() const { return m_model; }
    ShareOutFigures* figures() const { return m_figures; }
    ShareOutOptionsForm* optionsForm() const { return m_options; }
    // The plan shown (a preview, or the committed plan of a closed cycle).
    const std::optional<ShareOutPlan>& plan() const { return m_plan; }
    bool showsCommitted() const { return m_committed; }
    SavingsCycleId currentCycle() const;
    void selectCycle(SavingsCycleId id);
    ShareOutOptions options() const;
    QString roundingNote() const;
    QString problemsText() const;
    QString statusText() const;
    // What the confirmation says before a commit.
    QString confirmationText() const;
    bool canCommit() const;

public slots:
    void reload();
    void preview();
    void commit();
    // Opens the print dialog on the plan shown (the preview, or the committed share-out).
    void print();

private:
    void showCycle();
    void showPlan(const ShareOutPlan& plan, bool committed);
    void clearPlan();
    void showProblems(const Problems& problems);
    void updateActions();
    void setStatus(const QString& text, bool problem = false);
    QString cycleInfo(const SavingsCycle& cycle) const;

    Session& m_session;
    ShareOutModel* m_model;
    QComboBox* m_cycle;
    QLabel* m_cycleInfo;
    ShareOutOptionsForm* m_options;
    ShareOutFigures* m_figures;
    QTableView* m_table;
    QLabel* m_rounding;
    QLabel* m_problems;
    QLabel* m_meetingHint;
    QLabel* m_status;
    QPushButton* m_commit;
    QPushButton* m_print;
    std::map<MemberId, std::int64_t> m_reinvest;
    std::optional<ShareOutPlan> m_plan;
    bool m_committed = false;
};

} // namespace tontine::ui
