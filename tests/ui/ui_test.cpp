// The shell and its dialogs, driven offscreen with QTest events on a real SQLite database.
#include "ui/receptionpage.h"
#include "ui/vehicledialog.h"
#include "ui/appointmentdialog.h"
#include "ui/checkindialog.h"
#include "ui/appointmentspage.h"
#include "ui/calldialog.h"
#include <QComboBox>
#include <QInputDialog>
#include "store/appointmentstore.h"
#include "store/customerstore.h"
#include "store/reception.h"
#include "ui/rowsmodel.h"
#include "store/workorderstore.h"
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QMessageBox>
#include <catch2/catch.hpp>
#include "uitest.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <functional>

#include "i18n/i18n.h"
#include "store/setup.h"
#include "support/testdb.h"
#include "ui/appcontext.h"
#include "ui/appcontroller.h"
#include "ui/auditpage.h"
#include "ui/databasedialog.h"
#include "ui/dealershipsettingsdialog.h"
#include "ui/firstrundialog.h"
#include "ui/homepage.h"
#include "ui/idlelock.h"
#include "ui/mainwindow.h"
#include "ui/passworddialog.h"
#include "ui/signindialog.h"
#include "ui/usereditdialog.h"
#include "ui/usersdialog.h"

using namespace dd;
using namespace ddtest;

using namespace uitest;

TEST_CASE("first start: refuses incomplete input with a message and keeps what was typed", "[ui][firstrun]")
{
    int calls = 0;
    FirstRunDialog::Input received;
    FirstRunDialog dialog(
        [&](const FirstRunDialog::Input &in) {
            ++calls;
            received = in;
            if (in.login == QLatin1String("taken"))
                throw StoreError(StoreError::Kind::Validation, QStringLiteral("This database already has an administrator"));
        },
        true);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QLabel *message = child<QLabel>(&dialog, "messageLabel");
    CHECK_FALSE(message->isVisible());

    pressEnter(&dialog); // nothing typed yet
    CHECK(dialog.isVisible());
    CHECK(calls == 0);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("sign-in name")));

    type(&dialog, "loginEdit", QStringLiteral("admin"));
    type(&dialog, "nameEdit", QStringLiteral("管理员"));
    type(&dialog, "passwordEdit", QStringLiteral("front-desk-1"));
    type(&dialog, "repeatEdit", QStringLiteral("front-desk-2"));
    type(&dialog, "dealershipEdit", QStringLiteral("浦江汽车"));
    pressEnter(&dialog);
    CHECK(calls == 0);
    CHECK(message->text().contains(QStringLiteral("differ")));
    CHECK(child<QLineEdit>(&dialog, "loginEdit")->text() == QStringLiteral("admin"));

    type(&dialog, "repeatEdit", QStringLiteral("front-desk-1"));
    type(&dialog, "loginEdit", QStringLiteral("taken"));
    pressEnter(&dialog);
    CHECK(calls == 1);
    CHECK(dialog.isVisible());
    CHECK(message->text().contains(QStringLiteral("already has an administrator")));
    CHECK(child<QLineEdit>(&dialog, "dealershipEdit")->text() == QStringLiteral("浦江汽车"));

    type(&dialog, "loginEdit", QStringLiteral("admin"));
    pressEnter(&dialog);
    CHECK(calls == 2);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(received.dealershipName == QStringLiteral("浦江汽车"));
    CHECK_FALSE(received.demo);
}

TEST_CASE("first start: the keyboard walks the fields in order", "[ui][firstrun][keyboard]")
{
    FirstRunDialog dialog([](const FirstRunDialog::Input &) {}, true);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    const char *order[] = {"loginEdit", "nameEdit", "passwordEdit", "repeatEdit", "emptyRadio", "dealershipEdit"};
    child<QLineEdit>(&dialog, "loginEdit")->setFocus();
    for (int i = 1; i < int(std::size(order)); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        INFO("after Tab " << i);
        REQUIRE(QApplication::focusWidget() != nullptr);
        CHECK(QApplication::focusWidget()->objectName() == QString::fromLatin1(order[i]));
    }
    // Choosing the demo disables the dealership name.
    child<QRadioButton>(&dialog, "demoRadio")->setChecked(true);
    CHECK_FALSE(child<QLineEdit>(&dialog, "dealershipEdit")->isEnabled());
}

