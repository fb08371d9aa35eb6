// The keyboard-only walk of a visit (issue 17, "Done when"), from the arrival to the delivery. Every step is keys
// typed where the focus is; the customer's pen on the signature pad is the only pointer. The count of keys per
// step is printed for the closing note (a Chinese word counts its characters, not an input method's strokes).
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

#include "keyboard.h"
#include "printing/formdocument.h"
#include "store/inspectionstore.h"
#include "store/reception.h"
#include "store/workorderstore.h"
#include "store/addonstore.h"
#include "core/settlement.h"
#include "ui/approvalspage.h"
#include "ui/cashierpage.h"
#include "ui/decisiondialog.h"
#include "ui/deliverydialog.h"
#include "ui/findingdialog.h"
#include "ui/cannedjobdialog.h"
#include "ui/checkindialog.h"
#include "ui/inspectionpage.h"
#include "ui/mainwindow.h"
#include "ui/printpreviewdialog.h"
#include "ui/receptionpage.h"
#include "ui/signaturedialog.h"
#include "ui/signaturepad.h"
#include "ui/workorderlinedialog.h"
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

// DD_WALK_PDF=DIR keeps the signed forms of the walk as PDFs there, for people to look at.
void keepPdf(PrintPreviewDialog *preview, const char *name)
{
    const QString dir = qEnvironmentVariable("DD_WALK_PDF");
    if (!dir.isEmpty())
        CHECK(preview->issuePdf(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".pdf")));
}

QString where(Keyboard &kb)
{
    QWidget *f = kb.focus();
    return QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(f->metaObject()->className()), f->objectName(),
                                             QString::fromLatin1(f->window()->metaObject()->className()));
}
} // namespace

