#pragma once
// "Enter bids" for the auction round being collected: one row per holder of a hand that can
// still receive, where the discount bid is typed. Each bid is checked by Book::checkBid as it
// is typed and its problem shown beside it; "Decide" runs Book::decideAuction. A bid's
// sequence is when it was last changed: a raised bid counts from the raise (ties go to the
// earliest).

#include "core/rotation/auction.h"
#include "ui/widgets/field_problems.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QPushButton;

namespace tontine::ui {

class Session;

class BidDialog : public QDialog {
    Q_OBJECT
public:
    BidDialog(Session& session, RotationId rotation, QWidget* parent = nullptr);
    int round() const { return m_round; }
    // Types a bid as a person would (empty text withdraws it; a new amount counts from now).
    void setBid(HandNumber hand, MemberId member, const QString& text);
    QString problemFor(HandNumber hand, MemberId member) const;
    QString generalProblem() const;
    // The decided outcome after "Decide" succeeded.
    const AuctionResult& decided() const { return m_result; }
    // The bids as typed, with their sequence; false when one cannot be read.
    bool bids(std::vector<Bid>& out) const;

public slots:
    void decide();

private:
    struct Row {
        HandNumber hand = 0;
        MemberId member = 0;
        QLineEdit* edit = nullptr;
        QLabel* problem = nullptr;
        int sequence = 0; // order of the last change; 0 while no bid is typed
    };
    void check(Row& row);
    void updateDecide();
    const Row* find(HandNumber hand, MemberId member) const;

    Session& m_session;
    RotationId m_rotation;
    int m_round = 0;
    bool m_uncontested = false;
    std::vector<Row> m_rows;
    int m_nextSequence = 1;
    QLabel* m_general;
    QPushButton* m_decide;
    AuctionResult m_result;
};

} // namespace tontine::ui
