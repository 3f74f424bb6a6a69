#pragma once
// One open fund in the GUI: the Book, the current operator and the "something changed" signal
// pages listen to. It holds no rules; every write still goes through Book.

#include "core/book/book.h"

#include <QObject>
#include <QString>

#include <memory>

namespace tontine::ui {

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<Book> book, QObject* parent = nullptr);
    ~Session() override;

    Book& book() { return *m_book; }
    const Book& book() const { return *m_book; }
    const Currency& currency() const;
    QString fundName() const;

    // The operator recorded on every action; defaults to the first active operator.
    // actor() dates an action at the open meeting's date, or today when none is open.
    QString currentOperator() const { return m_operator; }
    void setCurrentOperator(const QString& name);
    Actor actor() const;

    // Pages call this after a successful write so every view reloads.
    void notifyChanged();

signals:
    void changed();
    void operatorChanged(const QString& name);

private:
    std::unique_ptr<Book> m_book;
    QString m_operator;
};

} // namespace tontine::ui