TEST_CASE("walk: a whole visit with the keyboard only, from the arrival to the delivery, the customer signing on screen",
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

    // ---- The walk-around: the odometer came from the check-in; fuel, valuables, old parts, key tag. ----
    InspectionPage *inspection = w.page<InspectionPage>();
    CHECK(child<QSpinBox>(inspection, "odometerSpin")->value() == km);
    kb.alt('2'); // the readings tab
    kb.alt('l'); // Fuel &level
    kb.type(QStringLiteral("3")); // 3/8
    CHECK(child<QComboBox>(inspection, "fuelCombo")->currentData().toInt() == 3);
    kb.alt('3'); // the handover tab
    kb.alt('r'); // Customer &reminded to take valuables
    kb.alt('t'); // Customer &takes the old parts
    kb.alt('g'); // Key ta&g
    kb.type(QStringLiteral("A17"));
    kb.key(Qt::Key_Return, Qt::ControlModifier); // complete
    INFO("message " << child<QLabel>(inspection, "messageLabel")->text().toStdString() << " focus "
                    << where(kb).toStdString());
    REQUIRE(InspectionStore(*shop.db).load(order).isCompleted());
    kb.key(Qt::Key_Return); // on to the estimate
    REQUIRE(w.currentPage() == w.page<WorkOrdersPage>());
    kb.step(QStringLiteral("inspection"));

    // ---- The estimate: the maintenance job from the catalog, the brake check as a labor line, the promise. ----
    WorkOrdersPage *orders = w.page<WorkOrdersPage>();
    REQUIRE(orders->current().id == order);
    INFO("focus on the work order " << where(kb).toStdString());
    whenModal<CannedJobDialog>([&](CannedJobDialog *) { kb.key(Qt::Key_Return); }); // the first job, a service
    kb.alt('j'); // Add &job…
    whenModal<WorkOrderLineDialog>([&](WorkOrderLineDialog *d) {
        // A new line starts on its kind, labor already: the description, then the sold hours.
        CHECK(child<QComboBox>(d, "kindCombo")->hasFocus());
        kb.alt('d');
        kb.type(QStringLiteral("检查前刹车异响"));
        kb.alt('h');
        kb.type(QStringLiteral("0.5"));
        kb.key(Qt::Key_Return);
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_Insert);
    kb.alt('g'); // Repair cate&gory
    kb.key(Qt::Key_End); // the last: level-1 maintenance, minor or specialist repair
    kb.alt('u'); // S&uggest the promised time
    const WorkOrder estimate = orders->current();
    INFO("message " << child<QLabel>(orders, "messageLabel")->text().toStdString());
    CHECK(estimate.type == QStringLiteral("maintenance"));
    CHECK(estimate.repairCategory == QStringLiteral("minor"));
    CHECK(estimate.promisedAt.isValid());
    CHECK(estimate.lines.size() >= 2);
    kb.step(QStringLiteral("estimate"));

    // ---- The authorization: Ctrl+Enter shows it; the customer signs on the pad; closed, it is authorized. ----
    whenModal<PrintPreviewDialog>([&](PrintPreviewDialog *preview) {
        whenModal<SignatureDialog>([&](SignatureDialog *d) {
            d->resize(720, 440);
            signName(d->pad()); // the customer's pen
            kb.key(Qt::Key_Return);
        });
        kb.alt('s'); // Customer &signs on screen…
        CHECK(preview->isSigned());
        keepPdf(preview, "authorization");
        kb.key(Qt::Key_Escape);
    });
    kb.key(Qt::Key_Return, Qt::ControlModifier);
    INFO("message " << child<QLabel>(orders, "messageLabel")->text().toStdString());
    REQUIRE(WorkOrderStore(*shop.db).load(order).state == QStringLiteral("open"));
    kb.step(QStringLiteral("authorization signed on screen"));

    // ---- The handover: one technician for every labor line, the workshop's receiver, work started. ----
    whenModal<QInputDialog>([&](QInputDialog *d) {
        INFO("technician offered " << d->textValue().toStdString());
        kb.key(Qt::Key_Return); // the first technician on the list
    });
    kb.alt('c'); // Assign te&chnician…
    INFO("focus after the assignment " << where(kb).toStdString());
    bool asked = false;
    whenModal<QInputDialog>([&](QInputDialog *) {
        asked = true;
        kb.type(QStringLiteral("赵强"));
        kb.key(Qt::Key_Return);
    });
    kb.key(Qt::Key_Return, Qt::ControlModifier); // hand over to the workshop
    CHECK(asked);
    INFO("message " << child<QLabel>(orders, "messageLabel")->text().toStdString());
    REQUIRE(WorkOrderStore(*shop.db).load(order).state == QStringLiteral("dispatched"));
    kb.key(Qt::Key_Return, Qt::ControlModifier); // work starts
    const WorkOrder started = WorkOrderStore(*shop.db).load(order);
    CHECK(started.state == QStringLiteral("in_progress"));
    CHECK(started.handedOverTo == QStringLiteral("赵强"));
    for (const WorkOrderLine &l : started.lines)
        if (l.is(LineKind::Labor))
            CHECK(l.technicianId != 0);
    kb.step(QStringLiteral("handover"));

    // ---- More work found: the finding with its line, for the customer's decision. ----
    whenModal<FindingDialog>([&](FindingDialog *d) {
        kb.type(QStringLiteral("前刹车片磨损到限"));
        kb.alt('w'); // &Why it is needed
        kb.type(QStringLiteral("刹车距离变长"));
        whenModal<WorkOrderLineDialog>([&](WorkOrderLineDialog *line) {
            kb.alt('d');
            kb.type(QStringLiteral("更换前刹车片"));
            kb.alt('h');
            kb.type(QStringLiteral("1"));
            kb.key(Qt::Key_Return);
            CHECK_FALSE(line->isVisible());
        });
        kb.alt('a'); // &Add line…
        kb.key(Qt::Key_Return);
        INFO("message " << child<QLabel>(d, "messageLabel")->text().toStdString());
        CHECK_FALSE(d->isVisible());
    });
    kb.alt('d'); // Add-on fin&ding…
    INFO("message " << child<QLabel>(orders, "messageLabel")->text().toStdString());
    const QList<AddOnFinding> pending = AddOnStore(*shop.db).pending();
    REQUIRE_FALSE(pending.isEmpty());
    const AddOnFinding finding = pending.last();
    REQUIRE(finding.workOrderId == order);
    kb.step(QStringLiteral("add-on found"));

    // ---- The customer decides at the counter: the approvals open on the finding just proposed; approve all. ----
    kb.ctrl(Qt::Key_4);
    REQUIRE(w.currentPage() == w.page<ApprovalsPage>());
    whenModal<DecisionDialog>([&](DecisionDialog *d) {
        kb.alt('v'); // Appro&ve all
        kb.alt('h'); // &How: the first, in person, signed
        kb.key(Qt::Key_Home);
        CHECK(d->method() == QStringLiteral("in_person"));
        kb.key(Qt::Key_Return);
        INFO("message " << d->message().toStdString());
        CHECK_FALSE(d->isVisible());
    });
    // Decided in person: the consent with the decisions ticked comes up for the customer's signature.
    whenModal<PrintPreviewDialog>([&](PrintPreviewDialog *preview) {
        whenModal<SignatureDialog>([&](SignatureDialog *d) {
            d->resize(720, 440);
            signName(d->pad());
            kb.key(Qt::Key_Return);
        });
        kb.alt('s'); // Customer &signs on screen…
        CHECK(preview->isSigned());
        keepPdf(preview, "addon");
        kb.key(Qt::Key_Escape);
    });
    INFO("focus on the approvals " << where(kb).toStdString());
    CHECK(ui::selectedKey(child<QTableView>(w.page<ApprovalsPage>(), "pendingTable")) == finding.id); // the one just found
    kb.key(Qt::Key_Return);
    INFO("approvals say " << child<QLabel>(w.page<ApprovalsPage>(), "messageLabel")->text().toStdString() << " pending "
                          << w.page<ApprovalsPage>()->pendingCount() << " ours " << finding.workOrderNumber.toStdString() << " "
                          << AddOnStore(*shop.db).load(finding.id).state.toStdString());
    REQUIRE(AddOnStore(*shop.db).load(finding.id).state == QStringLiteral("decided"));
    CHECK(child<QLabel>(w.page<ApprovalsPage>(), "messageLabel")->text().contains(QStringLiteral("signed by the customer")));
    {
        // The signed copy is the consent form with the decision in it: its content hash was taken with the line approved.
        QSqlQuery q = shop.db->query(QStringLiteral("SELECT d.snapshot FROM issued_documents d JOIN document_signatures s ON "
                                                    "s.document_id = d.id WHERE d.form = 'addon' AND d.number = ?"),
                                     {started.number});
        REQUIRE(q.next());
        const QString snapshot = FormDocument::deserialize(q.value(0).toByteArray()).html;
        CHECK(snapshot.contains(QStringLiteral("更换前刹车片")));
        CHECK(snapshot.contains(QStringLiteral("■"))); // the approval ticked
    }
    whenModal<QInputDialog>([&](QInputDialog *) {
        kb.type(QStringLiteral("赵强"));
        kb.key(Qt::Key_Return);
    });
    kb.alt('t'); // &Tell the workshop…
    CHECK(AddOnStore(*shop.db).load(finding.id).relayedTo == QStringLiteral("赵强"));
    kb.step(QStringLiteral("add-on decided and relayed"));

    // ---- The work done: cause and correction of the concern, the quality check passed. ----
    kb.ctrl(Qt::Key_3);
    REQUIRE(w.currentPage() == orders);
    REQUIRE(orders->current().id == order);
    kb.alt('o'); // C&oncerns
    kb.key(Qt::Key_Right); // the cause
    kb.key(Qt::Key_F2);
    kb.type(QStringLiteral("前刹车片磨损"));
    kb.key(Qt::Key_Tab); // the correction
    kb.type(QStringLiteral("更换前刹车片，保养"));
    kb.key(Qt::Key_Return);
    INFO("focus " << where(kb).toStdString());
    kb.key(Qt::Key_Return, Qt::ControlModifier); // to the quality check
    INFO("message " << child<QLabel>(orders, "messageLabel")->text().toStdString());
    REQUIRE(WorkOrderStore(*shop.db).load(order).state == QStringLiteral("quality_check"));
    whenModal<QInputDialog>([&](QInputDialog *) { kb.key(Qt::Key_Return); }); // the inspector signed in
    kb.key(Qt::Key_Return, Qt::ControlModifier); // passed
    REQUIRE(WorkOrderStore(*shop.db).load(order).state == QStringLiteral("ready"));
    kb.step(QStringLiteral("work and quality check"));

    // ---- The till: the work order by its number, cash handed over, the change. ----
    kb.ctrl(Qt::Key_5);
    CashierPage *cashier = w.page<CashierPage>();
    REQUIRE(w.currentPage() == cashier);
    kb.alt('n'); // &Number
    kb.type(started.number);
    kb.key(Qt::Key_Return);
    REQUIRE(cashier->currentWorkOrder() == order);
    CHECK(child<QComboBox>(cashier, "methodCombo")->currentData().toString() == QStringLiteral("cash"));
    const Fen due = cashier->preview().totals.customerDue();
    const Fen handed = (due / 10000 + 1) * 10000; // the next hundred yuan
    kb.alt('c'); // Cash re&ceived
    kb.type(QString::number(handed / 100));
    kb.key(Qt::Key_Return); // the payment: the amount was filled in
    INFO("message " << child<QLabel>(cashier, "messageLabel")->text().toStdString());
    kb.key(Qt::Key_Return, Qt::ControlModifier); // settle
    REQUIRE(cashier->settlement().has_value());
    CHECK(SettlementRules::change(cashier->settlement()->payments) == handed - due);
    kb.step(QStringLiteral("settlement"));

    // ---- The car handed back: what the customer takes, the odometer out, delivered. ----
    kb.ctrl(Qt::Key_3);
    REQUIRE(w.currentPage() == orders);
    REQUIRE(orders->current().id == order);
    whenModal<DeliveryDialog>([&](DeliveryDialog *d) {
        for (int i = 0; i < 4; ++i) { // belongings, keys, old parts, documents: Space ticks, Tab goes on
            kb.key(Qt::Key_Space);
            if (i < 3)
                kb.key(Qt::Key_Tab);
        }
        kb.alt('m'); // Odo&meter out
        kb.type(QString::number(km + 3));
        // Delivered, the pickup is signed: the release notice with what was handed back ticked.
        whenModal<PrintPreviewDialog>([&](PrintPreviewDialog *preview) {
            whenModal<SignatureDialog>([&](SignatureDialog *pen) {
                pen->resize(720, 440);
                signName(pen->pad());
                kb.key(Qt::Key_Return);
            });
            kb.alt('s'); // Customer &signs on screen…
            CHECK(preview->isSigned());
            keepPdf(preview, "release");
            kb.key(Qt::Key_Escape);
        });
        kb.alt('d'); // &Deliver the car
        INFO("message " << child<QLabel>(d, "messageLabel")->text().toStdString());
        CHECK(d->delivered());
        CHECK(child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("signed the pickup")));
        kb.key(Qt::Key_Return); // Close
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_Return, Qt::ControlModifier);
    const WorkOrder delivered = WorkOrderStore(*shop.db).load(order);
    CHECK(delivered.state == QStringLiteral("delivered"));
    kb.step(QStringLiteral("delivery, the pickup signed on screen"));

    for (const QString &s : kb.steps())
        std::printf("walk %s\n", qPrintable(s));
    std::printf("walk total: %d keys\n", kb.total());
}