TEST_CASE("sign-in: a wrong password is refused with a message, repeated failures make the button wait", "[ui][signin]")
{
    Shop shop;
    SignInDialog dialog(
        [&](const QString &l, const QString &p) { return shop.ctx.users.signIn(l, p, QStringLiteral("pc")); },
        [&](const QString &l) { return shop.ctx.users.secondsUntilNextAttempt(l); });
    dialog.setLastLogin(QStringLiteral("admin"));
    dialog.show();
    QLabel *message = child<QLabel>(&dialog, "messageLabel");
    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);

    type(&dialog, "passwordEdit", QStringLiteral("wrong-one"));
    pressEnter(&dialog);
    CHECK(dialog.isVisible());
    CHECK(message->text() == QStringLiteral("Wrong sign-in name or password."));
    CHECK(child<QLineEdit>(&dialog, "loginEdit")->text() == QStringLiteral("admin"));
    CHECK(ok->isEnabled());

    for (int i = 0; i < 2; ++i) {
        type(&dialog, "passwordEdit", QStringLiteral("wrong-again"));
        pressEnter(&dialog);
    }
    CHECK_FALSE(ok->isEnabled());
    CHECK(ok->text().startsWith(QStringLiteral("Wait")));
    waitFor([&] { return ok->isEnabled(); }, 5000, "the sign-in button to be enabled again");

    type(&dialog, "passwordEdit", QStringLiteral("front-desk-1"));
    pressEnter(&dialog);
    INFO("message: " << message->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session().login == QStringLiteral("admin"));
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
}

TEST_CASE("the shell: status bar, navigator by role, Ctrl+0 to Ctrl+9 in its order, and switching user", "[ui][shell]")
{
    Shop shop;
    MainWindow w(shop.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    const QString status = [&] {
        QStringList texts;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
            texts << l->text();
        return texts.join(QLatin1Char('|'));
    }();
    CHECK(status.contains(QStringLiteral("管理员 (admin)")));
    CHECK(status.contains(QStringLiteral("Administrator")));
    CHECK(status.contains(QStringLiteral("SQLite")));
    CHECK(status.contains(shop.t.target().path));
    CHECK(w.windowTitle().contains(QStringLiteral("上海浦江汽车销售服务有限公司")));

    auto *nav = child<QListWidget>(&w, "navigator");
    REQUIRE(nav->count() == 10); // Overview, Reception, Inspection, Work orders, Approvals, Cashier, Appointments, Dispatch board, Audit trail, Follow-up
    REQUIRE(w.stations().size() == 10);
    for (int i = 0; i < nav->count(); ++i) { // Ctrl+digit follows the navigator's order, and each row has its icon
        INFO("row " << i);
        CHECK(nav->item(i)->toolTip().startsWith(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)).toString(QKeySequence::NativeText)));
        CHECK(nav->item(i)->text().startsWith(w.stations()[i]->title()));
        CHECK_FALSE(nav->item(i)->icon().isNull());
    }
    CHECK_FALSE(nav->item(8)->isHidden());
    CHECK(nav->item(5)->isHidden()); // the administrator is no cashier
    CHECK(nav->item(9)->isHidden()); // nor the customer-service clerk
    CHECK(w.currentPage() == w.page<HomePage>());
    QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
    CHECK(w.currentPage() == w.page<AuditPage>());
    CHECK(w.page<AuditPage>()->rowCount() > 0); // the first start and the demo are in the trail
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    CHECK(w.currentPage() == w.page<HomePage>());
    CHECK(w.page<HomePage>()->checklist().size() == 6);
    CHECK(w.page<HomePage>()->checklist().first().startsWith(QStringLiteral("done")));

    // An advisor signs in at the same PC: no audit trail, no administration.
    shop.ctx.session = shop.as(QStringLiteral("wangfang2"), {Role::ServiceAdvisor});
    w.sessionChanged();
    CHECK(nav->item(8)->isHidden());
    CHECK(nav->item(5)->isHidden()); // settling is the cashier's
    CHECK(nav->item(9)->isHidden()); // the follow-up calls are the clerk's: not the advisor who served
    CHECK_FALSE(nav->item(2)->isHidden()); // the inspection is the advisor's
    CHECK(w.currentPage() == w.page<ReceptionPage>()); // the advisor starts at the counter's search
    QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
    CHECK(w.currentPage() == w.page<ReceptionPage>());
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    CHECK(w.currentPage() == w.page<HomePage>());
    QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
    CHECK(w.currentPage() == w.page<AppointmentsPage>());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    CHECK(w.currentPage() == w.page<ReceptionPage>());
    bool usersEnabled = true;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->objectName() == QLatin1String("actionUsers"))
            usersEnabled = a->isEnabled();
    CHECK_FALSE(usersEnabled);
}

