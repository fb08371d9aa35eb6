// What the offscreen UI tests share: a demo dealership, finding children, typing as a keyboard does, and
// acting on the next modal dialog.
#pragma once
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

#include "store/setup.h"
#include "support/testdb.h"
#include "ui/appcontext.h"

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

// A demo dealership with a signed-in administrator, as after the first start.
struct Shop {
    TestDb t{Backend::Sqlite};
    std::unique_ptr<Database> db = t.open();
    AppContext ctx{*db, hasher()};
    Shop()
    {
        FirstStart::run(*db, ctx.users, ctx.dealership,
                        {QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("front-desk-1"), QString(), true},
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
// Runs `act` on the next modal dialog of type T as soon as it is up (the step under test calls exec()).
template <typename T>
void whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}
} // namespace uitest
