// The UI tests' waiting and their expectations of modal dialogs (see uitest.h).
#include "uitest.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <exception>
#include <list>

namespace uitest {

namespace {
std::string place(const std::source_location &where)
{
    return QFileInfo(QString::fromUtf8(where.file_name())).fileName().toStdString() + ':' + std::to_string(where.line());
}
} // namespace

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        // As QTest::qWait: events, deferred deletes, then a short sleep so other threads get on.
        QTest::qWait(int(std::clamp<qint64>(deadline.remainingTime(), 1, 10)));
    }
    return true;
}

void waitFor(const std::function<bool()> &done, int timeoutMs, const std::string &what, std::source_location where)
{
    if (!waitUntil(done, timeoutMs))
        FAIL("timed out after " << timeoutMs << " ms waiting for " << what << " (" << place(where) << ")");
}

namespace {

// Tolerances, generous for a loaded machine: they only decide how long a broken test takes to fail.
constexpr int pollMs = 20;
constexpr int activationMs = 2000; // a dialog up but not yet active: the window system's activation is queued
constexpr int unexpectedMs = 10000; // a modal dialog that no expectation takes

struct Expectation {
    std::string what;
    std::function<bool(QWidget *)> accepts;
    std::function<void(QWidget *)> act;
    QTimer *timer = nullptr;
    QElapsedTimer inactiveFor;
};

struct Registry {
    int guards = 0;
    std::list<std::shared_ptr<Expectation>> waiting; // in the order they were made: the first takes the dialog
    QList<QPointer<QWidget>> acting;                // dialogs an act is working on right now
    QPointer<QWidget> unexpected;
    QElapsedTimer unexpectedFor;
};

Registry &registry()
{
    static Registry r;
    return r;
}

std::string describe(QWidget *w)
{
    std::string s = w->metaObject()->className();
    QString text = w->windowTitle();
    if (auto *box = qobject_cast<QMessageBox *>(w))
        text = box->text();
    if (!text.isEmpty())
        s += " \"" + text.left(120).toStdString() + '"';
    return s;
}

void closeDialog(QWidget *w)
{
    if (auto *d = qobject_cast<QDialog *>(w))
        d->reject();
    else
        w->close();
}

void forget(const std::shared_ptr<Expectation> &e)
{
    registry().waiting.remove(e);
    e->timer->stop();
    e->timer->deleteLater();
}

// A modal dialog up that no expectation will take: closed after a while, so the step returns and the test
// fails rather than hangs.
void watchUnexpected(QWidget *modal)
{
    Registry &r = registry();
    for (const QPointer<QWidget> &w : std::as_const(r.acting))
        if (w == modal)
            return;
    if (r.unexpected != modal) {
        r.unexpected = modal;
        r.unexpectedFor.start();
        return;
    }
    if (r.unexpectedFor.elapsed() < unexpectedMs)
        return;
    std::string expected;
    for (const auto &e : r.waiting)
        expected += (expected.empty() ? "" : ", ") + e->what;
    FAIL_CHECK(describe(modal) << " stayed open " << unexpectedMs / 1000 << " s while the test expected " << expected
                               << ": closed it");
    r.unexpected = nullptr;
    closeDialog(modal);
}

void poll(const std::shared_ptr<Expectation> &e)
{
    Registry &r = registry();
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || !modal->isVisible()) {
        e->inactiveFor.invalidate();
        return;
    }
    std::shared_ptr<Expectation> first;
    for (const auto &w : r.waiting)
        if (w->accepts(modal)) {
            first = w;
            break;
        }
    if (!first) {
        watchUnexpected(modal);
        return;
    }
    if (first != e)
        return; // an earlier expectation of the same kind takes it
    if (QApplication::activeWindow() != modal) {
        if (!e->inactiveFor.isValid())
            e->inactiveFor.start();
        if (e->inactiveFor.elapsed() < activationMs)
            return;
        // Never activated (an open popup swallows activation): as a click on its title bar would.
        WARN(e->what << " was not activated within " << activationMs << " ms: activating it");
        QApplication::setActiveWindow(modal);
    }
    forget(e);
    QPointer<QWidget> dialog(modal);
    r.acting << dialog;
    try {
        e->act(modal);
    } catch (const Catch::TestFailureException &) {
        // A REQUIRE failed inside the act: recorded already; it ends the act, and the step returns below.
    } catch (const std::exception &ex) {
        FAIL_CHECK("the act on " << e->what << " threw: " << ex.what());
    } catch (...) {
        FAIL_CHECK("the act on " << e->what << " threw");
    }
    r.acting.removeAll(dialog);
    r.acting.removeAll(nullptr);
    if (dialog && dialog->isVisible()) {
        FAIL_CHECK("the act on " << e->what << " left " << describe(dialog) << " open: closed it");
        closeDialog(dialog);
    }
}

} // namespace

namespace detail {
void expectModal(const char *className, std::source_location where, std::function<bool(QWidget *)> accepts,
                 std::function<void(QWidget *)> act)
{
    const std::string what = std::string(className) + " (" + place(where) + ")";
    if (registry().guards == 0)
        FAIL("whenModal for " << what << " outside a test's ModalGuard (a Shop has one): it could outlive its test");
    auto e = std::make_shared<Expectation>();
    e->what = what;
    e->accepts = std::move(accepts);
    e->act = std::move(act);
    e->timer = new QTimer;
    e->timer->setInterval(pollMs);
    std::weak_ptr<Expectation> weak = e;
    QObject::connect(e->timer, &QTimer::timeout, [weak] {
        if (const auto self = weak.lock())
            poll(self);
    });
    registry().waiting.push_back(e);
    e->timer->start();
}
} // namespace detail

int pendingModals()
{
    return int(registry().waiting.size());
}

std::vector<std::string> cancelPendingModals()
{
    std::vector<std::string> cancelled;
    Registry &r = registry();
    while (!r.waiting.empty()) {
        const std::shared_ptr<Expectation> e = r.waiting.front();
        cancelled.push_back(e->what);
        r.waiting.pop_front();
        e->timer->stop();
        delete e->timer;
    }
    r.unexpected = nullptr;
    return cancelled;
}

ModalGuard::ModalGuard()
{
    ++registry().guards;
}

ModalGuard::~ModalGuard()
{
    if (--registry().guards > 0)
        return;
    const std::vector<std::string> never = cancelPendingModals();
    if (std::uncaught_exceptions() > 0)
        return; // the test stopped early on a failure already reported: its later dialogs are moot
    for (const std::string &what : never)
        FAIL_CHECK("expected " << what << ", which never came");
}

} // namespace uitest