TEST_CASE("the shell follows a language switch at once", "[ui][shell][i18n]")
{
    Shop shop;
    MainWindow w(shop.ctx);
    w.show();
    QMenu *file = child<QMenu>(&w, "menuFile");
    CHECK(file->title() == QStringLiteral("&File"));
    I18n::install(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents(); // LanguageChange arrives as a posted event
    CHECK(file->title() == QStringLiteral("文件(&F)"));
    CHECK(child<QListWidget>(&w, "navigator")->item(0)->text() == QStringLiteral("概览"));
    I18n::install(QStringLiteral("zh_TW"));
    QCoreApplication::processEvents();
    // A count may follow the title ("增修確認（2）"): the title comes first.
    CHECK(child<QListWidget>(&w, "navigator")->item(2)->text().startsWith(QStringLiteral("環車檢查")));
    CHECK(child<QListWidget>(&w, "navigator")->item(4)->text().startsWith(QStringLiteral("增修確認")));
    CHECK(child<QListWidget>(&w, "navigator")->item(5)->text().startsWith(QStringLiteral("收銀結算")));
    CHECK(child<QListWidget>(&w, "navigator")->item(6)->text().startsWith(QStringLiteral("預約")));
    CHECK(child<QListWidget>(&w, "navigator")->item(7)->text().startsWith(QStringLiteral("車間調度")));
    CHECK(child<QListWidget>(&w, "navigator")->item(8)->text().startsWith(QStringLiteral("審計日誌")));
    I18n::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(file->title() == QStringLiteral("&File"));
}

TEST_CASE("users: add through the dialog, refused input keeps the dialog, roles are saved", "[ui][users]")
{
    Shop shop;
    UsersDialog users(shop.ctx);
    users.show();
    const int before = users.rowCount();
    REQUIRE(before == 7);

    UserEditDialog add(shop.ctx, std::nullopt);
    add.show();
    type(&add, "loginEdit", QStringLiteral("zhaolei"));
    type(&add, "nameEdit", QStringLiteral("赵磊"));
    type(&add, "passwordEdit", QStringLiteral("short"));
    type(&add, "repeatEdit", QStringLiteral("short"));
    pressEnter(&add);
    CHECK(add.isVisible());
    CHECK(add.message().contains(QStringLiteral("8")));
    type(&add, "passwordEdit", QStringLiteral("zhao-lei-2026"));
    type(&add, "repeatEdit", QStringLiteral("zhao-lei-2026"));
    child<QCheckBox>(&add, "cashierCheck")->setChecked(true);
    pressEnter(&add);
    CHECK(add.result() == QDialog::Accepted);
    users.reload();
    CHECK(users.rowCount() == before + 1);
    const auto saved = shop.ctx.users.find(QStringLiteral("zhaolei"));
    REQUIRE(saved.has_value());
    CHECK(saved->roles == QList<Role>{Role::ServiceAdvisor, Role::Cashier});
    CHECK(shop.ctx.users.signIn(QStringLiteral("zhaolei"), QStringLiteral("zhao-lei-2026"), QStringLiteral("pc")).userId == saved->id);

    SECTION("an edit that lost the race to another station is refused and keeps the input")
    {
        UserEditDialog edit(shop.ctx, saved);
        edit.show();
        type(&edit, "nameEdit", QStringLiteral("赵磊磊"));
        Commands other(shop.ctx.db, shop.as(QStringLiteral("otheradmin"), {Role::Administrator}));
        shop.ctx.users.update(other, saved->id, saved->version, QStringLiteral("赵 磊"), saved->roles);
        pressEnter(&edit);
        CHECK(edit.isVisible());
        CHECK(edit.message().contains(QStringLiteral("otheradmin")));
        CHECK(child<QLineEdit>(&edit, "nameEdit")->text() == QStringLiteral("赵磊磊"));
        CHECK(shop.ctx.users.find(QStringLiteral("zhaolei"))->displayName == QStringLiteral("赵 磊"));
    }
    SECTION("an administrator sets a demo advisor's password")
    {
        const auto wang = shop.ctx.users.find(QStringLiteral("wangfang"));
        PasswordDialog dialog(shop.ctx, wang->id, false);
        dialog.show();
        type(&dialog, "passwordEdit", QStringLiteral("wang-fang-88"));
        type(&dialog, "repeatEdit", QStringLiteral("wang-fang-88"));
        pressEnter(&dialog);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(shop.ctx.users.signIn(QStringLiteral("wangfang"), QStringLiteral("wang-fang-88"), QStringLiteral("pc")).userId == wang->id);
    }
}

TEST_CASE("dealership settings: saved in one go, bad input named, a stale save refused", "[ui][settings]")
{
    Shop shop;
    DealershipSettingsDialog dialog(shop.ctx);
    dialog.show();
    type(&dialog, "vatEdit", QStringLiteral("thirteen"));
    pressEnter(&dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.message().contains(QStringLiteral("thirteen")));
    type(&dialog, "vatEdit", QStringLiteral("13"));
    type(&dialog, "taxEdit", QStringLiteral("91310115MA1K4B2C83"));
    pressEnter(&dialog);
    CHECK(dialog.message().contains(QStringLiteral("should be 2")));
    type(&dialog, "taxEdit", QStringLiteral("91310115MA1K4B2C82"));
    type(&dialog, "phoneEdit", QStringLiteral("021-5858 0000"));
    dialog.addRate();
    auto *rates = child<QTableWidget>(&dialog, "ratesTable");
    const int row = rates->rowCount() - 1;
    rates->item(row, 0)->setText(QStringLiteral("TIRE"));
    rates->item(row, 1)->setText(QStringLiteral("轮胎 Tyres"));
    rates->item(row, 2)->setText(QStringLiteral("95.5"));
    pressEnter(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.ctx.dealership.load().phone == QStringLiteral("021-5858 0000"));
    const auto all = shop.ctx.dealership.laborRates();
    const bool tyres = std::any_of(all.begin(), all.end(), [](const LaborRate &r) {
        return r.code == QLatin1String("TIRE") && r.ratePerHour == 9550;
    });
    CHECK(tyres);

    SECTION("a stale save is refused and the input stays on screen")
    {
        DealershipSettingsDialog stale(shop.ctx);
        stale.show();
        type(&stale, "nameEdit", QStringLiteral("My edit"));
        DealershipSettings s = shop.ctx.dealership.load();
        s.name = QStringLiteral("Their edit");
        Commands other(shop.ctx.db, shop.as(QStringLiteral("cashieradmin"), {Role::Administrator}));
        shop.ctx.dealership.save(other, s);
        pressEnter(&stale);
        CHECK(stale.isVisible());
        CHECK(stale.message().contains(QStringLiteral("cashieradmin")));
        CHECK(child<QLineEdit>(&stale, "nameEdit")->text() == QStringLiteral("My edit"));
        CHECK(shop.ctx.dealership.load().name == QStringLiteral("Their edit"));
    }
}

TEST_CASE("database connection: tested without writing, refused with a reason, remembered when usable", "[ui][database]")
{
    Shop shop;
    DatabaseDialog dialog(shop.db->target());
    dialog.show();
    CHECK(dialog.targetOnScreen().target.path == shop.t.target().path);

    TestDb otherProgram(Backend::Sqlite);
    otherProgram.rawExec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    type(&dialog, "pathEdit", otherProgram.target().path);
    CHECK_FALSE(dialog.test());
    CHECK(dialog.message().contains(QStringLiteral("another program")));
    pressEnter(&dialog);
    CHECK(dialog.isVisible());

    child<QRadioButton>(&dialog, "pgRadio")->setChecked(true);
    type(&dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&dialog, "portSpin")->setValue(1);
    CHECK_FALSE(dialog.test());
    CHECK(dialog.message().contains(QStringLiteral("Cannot connect")));

    child<QRadioButton>(&dialog, "sqliteRadio")->setChecked(true);
    const QString fresh = shop.t.dir() + QStringLiteral("/branch.db");
    type(&dialog, "pathEdit", fresh);
    pressEnter(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.saved().path == fresh);
    CHECK_FALSE(QFile::exists(fresh)); // testing wrote nothing
}

TEST_CASE("an idle counter PC locks itself, but never while a dialog is open", "[ui][lock]")
{
    qint64 now = 1'000'000;
    IdleLock idle;
    idle.setClock([&] { return now; });
    int fired = 0;
    QObject::connect(&idle, &IdleLock::idle, [&] { ++fired; });
    idle.setMinutes(10);

    now += 9 * 60 * 1000;
    idle.check();
    CHECK(fired == 0);
    QWidget somewhere;
    somewhere.show();
    QTest::keyClick(&somewhere, Qt::Key_A); // someone typed: the count starts again
    now += 9 * 60 * 1000;
    idle.check();
    CHECK(fired == 0);
    now += 2 * 60 * 1000;
    idle.check();
    CHECK(fired == 1);
    idle.check();
    CHECK(fired == 1); // once, until unlocked

    idle.reset();
    QDialog dialog;
    dialog.setModal(true);
    dialog.show();
    now += 60 * 60 * 1000;
    idle.check();
    CHECK(fired == 1); // a dialog is open: what is typed there is not locked away
    dialog.hide();
    now += 11 * 60 * 1000;
    idle.check();
    CHECK(fired == 2);

    idle.setMinutes(0);
    now += 24 * 60 * 60 * 1000LL;
    idle.check();
    CHECK(fired == 2);
}

TEST_CASE("the idle lock time and the greeting limit are dealership settings", "[ui][lock][settings]")
{
    Shop shop;
    CHECK(shop.ctx.dealership.load().autoLockMinutes == 10);
    CHECK(shop.ctx.dealership.load().greetingLimitSeconds == 120);
    DealershipSettingsDialog dialog(shop.ctx);
    dialog.show();
    CHECK(child<QSpinBox>(&dialog, "greetingSpin")->value() == 120);
    child<QSpinBox>(&dialog, "autoLockSpin")->setValue(3);
    child<QSpinBox>(&dialog, "greetingSpin")->setValue(90);
    pressEnter(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(shop.ctx.dealership.load().autoLockMinutes == 3);
    CHECK(shop.ctx.dealership.load().greetingLimitSeconds == 90);
}


TEST_CASE("the front door: first start, then sign-in, then the shell, lock and unlock", "[ui][flow]")
{
    ModalGuard modals;
    TestDb t(Backend::Sqlite);
    AppController app(t.target().path, hasher());
    REQUIRE(app.openDatabase());

    whenModal<FirstRunDialog>([](FirstRunDialog *d) {
        type(d, "loginEdit", QStringLiteral("admin"));
        type(d, "nameEdit", QStringLiteral("赵敏"));
        type(d, "passwordEdit", QStringLiteral("front-desk-1"));
        type(d, "repeatEdit", QStringLiteral("front-desk-1"));
        type(d, "dealershipEdit", QStringLiteral("浦江汽车"));
        pressEnter(d);
    });
    REQUIRE(app.firstStartIfNeeded());
    CHECK(app.context()->dealership.load().name == QStringLiteral("浦江汽车"));
    CHECK(app.firstStartIfNeeded()); // no second time

    whenModal<SignInDialog>([](SignInDialog *d) {
        CHECK(child<QLineEdit>(d, "loginEdit")->text() == QStringLiteral("admin")); // remembered from the first start
        type(d, "passwordEdit", QStringLiteral("front-desk-1"));
        pressEnter(d);
    });
    REQUIRE(app.signIn());
    CHECK(app.context()->session.displayName == QStringLiteral("赵敏"));

    app.showMainWindow();
    MainWindow *w = app.mainWindow();
    REQUIRE(w != nullptr);
    CHECK(w->isVisible());
    CHECK(w->windowTitle().contains(QStringLiteral("浦江汽车")));

    // Lock: the shell disappears until a password is typed; a wrong one is refused first.
    whenModal<SignInDialog>([w](SignInDialog *d) {
        CHECK_FALSE(w->isVisible());
        type(d, "passwordEdit", QStringLiteral("not-the-password"));
        pressEnter(d);
        CHECK(d->isVisible());
        type(d, "passwordEdit", QStringLiteral("front-desk-1"));
        pressEnter(d);
    });
    app.lock();
    CHECK(w->isVisible());
    CHECK(app.context()->session.login == QStringLiteral("admin"));
}

TEST_CASE("reception: search, a new customer and vehicle with a bad VIN, an appointment, check-in", "[ui][reception]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    ReceptionPage page(shop.ctx);
    page.resize(1200, 800);
    page.show();
    page.refresh();
    QApplication::setActiveWindow(&page);

    // The demo's 张三 is found by plate part, by pinyin initials, without touching the mouse.
    auto *results = child<QTableView>(&page, "resultsTable");
    type(&page, "searchEdit", QStringLiteral("A12345"));
    waitFor([&] { return page.searchIdle() && results->model()->rowCount() >= 1; }, 5000, "A12345 to find 沪A12345");
    CHECK(results->model()->index(0, 0).data().toString() == QStringLiteral("沪A12345"));
    type(&page, "searchEdit", QStringLiteral("zs"));
    waitFor([&] { return page.searchIdle() && results->model()->rowCount() >= 1; }, 5000, "zs to find 张三");
    QTest::keyClick(child<QLineEdit>(&page, "searchEdit"), Qt::Key_Down);
    CHECK(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(page.currentVehicle() != 0);

    type(&page, "searchEdit", QStringLiteral("沪E99999"));
    waitFor([&] { return page.searchIdle(); }, 5000, "the search for 沪E99999 to finish");
    CHECK(results->model()->rowCount() == 0);

    // New customer and vehicle: a wrong check digit on a Chinese VIN is refused and everything typed stays.
    QString refusal;
    whenModal<VehicleDialog>([&refusal](VehicleDialog *d) {
        type(d, "nameEdit", QStringLiteral("赵六"));
        type(d, "phoneEdit", QStringLiteral("136 0000 1234"));
        type(d, "vinEdit", QStringLiteral("LGBH52E05KY123456"));
        type(d, "plateEdit", QStringLiteral("沪e99999"));
        type(d, "brandEdit", QStringLiteral("本田"));
        pressEnter(d);
        refusal = d->message();
        CHECK(d->isVisible());
        CHECK(child<QLineEdit>(d, "nameEdit")->text() == QStringLiteral("赵六"));
        type(d, "vinEdit", QStringLiteral("LGBH52E01KY123456"));
        pressEnter(d);
    });
    page.newCustomerAndVehicle();
    CHECK(refusal.contains(QStringLiteral("VIN check digit should be 1")));
    const qint64 vehicleId = page.currentVehicle();
    const auto vehicle = VehicleStore(*shop.db).byId(vehicleId);
    REQUIRE(vehicle);
    CHECK(vehicle->plate == QStringLiteral("沪E99999"));
    // The history is read off the screen's thread: it shows as soon as it is read.
    waitFor([&] { return child<QLabel>(&page, "vehicleTitle")->text().startsWith(QStringLiteral("沪E99999")); }, 5000,
            "the new vehicle's header");

    // An appointment in a few minutes, with the customer's concern.
    whenModal<AppointmentDialog>([](AppointmentDialog *d) {
        child<QDateTimeEdit>(d, "startEdit")->setDateTime(QDateTime::currentDateTime().addSecs(120));
        auto *concerns = child<QPlainTextEdit>(d, "concernsEdit");
        concerns->setFocus();
        concerns->setPlainText(QStringLiteral("刹车时有异响"));
        type(d, "partsEdit", QStringLiteral("800"));
        type(d, "depositEdit", QStringLiteral("100"));
        pressEnter(d);
        CHECK(d->message().contains(QStringLiteral("400.00"))); // at least half the parts price
        type(d, "depositEdit", QStringLiteral("400"));
        pressEnter(d);
    });
    page.bookAppointment();
    const auto booked = AppointmentStore(*shop.db).openFor(vehicleId, QDate::currentDate());
    REQUIRE(booked);
    CHECK(booked->depositFen == 40000);

    // Check-in carries the appointment's concern over; the mileage is required.
    QString mileageMessage;
    whenModal<CheckInDialog>([&mileageMessage](CheckInDialog *d) {
        auto *concerns = child<QPlainTextEdit>(d, "concernsEdit");
        CHECK(concerns->toPlainText() == QStringLiteral("刹车时有异响"));
        pressEnter(d);
        mileageMessage = d->message();
        child<QSpinBox>(d, "mileageSpin")->setValue(12345);
        concerns->appendPlainText(QStringLiteral("空调不凉"));
        whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
        pressEnter(d);
    });
    page.checkIn();
    CHECK(mileageMessage.contains(QStringLiteral("odometer")));
    const auto drafts = Reception(*shop.db).workOrders(QStringLiteral("draft"));
    const auto it = std::find_if(drafts.begin(), drafts.end(),
                                 [](const WorkOrderSummary &w) { return w.plate == QStringLiteral("沪E99999"); });
    REQUIRE(it != drafts.end());
    CHECK(it->customerName == QStringLiteral("赵六"));
    const auto concerns = WorkOrderStore(*shop.db).load(it->id).concerns;
    REQUIRE(concerns.size() == 2);
    CHECK(concerns.at(1).text == QStringLiteral("空调不凉"));
    CHECK(AppointmentStore(*shop.db).byId(booked->id)->state == QStringLiteral("arrived"));
}

TEST_CASE("appointments: the day's load shows overbooking, tomorrow's calls are logged, cancel and check in",
          "[ui][appointments]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    AppointmentStore store(*shop.db);
    AppointmentsPage page(shop.ctx);
    page.resize(1300, 800);
    page.show();
    page.setDay(QDate::currentDate());
    QApplication::setActiveWindow(&page);
    auto *day = child<QTableView>(&page, "dayTable");
    auto *load = child<QTableView>(&page, "loadTable");
    const QList<Appointment> today = store.day(QDate::currentDate());
    REQUIRE(today.size() == 6); // the demo's
    CHECK(day->model()->rowCount() == 6);
    CHECK(load->model()->rowCount() > 0);
    CHECK_FALSE(child<QLabel>(&page, "summaryLabel")->text().contains(QStringLiteral("overbooked")));

    // A second car in the same bay at the same time: both rows and the bay's load say so.
    Appointment clash = today.at(3);
    clash.id = 0;
    clash.number.clear();
    clash.vehicleId = today.at(0).vehicleId;
    clash.customerId = today.at(0).customerId;
    clash.state = QStringLiteral("booked");
    if (clash.startsAt < QDateTime::currentDateTimeUtc())
        clash.startsAt = QDateTime::currentDateTimeUtc().addSecs(600);
    Appointment original = today.at(3);
    {
        Commands c = shop.ctx.commands();
        if (original.startsAt < QDateTime::currentDateTimeUtc()) { // move the original too, so they overlap
            original.startsAt = clash.startsAt;
            store.save(c, original);
        }
        clash.id = store.save(c, clash);
    }
    page.refresh();
    CHECK(day->model()->rowCount() == 7);
    CHECK(child<QLabel>(&page, "summaryLabel")->text().contains(QStringLiteral("overbooked")));
    REQUIRE(page.selectAppointment(original.id));
    CHECK(day->model()->index(day->currentIndex().row(), 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overbooked")));
    bool bayFlagged = false;
    for (int r = 0; r < load->model()->rowCount(); ++r)
        bayFlagged |= load->model()->index(r, 0).data().toString().contains(original.bayName) && !load->model()->index(r, 3).data().toString().isEmpty();
    CHECK(bayFlagged);

    // Tomorrow's list: the call is logged with who and what came of it; a cancellation needs its reason.
    auto *confirm = child<QTableView>(&page, "confirmTable");
    const QList<Appointment> tomorrow = store.toConfirm(QDate::currentDate().addDays(1));
    REQUIRE(tomorrow.size() == 8);
    CHECK(confirm->model()->rowCount() == 8);
    confirm->setFocus();
    confirm->selectRow(0);
    whenModal<CallDialog>([](CallDialog *d) {
        auto *result = child<QComboBox>(d, "resultCombo");
        result->setCurrentIndex(result->findData(QStringLiteral("confirmed")));
        type(d, "noteEdit", QStringLiteral("客户确认准时到店"));
        pressEnter(d);
    });
    QTest::keyClick(confirm, Qt::Key_Return);
    const QList<AppointmentCall> calls = store.calls(tomorrow.at(0).id);
    REQUIRE(calls.size() == 1);
    CHECK(calls.at(0).by == QStringLiteral("advisor"));
    CHECK(calls.at(0).result == QStringLiteral("confirmed"));
    CHECK(store.byId(tomorrow.at(0).id)->state == QStringLiteral("confirmed"));
    CHECK(confirm->model()->rowCount() == 7);

    confirm->selectRow(0);
    QString refusal;
    whenModal<CallDialog>([&refusal](CallDialog *d) {
        auto *result = child<QComboBox>(d, "resultCombo");
        result->setCurrentIndex(result->findData(QStringLiteral("cancelled")));
        pressEnter(d);
        refusal = d->message();
        CHECK(d->isVisible());
        type(d, "noteEdit", QStringLiteral("车辆出差在外地"));
        pressEnter(d);
    });
    page.logCall();
    CHECK(refusal.contains(QStringLiteral("why")));
    CHECK(store.byId(tomorrow.at(1).id)->state == QStringLiteral("cancelled"));
    CHECK(confirm->model()->rowCount() == 6);

    // Cancel from the day board, with a reason.
    REQUIRE(page.selectAppointment(clash.id));
    const qint64 cancelId = clash.id;
    whenModal<QInputDialog>([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("客户改约下周"));
        d->accept();
    });
    page.cancelAppointment();
    CHECK(store.byId(cancelId)->state == QStringLiteral("cancelled"));
    CHECK(store.byId(cancelId)->cancelReason == QStringLiteral("客户改约下周"));

    // Check in from an open appointment of today: its concerns come over, the visit is booked.
    const auto open = std::find_if(today.begin(), today.end(), [&](const Appointment &a) {
        return a.isOpen() && a.id != cancelId;
    });
    REQUIRE(open != today.end());
    REQUIRE(page.selectAppointment(open->id));
    const int km = std::max(0, VehicleStore(*shop.db).byId(open->vehicleId)->mileageKm) + 500;
    QString checkInMessage;
    bool checkInShown = false;
    whenModal<CheckInDialog>([&](CheckInDialog *d) {
        checkInShown = true;
        CHECK(child<QPlainTextEdit>(d, "concernsEdit")->toPlainText() == open->concerns);
        child<QSpinBox>(d, "mileageSpin")->setValue(km);
        whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
        pressEnter(d);
        checkInMessage = d->message();
    });
    QApplication::setActiveWindow(&page);
    day->setFocus();
    QTest::keyClick(day, Qt::Key_F4);
    INFO("check-in: " << checkInMessage.toStdString());
    CHECK(checkInShown);
    CHECK(store.byId(open->id)->state == QStringLiteral("arrived"));
    CHECK(shop.db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE vehicle_id = ? AND state = 'draft' "
                                         "AND booked = 1 AND appointment_id = ?"),
                          {open->vehicleId, open->id})
              .toInt()
          == 1);
}

TEST_CASE("a sold vehicle gets its new owner and the old one stays in its history", "[ui][customers]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    VehicleStore vehicles(*shop.db);
    const Vehicle before = *vehicles.byId(1);
    const QString previous = CustomerStore(*shop.db).byId(before.ownerId)->name;
    VehicleDialog d(shop.ctx, 1);
    d.show();
    QApplication::setActiveWindow(&d);
    QPushButton *sold = nullptr;
    for (QPushButton *b : d.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("owner")))
            sold = b;
    REQUIRE(sold != nullptr);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    sold->click();
    CHECK(child<QLineEdit>(&d, "nameEdit")->text().isEmpty());
    CHECK(d.focusWidget() == child<QLineEdit>(&d, "nameEdit"));
    type(&d, "nameEdit", QStringLiteral("钱七"));
    type(&d, "phoneEdit", QStringLiteral("13700007777"));
    pressEnter(&d);
    CHECK(d.result() == QDialog::Accepted);
    const Vehicle after = *vehicles.byId(1);
    CHECK(after.ownerId != before.ownerId);
    CHECK(CustomerStore(*shop.db).byId(after.ownerId)->name == QStringLiteral("钱七"));
    const QList<OwnerChange> history = vehicles.ownerHistory(1);
    REQUIRE(history.size() == 2);
    const bool keptOld = std::any_of(history.begin(), history.end(), [&](const OwnerChange &o) {
        return o.customerName == previous && o.to.isValid();
    });
    CHECK(keptOld);
}

TEST_CASE("a customer found without a vehicle gets the vehicle entered for them", "[ui][reception]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    {
        Customer c;
        c.name = QStringLiteral("欧阳娜娜");
        c.phones << PhoneNumber{QStringLiteral("13912340000"), true, {}};
        Commands commands = shop.ctx.commands();
        CustomerStore(*shop.db).save(commands, c);
    }
    ReceptionPage page(shop.ctx);
    page.show();
    QApplication::setActiveWindow(&page);
    auto *results = child<QTableView>(&page, "resultsTable");
    type(&page, "searchEdit", QStringLiteral("oyn"));
    waitFor([&] { return page.searchIdle() && results->model()->rowCount() >= 1; }, 5000, "oyn to find 欧阳娜娜");
    CHECK(results->model()->index(0, 2).data().toString() == QStringLiteral("欧阳娜娜"));
    QString owner, title;
    whenModal<VehicleDialog>([&](VehicleDialog *d) {
        owner = child<QLineEdit>(d, "nameEdit")->text();
        title = d->windowTitle();
        type(d, "vinEdit", QStringLiteral("LGBH52E01KY123456"));
        type(d, "plateEdit", QStringLiteral("沪B55555"));
        pressEnter(d);
    });
    QTest::keyClick(child<QLineEdit>(&page, "searchEdit"), Qt::Key_Return);
    CHECK(owner == QStringLiteral("欧阳娜娜"));
    CHECK(title.contains(QStringLiteral("欧阳娜娜")));
    REQUIRE(page.currentVehicle() != 0);
    CHECK(CustomerStore(*shop.db).byId(VehicleStore(*shop.db).byId(page.currentVehicle())->ownerId)->name
          == QStringLiteral("欧阳娜娜"));
}

