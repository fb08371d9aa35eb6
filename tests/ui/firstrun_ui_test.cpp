// The first start on a database filled by `dealerdesk demo`, and the password checks in the dialogs.
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <catch2/catch.hpp>

#include "demo/demo.h"
#include "ui/appcontroller.h"
#include "ui/firstrundialog.h"
#include "ui/passworddialog.h"
#include "ui/signindialog.h"
#include "ui/usereditdialog.h"
#include "uitest.h"

using namespace uitest;

namespace {
const QString demoName = QStringLiteral("上海浦江汽车销售服务有限公司");
const QString good = QStringLiteral("Lotus-Road-58");

QLineEdit *field(QWidget *parent, const char *name)
{
    return parent->findChild<QLineEdit *>(QString::fromLatin1(name));
}
} // namespace

TEST_CASE("first start on a demo database: only the administrator's password, the dealership kept",
          "[ui][firstrun]")
{
    ModalGuard modals;
    TestDb t(Backend::Sqlite);
    int staff = 0;
    {
        auto db = t.open();
        Users users(*db, hasher());
        DealershipStore dealership(*db);
        Commands system(*db, Session::system(QStringLiteral("dealerdesk demo"), QStringLiteral("pc")));
        Demo::load(system, users, dealership);
        staff = users.list().size();
    }
    AppController app(t.target().path, hasher());
    REQUIRE(app.openDatabase());

    bool shown = false;
    whenModal<FirstRunDialog>([&](FirstRunDialog *d) {
        shown = true;
        // Nothing to choose or type but the password: no new dealership's name, no demo to load.
        QGroupBox *start = d->findChild<QGroupBox *>(QStringLiteral("startGroup"));
        CHECK((start == nullptr || !start->isVisible()));
        QLineEdit *kept = field(d, "keptDealershipEdit");
        CHECK(kept != nullptr);
        if (kept) {
            CHECK(kept->isVisible());
            CHECK(kept->isReadOnly());
            CHECK(kept->text() == demoName);
        }
        CHECK(field(d, "loginEdit")->text() == QStringLiteral("admin"));
        CHECK(field(d, "loginEdit")->isReadOnly());
        CHECK(field(d, "nameEdit")->isReadOnly());
        CHECK(d->focusWidget() == field(d, "passwordEdit"));

        // A weak password is refused in the dialog with the reason; the dialog stays.
        type(d, "passwordEdit", QStringLiteral("12345678"));
        type(d, "repeatEdit", QStringLiteral("12345678"));
        pressEnter(d);
        CHECK(d->isVisible());
        CHECK(d->findChild<QLabel *>(QStringLiteral("messageLabel"))
                  ->text()
                  .contains(QStringLiteral("kinds of characters")));

        type(d, "passwordEdit", good);
        type(d, "repeatEdit", good);
        pressEnter(d);
        CHECK_FALSE(d->isVisible());
        if (d->isVisible()) // what was asked for could not be given: do not wait for ever
            d->reject();
    });
    REQUIRE(app.firstStartIfNeeded());
    CHECK(shown);
    CHECK(app.context()->dealership.load().name == demoName);
    CHECK(app.context()->users.list().size() == staff + 1);
    CHECK(app.firstStartIfNeeded()); // no second time

    whenModal<SignInDialog>([](SignInDialog *d) {
        CHECK(field(d, "loginEdit")->text() == QStringLiteral("admin")); // remembered from the first start
        type(d, "passwordEdit", good);
        pressEnter(d);
        if (d->isVisible())
            d->reject();
    });
    REQUIRE(app.signIn());
    CHECK(app.context()->session.login == QStringLiteral("admin"));
    CHECK(app.context()->session.roles.contains(Role::Administrator));
}

TEST_CASE("first start on an empty database: a weak administrator's password is refused with the reason",
          "[ui][firstrun]")
{
    int calls = 0;
    FirstRunDialog dialog([&](const FirstRunDialog::Input &) { ++calls; }, true);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QGroupBox *kept = dialog.findChild<QGroupBox *>(QStringLiteral("keptGroup"));
    CHECK((kept == nullptr || !kept->isVisible())); // the full first start: nothing is kept
    type(&dialog, "loginEdit", QStringLiteral("admin"));
    type(&dialog, "nameEdit", QStringLiteral("管理员"));
    type(&dialog, "dealershipEdit", QStringLiteral("浦江汽车"));
    for (const char *weak : {"12345678", "password", "admin-2026"}) {
        INFO(weak);
        type(&dialog, "passwordEdit", QString::fromLatin1(weak));
        type(&dialog, "repeatEdit", QString::fromLatin1(weak));
        pressEnter(&dialog);
        CHECK(calls == 0);
        CHECK(dialog.isVisible());
        CHECK(child<QLabel>(&dialog, "messageLabel")->text().startsWith(QStringLiteral("The password ")));
    }
    type(&dialog, "passwordEdit", good);
    type(&dialog, "repeatEdit", good);
    pressEnter(&dialog);
    CHECK(calls == 1);
}

TEST_CASE("adding a user and setting a password refuse weak passwords with the reason",
          "[ui][users][passwords]")
{
    Shop shop;
    UserEditDialog add(shop.ctx, std::nullopt);
    add.show();
    type(&add, "loginEdit", QStringLiteral("zhaolei"));
    type(&add, "nameEdit", QStringLiteral("赵磊"));
    type(&add, "passwordEdit", QStringLiteral("12345678"));
    type(&add, "repeatEdit", QStringLiteral("12345678"));
    pressEnter(&add);
    CHECK(add.isVisible());
    CHECK(add.message().contains(QStringLiteral("kinds of characters")));
    type(&add, "passwordEdit", QStringLiteral("zhaolei-2026"));
    type(&add, "repeatEdit", QStringLiteral("zhaolei-2026"));
    pressEnter(&add);
    CHECK(add.message().contains(QStringLiteral("sign-in name")));
    CHECK_FALSE(shop.ctx.users.find(QStringLiteral("zhaolei")).has_value());
    type(&add, "passwordEdit", good);
    type(&add, "repeatEdit", good);
    pressEnter(&add);
    CHECK(add.result() == QDialog::Accepted);

    const auto wang = shop.ctx.users.find(QStringLiteral("wangfang"));
    REQUIRE(wang.has_value());
    PasswordDialog dialog(shop.ctx, wang->id, false);
    dialog.show();
    type(&dialog, "passwordEdit", QStringLiteral("password"));
    type(&dialog, "repeatEdit", QStringLiteral("password"));
    pressEnter(&dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.message().startsWith(QStringLiteral("The password ")));
    CHECK_FALSE(shop.ctx.users.find(QStringLiteral("wangfang"))->hasPassword);
    type(&dialog, "passwordEdit", good);
    type(&dialog, "repeatEdit", good);
    pressEnter(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.ctx.users.signIn(QStringLiteral("wangfang"), good, QStringLiteral("pc")).userId == wang->id);
}
