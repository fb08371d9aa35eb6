// The keyboard-only walk of a visit (issue 17, "Done when"). Every step is keys typed where the focus is; the
// customer's pen on the pad will be the only pointer. The count of keys per step is printed for the closing note.
// So far it walks the arrival and the check-in into the inspection; the inspection, estimate, signed
// authorization, handover, add-on, quality check, settlement and signed pickup are still to be added.
#include <QAbstractButton>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTableView>

#include "keyboard.h"
#include "store/reception.h"
#include "store/workorderstore.h"
#include "ui/checkindialog.h"
#include "ui/inspectionpage.h"
#include "ui/mainwindow.h"
#include "ui/receptionpage.h"
#include "ui/workorderspage.h"
#include "uitest.h"

using namespace uitest;

namespace {
struct Car {
    qint64 id = 0;
    QString plate;
    int km = 0;
};

// A car on file with nothing open and no booking today.
Car idleCar(Database &db)
{
    QSqlQuery q = db.query(QStringLiteral(
        "SELECT v.id, v.plate, v.mileage_km FROM vehicles v WHERE v.plate <> '' AND NOT EXISTS (SELECT 1 FROM work_orders w "
        "WHERE w.vehicle_id = v.id AND w.state NOT IN ('settled', 'delivered', 'cancelled')) AND NOT EXISTS (SELECT 1 FROM "
        "appointments a WHERE a.vehicle_id = v.id) AND NOT EXISTS (SELECT 1 FROM visits s WHERE s.vehicle_id = v.id AND "
        "s.state IN ('waiting', 'in_reception')) ORDER BY v.id LIMIT 1"));
    REQUIRE(q.next());
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
}

QString where(Keyboard &kb)
{
    QWidget *f = kb.focus();
    return QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(f->metaObject()->className()), f->objectName(),
                                             QString::fromLatin1(f->window()->metaObject()->className()));
}
} // namespace

TEST_CASE("walk: a visit with the keyboard only, the arrival and the check-in into the inspection",
          "[ui][walk][keyboard]")
{
    Shop shop;
    // A small shop's advisor who also runs the workshop desk and the till: one person, every step.
    shop.ctx.session = shop.as(QStringLiteral("walker"), {Role::ServiceAdvisor, Role::WorkshopController, Role::Cashier});
    const Car car = idleCar(*shop.db);
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    Keyboard kb(&w);

    // ---- The car arrives: F2, its plate, Enter; F3 starts the reception of the selected arrival. ----
    kb.ctrl(Qt::Key_1);
    REQUIRE(w.currentPage() == w.page<ReceptionPage>());
    whenModal<QInputDialog>([&](QInputDialog *) {
        kb.type(car.plate);
        kb.key(Qt::Key_Return);
    });
    kb.key(Qt::Key_F2);
    kb.key(Qt::Key_F3);
    INFO("focus: " << where(kb).toStdString());
    REQUIRE(w.page<ReceptionPage>()->currentVehicle() == car.id);
    kb.step(QStringLiteral("arrival"));

    // ---- Check-in: F4, the mileage (selected, typed over), the concern, Enter; then on to the inspection. ----
    const int km = car.km + 1234;
    whenModal<CheckInDialog>([&](CheckInDialog *d) {
        kb.type(QString::number(km));
        kb.alt('e'); // Conc&erns
        kb.type(QStringLiteral("保养，刹车异响"));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            INFO(box->text().toStdString());
            kb.key(Qt::Key_Return);
        }); // go on with the inspection: Yes
        kb.key(Qt::Key_Return, Qt::ControlModifier); // Enter starts the next concern's line; Ctrl+Enter checks in
        INFO("message " << child<QLabel>(d, "messageLabel")->text().toStdString() << " mileage "
                        << child<QSpinBox>(d, "mileageSpin")->value() << " focus " << where(kb).toStdString());
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_F4);
    REQUIRE(w.currentPage() == w.page<InspectionPage>());
    const qint64 order = w.page<InspectionPage>()->workOrderId();
    REQUIRE(order != 0);
    CHECK(WorkOrderStore(*shop.db).load(order).state == QStringLiteral("draft"));
    kb.step(QStringLiteral("check-in"));

    for (const QString &s : kb.steps())
        std::printf("walk %s\n", qPrintable(s));
    std::printf("walk total: %d keys\n", kb.total());
}