TEST_CASE("reception: F3 then F4 on a waiting arrival checks in that arrival, no second one", "[ui][reception][keyboard]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    ReceptionPage page(shop.ctx);
    page.resize(1300, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    page.refresh();
    // The demo's car waiting for an advisor, known on file.
    const QList<Arrival> before = Reception(*shop.db).board(QDate::currentDate());
    const auto waiting = std::find_if(before.begin(), before.end(), [](const Arrival &a) {
        return a.state == QStringLiteral("waiting") && a.vehicleId != 0;
    });
    REQUIRE(waiting != before.end());
    auto *board = child<QTableView>(&page, "boardTable");
    REQUIRE(ui::selectKey(board, waiting->visitId));
    board->setFocus();
    QTest::keyClick(board, Qt::Key_F3);
    REQUIRE(Reception(*shop.db).visit(waiting->visitId)->state == QStringLiteral("in_reception"));
    CHECK(page.currentVehicle() == waiting->vehicleId);

    const int km = std::max(0, VehicleStore(*shop.db).byId(waiting->vehicleId)->mileageKm) + 300;
    bool shown = false;
    whenModal<CheckInDialog>([&](CheckInDialog *d) {
        shown = true;
        child<QSpinBox>(d, "mileageSpin")->setValue(km);
        child<QPlainTextEdit>(d, "concernsEdit")->setPlainText(QStringLiteral("保养"));
        whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
        pressEnter(d);
    });
    QApplication::setActiveWindow(&page);
    board->setFocus();
    QTest::keyClick(board, Qt::Key_F4);
    REQUIRE(shown);
    const QList<Arrival> after = Reception(*shop.db).board(QDate::currentDate());
    CHECK(after.size() == before.size()); // no second arrival
    const auto it = std::find_if(after.begin(), after.end(), [&](const Arrival &a) { return a.visitId == waiting->visitId; });
    REQUIRE(it != after.end());
    CHECK(it->state == QStringLiteral("checked_in"));
    CHECK(it->workOrderId != 0);
}

TEST_CASE("words: the search's open work order shows its state in words, not its code", "[ui][reception][i18n]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    QSqlQuery q = shop.db->query(QStringLiteral("SELECT v.plate, w.number FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id "
                                                "WHERE w.state = 'draft' ORDER BY w.id"));
    REQUIRE(q.next());
    const QString plate = q.value(0).toString(), number = q.value(1).toString();
    ReceptionPage page(shop.ctx);
    page.show();
    QApplication::setActiveWindow(&page);
    auto *results = child<QTableView>(&page, "resultsTable");
    type(&page, "searchEdit", plate.right(5));
    waitFor([&] { return page.searchIdle() && results->model()->rowCount() >= 1; }, 5000, "the plate to be found");
    const QString open = results->model()->index(0, 5).data().toString();
    CHECK(open == QStringLiteral("%1 (%2)").arg(number, WorkOrderRules::stateName(QStringLiteral("draft"))));
    CHECK_FALSE(open.contains(QStringLiteral("(draft)")));
}
