// What the offscreen UI tests share: a demo dealership, finding children, typing as a keyboard does, waiting
// for what arrives later, and acting on the next modal dialog.
#pragma once
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <source_location>
#include <string>
#include <vector>

#include "demo/demo.h"
#include "store/setup.h"
#include "support/testdb.h"
#include "ui/appcontext.h"
#include "ui/fieldtyping.h"

namespace uitest {
using namespace dd;
using namespace ddtest;
inline const PasswordHasher &hasher()
{
    static const PasswordHasher h(PasswordHasher::Strength::Minimal);
    return h;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

// Types into a field as a keyboard would, Chinese included (QTest::keyClicks only knows ASCII).
inline void type(QWidget *parent, const char *name, const QString &text)
{
    QLineEdit *e = child<QLineEdit>(parent, name);
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(e, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(e, &press);
        }
    }
    INFO("field " << name << " holds \"" << e->text().toStdString() << "\"");
    REQUIRE(e->text() == text);
}

// Enter confirms a dialog through its default button, as at the keyboard. (QTest's synthetic key events do
// not travel up from the focused line edit, so the dialog receives it directly.)
inline void pressEnter(QWidget *window)
{
    QTest::keyClick(window, Qt::Key_Return);
}

// ---- Waiting for what arrives later (a search on its thread, a timer, another station's change) ----

// Processes events until `done()` holds or `timeoutMs` have passed, and says whether it held. The waiting loop
// itself; tests use waitFor.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// Waits as waitUntil does and, on timeout, fails the test naming `what` and the line that waited (Catch2's
// FAIL: the test stops there, as at a failed REQUIRE). Never QTRY_VERIFY/QTRY_COMPARE: outside a QTest run
// they only `return` on timeout, so the rest of the test is skipped and Catch2 records a pass.
void waitFor(const std::function<bool()> &done, int timeoutMs, const std::string &what,
             std::source_location where = std::source_location::current());

// ---- Acting on the next modal dialog ----
//
// whenModal<T>(act) runs `act` on the next modal dialog of type T once it is up and is the active window (the
// step under test calls exec() next). A dialog that no expectation matches, or one that `act` leaves open, is
// closed with a failure, so a test fails instead of hanging in exec(). Expectations belong to the test that
// made them: a ModalGuard (every Shop has one) stops those still waiting at the end of the test and fails the
// test for each dialog that never came.
//
// Why the wait for the active window: the offscreen platform (like a real window system) activates a shown
// window through a queued window-system event, while QApplication::activeModalWidget() names the dialog as
// soon as show() returns. When the dialog took longer to build than the polling interval (a slow or loaded
// machine, an ASan build), the poll was already due when exec() entered its event loop and ran before the
// activation: `act` then typed into a dialog whose fields could not take the focus, so a code field never
// saw focus-out, its line was not filled, Enter was refused, and exec() waited for ever.
class ModalGuard
{
public:
    ModalGuard();
    ~ModalGuard();
    ModalGuard(const ModalGuard &) = delete;
    ModalGuard &operator=(const ModalGuard &) = delete;
};

// How many expectations are still waiting for their dialog.
int pendingModals();
// Stops and forgets every expectation still waiting; says what each waited for ("QMessageBox (file:line)").
std::vector<std::string> cancelPendingModals();

namespace detail {
void expectModal(const char *className, std::source_location where, std::function<bool(QWidget *)> accepts,
                 std::function<void(QWidget *)> act);
}

template <typename T>
void whenModal(std::function<void(T *)> act, std::source_location where = std::source_location::current())
{
    detail::expectModal(
        T::staticMetaObject.className(), where, [](QWidget *w) { return qobject_cast<T *>(w) != nullptr; },
        [act = std::move(act)](QWidget *w) { act(static_cast<T *>(w)); });
}

// A demo dealership with a signed-in administrator, as after the first start; on SQLite unless asked (the
// two-station tests run on both databases: ui tests have the PostgreSQL fixture too).
struct Shop {
    ModalGuard modals;
    TestDb t;
    std::unique_ptr<Database> db = t.open();
    AppContext ctx{*db, hasher()};
    explicit Shop(Backend backend = Backend::Sqlite) : t(backend)
    {
        ui::FieldTyping::install(); // as main.cpp does
        FirstStart::run(*db, ctx.users, ctx.dealership,
                        {QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("front-desk-1"), QString(), &Demo::loadIn},
                        QStringLiteral("pc"));
        ctx.session = ctx.users.signIn(QStringLiteral("admin"), QStringLiteral("front-desk-1"), QStringLiteral("pc"));
    }
    Session as(const QString &login, QList<Role> roles)
    {
        Commands c = ctx.commands();
        ctx.users.add(c, login, login, roles, QStringLiteral("Staff-Key-4826"));
        return ctx.users.signIn(login, QStringLiteral("Staff-Key-4826"), QStringLiteral("pc2"));
    }
};
} // namespace uitest
