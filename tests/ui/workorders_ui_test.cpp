// The work-order screen, driven offscreen: the estimate built with the line dialog, steps refused with what is
// missing, then taken from authorization to ready for settlement.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

#include "store/reception.h"
#include "store/workorderstore.h"
#include "ui/workorderlinedialog.h"
#include "ui/workorderspage.h"
#include "uitest.h"

using namespace uitest;

namespace {
qint64 checkInAnyCar(Shop &shop)
{
    QSqlQuery q = shop.db->query(QStringLiteral(
        "SELECT v.id, v.mileage_km FROM vehicles v WHERE NOT EXISTS (SELECT 1 FROM work_orders w WHERE w.vehicle_id = v.id "
        "AND w.state NOT IN ('settled', 'delivered', 'cancelled')) ORDER BY v.id DESC LIMIT 1"));
    REQUIRE(q.next());
    CheckIn in;
    in.vehicleId = q.value(0).toLongLong();
    in.mileageKm = q.value(1).toInt() + 500;
    in.concerns = QStringList{QStringLiteral("刹车时有异响")};
    Commands c = shop.ctx.commands();
    return Reception(*shop.db).checkIn(c, in).workOrderId;
}

QString message(QWidget *page)
{
    return child<QLabel>(page, "messageLabel")->text();
}

void choose(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(combo->findData(data));
    REQUIRE(combo->currentData().toString() == data);
}
} // namespace

TEST_CASE("work orders: the estimate, its authorization and the steps to ready for settlement", "[ui][workorders]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("boss"), {Role::ServiceAdvisor, Role::WorkshopController});
    const qint64 id = checkInAnyCar(shop);
    WorkOrdersPage page(shop.ctx);
    page.resize(1300, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    page.refresh();
    REQUIRE(page.openWorkOrder(id));

    // Authorizing the bare draft is refused, naming what is missing.
    REQUIRE(page.stepButton(QStringLiteral("authorize")));
    page.stepButton(QStringLiteral("authorize"))->click();
    CHECK(message(&page).contains(WorkOrderRules::tr("the work-order type")));
    CHECK(message(&page).contains(WorkOrderRules::tr("at least one approved line in the estimate")));
    CHECK(WorkOrderStore(*shop.db).load(id).state == QStringLiteral("draft"));

    choose(child<QComboBox>(&page, "typeCombo"), QStringLiteral("repair"));
    choose(child<QComboBox>(&page, "categoryCombo"), QStringLiteral("minor"));
    whenModal<WorkOrderLineDialog>([](WorkOrderLineDialog *d) {
        type(d, "descriptionEdit", QStringLiteral("更换前刹车片"));
        child<QDoubleSpinBox>(d, "hoursSpin")->setValue(0.8);
        pressEnter(d);
    });
    page.addLine();
    QApplication::setActiveWindow(&page);
    QString priceRefusal;
    whenModal<WorkOrderLineDialog>([&priceRefusal](WorkOrderLineDialog *d) {
        choose(child<QComboBox>(d, "kindCombo"), QStringLiteral("part"));
        type(d, "descriptionEdit", QStringLiteral("前刹车片"));
        type(d, "unitEdit", QStringLiteral("套"));
        type(d, "priceEdit", QStringLiteral("4 50"));
        pressEnter(d);
        priceRefusal = child<QLabel>(d, "messageLabel")->text();
        type(d, "priceEdit", QStringLiteral("450"));
        pressEnter(d);
    });
    page.addLine();
    QApplication::setActiveWindow(&page);
    CHECK(priceRefusal.contains(QStringLiteral("4 50")));
    auto *lines = child<QTableWidget>(&page, "linesTable");
    REQUIRE(lines->rowCount() == 2);
    CHECK(page.hasUnsavedChanges());
    const WorkOrder shown = page.current();
    REQUIRE(shown.lines.size() == 2);
    CHECK(shown.lines[0].centiHours == 80);
    CHECK(shown.lines[0].rateFen > 0); // the dealership's first labor rate
    CHECK(child<QLabel>(&page, "totalsLabel")->text().contains(money::format(shown.lines[0].amount() + 45000)));

    // Authorizing saves first, then the estimate is read-only.
    REQUIRE(page.takeStep(QStringLiteral("authorize")));
    WorkOrder stored = WorkOrderStore(*shop.db).load(id);
    CHECK(stored.state == QStringLiteral("open"));
    REQUIRE(stored.lines.size() == 2);
    CHECK(stored.lines[1].unitPriceFen == 45000);
    CHECK(stored.lines[1].unit == QStringLiteral("套"));
    CHECK_FALSE(child<QPushButton>(&page, "addLineButton")->isEnabled());
    CHECK_FALSE(child<QComboBox>(&page, "typeCombo")->isEnabled());

    // The handover needs a technician on the labor line; the line dialog now changes only that.
    whenModal<QInputDialog>([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("赵强"));
        d->accept();
    });
    REQUIRE(page.stepButton(QStringLiteral("dispatch")));
    CHECK_FALSE(page.takeStep(QStringLiteral("dispatch")));
    QApplication::setActiveWindow(&page);
    CHECK(message(&page).contains(QStringLiteral("更换前刹车片")));
    lines->selectRow(0);
    whenModal<WorkOrderLineDialog>([](WorkOrderLineDialog *d) {
        CHECK_FALSE(child<QLineEdit>(d, "descriptionEdit")->isEnabled());
        type(d, "technicianEdit", QStringLiteral("李师傅"));
        pressEnter(d);
    });
    page.editLine();
    QApplication::setActiveWindow(&page);
    CHECK(WorkOrderStore(*shop.db).load(id).lines[0].technicianName == QStringLiteral("李师傅"));
    whenModal<QInputDialog>([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("赵强"));
        d->accept();
    });
    REQUIRE(page.takeStep(QStringLiteral("dispatch")));
    QApplication::setActiveWindow(&page);
    CHECK(WorkOrderStore(*shop.db).load(id).handedOverTo == QStringLiteral("赵强"));
    REQUIRE(page.takeStep(QStringLiteral("start")));

    // Quality check only once the concern has its correction, typed into the concerns table.
    CHECK_FALSE(page.takeStep(QStringLiteral("submit_qc")));
    CHECK(message(&page).contains(QStringLiteral("刹车时有异响")));
    auto *concerns = child<QTableWidget>(&page, "concernsTable");
    concerns->item(0, 1)->setText(QStringLiteral("前刹车片磨损到限"));
    concerns->item(0, 2)->setText(QStringLiteral("更换前刹车片"));
    CHECK(page.hasUnsavedChanges());
    REQUIRE(page.takeStep(QStringLiteral("submit_qc")));
    CHECK(WorkOrderStore(*shop.db).load(id).concerns[0].correction == QStringLiteral("更换前刹车片"));
    whenModal<QInputDialog>([](QInputDialog *d) { d->accept(); }); // the signed-in inspector, as offered
    REQUIRE(page.takeStep(QStringLiteral("qc_pass")));
    stored = WorkOrderStore(*shop.db).load(id);
    CHECK(stored.state == QStringLiteral("ready"));
    CHECK(stored.inspectorName == QStringLiteral("boss"));
    CHECK(page.stepButton(QStringLiteral("cancel")) == nullptr);
    CHECK(page.stepButton(QStringLiteral("settle")) == nullptr); // the cashier's
}
