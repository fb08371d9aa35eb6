#pragma once
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

#include "store/storeerror.h"

namespace dd {

// A read off the screen's thread: `read` runs on a pool thread, on that thread's own connection
// (Database::connection() is per thread), and `apply` gets its result on the owner's thread. Typing never waits
// for a slow server. A read asked for while one runs is run once more after it (the newest change wins); two
// never run at once. A StoreError goes to `failed` with its message.
template <typename T>
class BackgroundRead
{
public:
    BackgroundRead(QObject *owner, std::function<T()> read, std::function<void(T)> apply,
                   std::function<void(const QString &)> failed)
        : m_read(std::move(read)), m_apply(std::move(apply)), m_failed(std::move(failed))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::finished, owner, [this] {
            const Result r = m_watcher.result();
            if (r.error.isEmpty())
                m_apply(r.value);
            else if (m_failed)
                m_failed(r.error);
            if (m_again) {
                m_again = false;
                start();
            }
        });
    }
    ~BackgroundRead() { m_watcher.waitForFinished(); }
    BackgroundRead(const BackgroundRead &) = delete;
    BackgroundRead &operator=(const BackgroundRead &) = delete;

    void start()
    {
        if (m_watcher.isRunning()) {
            m_again = true;
            return;
        }
        std::function<T()> read = m_read;
        m_watcher.setFuture(QtConcurrent::run([read]() -> Result {
            try {
                return {read(), {}};
            } catch (const StoreError &e) {
                return {T{}, e.message().isEmpty() ? QStringLiteral("?") : e.message()};
            }
        }));
    }
    bool isRunning() const { return m_watcher.isRunning() || m_again; }

private:
    struct Result {
        T value;
        QString error;
    };
    std::function<T()> m_read;
    std::function<void(T)> m_apply;
    std::function<void(const QString &)> m_failed;
    QFutureWatcher<Result> m_watcher;
    bool m_again = false;
};

} // namespace dd
