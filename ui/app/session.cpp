#include "ui/app/session.h"

#include "ui/convert.h"

namespace tontine::ui {

Session::Session(std::unique_ptr<Book> book, QObject* parent)
    : QObject(parent), m_book(std::move(book))
{
    for (const Operator& op : m_book->operators()) {
        if (op.active) {
            m_operator = toQt(op.name);
            break;
        }
    }
}

// The Book's destructor checkpoints and makes the rotating backup.
Session::~Session() = default;

const Currency& Session::currency() const
{
    return m_book->settings().currency();
}

QString Session::fundName() const
{
    return toQt(m_book->settings().name);
}

void Session::setCurrentOperator(const QString& name)
{
    if (name == m_operator)
        return;
    m_operator = name;
    emit operatorChanged(name);
}

Actor Session::actor() const
{
    // While a meeting is open everything recorded belongs to it, so it counts for the meeting's
    // date: a meeting typed in from paper, or one that runs past midnight, still takes payments.
    if (std::optional<Meeting> open = m_book->currentMeeting())
        return Actor{toStd(m_operator), open->date};
    return Actor{toStd(m_operator), m_book->clock().today()};
}

void Session::notifyChanged()
{
    emit changed();
}

} // namespace tontine::ui
