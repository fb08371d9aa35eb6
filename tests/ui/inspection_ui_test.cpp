// The walk-around inspection screen, driven offscreen: marks placed on the diagram with the mouse and the
// keyboard, moved, removed, earlier marks confirmed; completion refused while something is missing (nothing
// entered is lost), then completed; the intake sheet previewed, issued and reprinted.
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include "store/appointmentstore.h"
#include "store/documentstore.h"
#include "store/inspectionstore.h"
#include "store/formdata.h"
#include "printing/formbuilders.h"
#include "store/reception.h"
#include "ui/appointmentspage.h"
#include "ui/checkindialog.h"
#include "ui/damagemarkdialog.h"
#include "ui/diagramwidget.h"
#include "ui/inspectionpage.h"
#include "ui/keycabinetdialog.h"
#include "ui/mainwindow.h"
#include "ui/printpreviewdialog.h"
#include "ui/receptionpage.h"
#include "uitest.h"

using namespace uitest;

namespace {
// A demo vehicle with damage from earlier visits that is not in the shop now, checked in at `km`.
struct Visit {
    qint64 vehicleId = 0;
    qint64 workOrderId = 0;
    QString number;
    int earlierMarks = 0;
};

Visit checkInDamagedCar(Shop &shop, int km)
{
    Visit v;
    QSqlQuery q = shop.db->query(
        QStringLiteral("SELECT d.vehicle_id, COUNT(*) FROM damage_marks d WHERE d.repaired_inspection_id IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM work_orders w WHERE w.vehicle_id = d.vehicle_id AND w.state "
                       "NOT IN ('settled', 'delivered', 'cancelled')) GROUP BY d.vehicle_id ORDER BY COUNT(*) DESC, "
                       "d.vehicle_id"),
        {});
    REQUIRE(q.next());
    v.vehicleId = q.value(0).toLongLong();
    v.earlierMarks = q.value(1).toInt();
    CheckIn in;
    in.vehicleId = v.vehicleId;
    in.mileageKm = km;
    in.concerns = QStringList{QStringLiteral("右前轮异响")};
    Commands c = shop.ctx.commands();
    const CheckInResult r = Reception(*shop.db).checkIn(c, in);
    v.workOrderId = r.workOrderId;
    v.number = r.number;
    return v;
}

QString message(QWidget *page)
{
    return child<QLabel>(page, "messageLabel")->text();
}

QString writePicture(const QTemporaryDir &dir, const char *name)
{
    QImage img(2400, 1800, QImage::Format_RGB32);
    img.fill(QColor(0x80, 0x90, 0xa0));
    const QString path = dir.filePath(QString::fromLatin1(name));
    REQUIRE(img.save(path));
    return path;
}
} // namespace

TEST_CASE("inspection: marks placed, moved, removed and confirmed, completion refused, then done", "[ui][inspection]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    const Visit visit = checkInDamagedCar(shop, 500000);
    REQUIRE(visit.earlierMarks >= 1);
    QTemporaryDir pictures;

    InspectionPage page(shop.ctx);
    page.resize(1300, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    page.refresh();
    REQUIRE(page.openWorkOrder(visit.workOrderId));
    auto *diagram = child<DiagramWidget>(&page, "diagram");
    auto *marks = child<QTableWidget>(&page, "marksTable");
    CHECK(diagram->isEditable());
    CHECK(marks->rowCount() == visit.earlierMarks);
    CHECK(page.current().earlierMarks().size() == visit.earlierMarks);

    // A click on the left side asks for the mark: a dent with its size and a photo from the camera.
    whenModal<DamageMarkDialog>([&](DamageMarkDialog *d) {
        auto *kind = child<QComboBox>(d, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("dent")));
        type(d, "noteEdit", QStringLiteral("左前门 约 3 cm"));
        CHECK(d->addPhotos({writePicture(pictures, "dent.png")}));
        CHECK_FALSE(d->addPhotos({pictures.filePath(QStringLiteral("missing.jpg"))}));
        CHECK(child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("missing.jpg")));
        pressEnter(d);
    });
    QTest::mouseClick(diagram, Qt::LeftButton, Qt::NoModifier, diagram->pointOf(QStringLiteral("left"), 300, 450));
    QApplication::setActiveWindow(&page); // as when the dialog closes
    REQUIRE(marks->rowCount() == visit.earlierMarks + 1);
    DamageMark placed = page.current().marks.last();
    CHECK(placed.isNew);
    CHECK(placed.view == QStringLiteral("left"));
    CHECK(qAbs(placed.x - 300) <= 5);
    CHECK(qAbs(placed.y - 450) <= 5);
    CHECK(placed.kind == QStringLiteral("dent"));
    CHECK(placed.note == QStringLiteral("左前门 约 3 cm"));
    REQUIRE(placed.newPhotos.size() == 1);
    CHECK(QImage::fromData(placed.newPhotos.first()).width() == 1600); // scaled down for the database
    CHECK(marks->item(marks->rowCount() - 1, 3)->text() == InspectionPage::tr("new this visit"));

    // Dragged a little further back on the same view.
    const QPoint from = diagram->pointOf(QStringLiteral("left"), placed.x, placed.y);
    const QPoint to = diagram->pointOf(QStringLiteral("left"), 600, 450);
    QTest::mousePress(diagram, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), diagram->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(diagram, &move);
    QTest::mouseRelease(diagram, Qt::LeftButton, Qt::NoModifier, to);
    placed = page.current().marks.last();
    CHECK(qAbs(placed.x - 600) <= 5);
    CHECK(placed.view == QStringLiteral("left"));

    // From the keyboard: Insert, choose the roof, Enter; the arrow keys move it; Delete removes it again.
    whenModal<DamageMarkDialog>([](DamageMarkDialog *d) {
        auto *view = child<QComboBox>(d, "viewCombo");
        view->setCurrentIndex(view->findData(QStringLiteral("top")));
        pressEnter(d);
    });
    page.addMark();
    QApplication::setActiveWindow(&page); // as when the dialog closes
    REQUIRE(marks->rowCount() == visit.earlierMarks + 2);
    CHECK(diagram->hasFocus());
    CHECK(page.current().marks.last().view == QStringLiteral("top"));
    QTest::keyClick(diagram, Qt::Key_Right);
    QTest::keyClick(diagram, Qt::Key_Down, Qt::ShiftModifier);
    CHECK(page.current().marks.last().x == 510);
    CHECK(page.current().marks.last().y == 550);
    QTest::keyClick(diagram, Qt::Key_Delete);
    CHECK(marks->rowCount() == visit.earlierMarks + 1);
    CHECK(page.hasUnsavedChanges());

    // An earlier mark cannot be removed: it stays on the vehicle's record.
    marks->selectRow(0);
    CHECK_FALSE(child<QPushButton>(&page, "removeMarkButton")->isEnabled());
    QTest::keyClick(diagram, Qt::Key_Delete);
    CHECK(marks->rowCount() == visit.earlierMarks + 1);

    // Completing now is refused, naming each missing thing; everything entered stays on the screen.
    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    const QString refusal = message(&page);
    INFO("refusal: " << refusal.toStdString());
    CHECK(refusal.contains(InspectionRules::tr("the fuel level")));
    CHECK(refusal.contains(InspectionRules::tr("the valuables reminder")));
    CHECK(refusal.contains(InspectionRules::tr("the key tag number")));
    CHECK(refusal.contains(InspectionRules::tr("the customer's choice for the old parts")));
    CHECK(marks->rowCount() == visit.earlierMarks + 1);
    CHECK(page.hasUnsavedChanges());
    CHECK(child<QTabWidget>(&page, "tabs")->currentWidget() == child<QWidget>(&page, "readingsTab"));
    CHECK(child<QComboBox>(&page, "fuelCombo")->hasFocus());
    CHECK(InspectionStore(*shop.db).load(visit.workOrderId).id == 0); // nothing was written

    // Saved as it is (Ctrl+S): the new mark and its photo are on record, the inspection still open.
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    INFO("after save: " << message(&page).toStdString());
    CHECK_FALSE(page.hasUnsavedChanges());
    Inspection stored = InspectionStore(*shop.db).load(visit.workOrderId);
    CHECK(stored.id != 0);
    CHECK_FALSE(stored.isCompleted());
    REQUIRE(stored.newMarks().size() == 1);
    CHECK(stored.newMarks().first().photoCount == 1);
    CHECK(stored.newMarks().first().kind == QStringLiteral("dent"));

    // A lower odometer needs its reason.
    auto *odometer = child<QSpinBox>(&page, "odometerSpin");
    CHECK(stored.previousOdometerKm >= 0);
    odometer->setValue(stored.previousOdometerKm - 100);
    CHECK(child<QLineEdit>(&page, "reasonEdit")->isVisibleTo(&page));

    // The earlier marks: the first still there, the rest repaired.
    marks->selectRow(0);
    child<QPushButton>(&page, "presentButton")->click();
    for (int i = 1; i < visit.earlierMarks; ++i) {
        marks->selectRow(i);
        child<QPushButton>(&page, "repairedButton")->click();
    }
    // Readings and handover.
    auto *fuel = child<QComboBox>(&page, "fuelCombo");
    fuel->setCurrentIndex(fuel->findData(3));
    auto *tyres = child<QComboBox>(&page, "rating_tyres");
    tyres->setCurrentIndex(tyres->findData(QStringLiteral("yellow")));
    type(&page, "checkNote_tyres", QStringLiteral("前轮花纹 2.5 mm"));
    child<QCheckBox>(&page, "lamp_tpms")->setChecked(true);
    child<QCheckBox>(&page, "belonging_spare_tyre")->setChecked(true);
    child<QCheckBox>(&page, "valuablesCheck")->setChecked(true);
    child<QRadioButton>(&page, "customerTakesRadio")->setChecked(true);
    child<QRadioButton>(&page, "waitsRadio")->setChecked(true);
    type(&page, "keyTagEdit", QStringLiteral("b 12"));

    // Still refused: the odometer went back without a reason.
    page.complete();
    CHECK(message(&page).contains(InspectionRules::tr("the reason why the odometer reads less than last time")));
    CHECK(child<QLineEdit>(&page, "reasonEdit")->hasFocus());
    type(&page, "reasonEdit", QStringLiteral("仪表总成更换"));
    const bool completed = page.complete();
    INFO("on completion: " << message(&page).toStdString());
    REQUIRE(completed);

    stored = InspectionStore(*shop.db).load(visit.workOrderId);
    CHECK(stored.isCompleted());
    CHECK(stored.keyTag == QStringLiteral("B12"));
    CHECK(stored.fuelEighths == 3);
    CHECK(stored.customerWaits);
    CHECK(stored.oldParts == QStringLiteral("customer_takes"));
    CHECK(stored.warningLamps == QStringList{QStringLiteral("tpms")});
    CHECK(stored.belongings == QStringList{QStringLiteral("spare_tyre")});
    CHECK(stored.odometerReason == QStringLiteral("仪表总成更换"));
    REQUIRE(stored.findings().size() == 1);
    CHECK(stored.findings().first().note == QStringLiteral("前轮花纹 2.5 mm"));
    int present = 0, repaired = 0;
    for (const DamageMark &m : stored.earlierMarks())
        (m.status == QLatin1String("present") ? present : repaired)++;
    CHECK(present == 1);
    CHECK(repaired == visit.earlierMarks - 1);

    // Completed: read-only, the intake sheet is next.
    CHECK_FALSE(diagram->isEditable());
    CHECK_FALSE(child<QPushButton>(&page, "addMarkButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "completeButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "printButton")->isEnabled());
    CHECK_FALSE(odometer->isEnabled());

    // The key cabinet shows the new tag; typing narrows the list.
    {
        KeyCabinetDialog keys(shop.ctx, &page);
        CHECK(keys.shownRows() >= 2); // the demo's A07 and this car's B12
        type(&keys, "filterEdit", QStringLiteral("B12"));
        CHECK(keys.shownRows() == 1);
    }

    // Preview (records nothing), then a PDF, then the same again: a reprint.
    QTemporaryDir out;
    PrintPreviewDialog preview(shop.ctx, QStringLiteral("intake"), visit.number, &page);
    REQUIRE(preview.isReady());
    CHECK(preview.pageCount() == 1);
    CHECK(preview.historyRows() == 0);
    REQUIRE(preview.issuePdf(out.filePath(QStringLiteral("first.pdf"))));
    CHECK(QFileInfo(out.filePath(QStringLiteral("first.pdf"))).size() > 10000);
    CHECK(preview.historyRows() == 1);
    REQUIRE(preview.issuePdf(out.filePath(QStringLiteral("again.pdf"))));
    CHECK(preview.historyRows() == 2);
    CHECK(child<QLabel>(&preview, "messageLabel")->text().contains(PrintPreviewDialog::tr("reprint")));
    CHECK_FALSE(preview.issuePdf(QStringLiteral("/nonexistent-folder/x.pdf")));
    CHECK(preview.historyRows() == 2);
}

TEST_CASE("inspection: a key tag already on another car is named, another station's edit is not overwritten",
          "[ui][inspection]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    const Visit visit = checkInDamagedCar(shop, 500000);
    InspectionPage page(shop.ctx);
    page.resize(1300, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(page.openWorkOrder(visit.workOrderId));

    // The demo's completed inspection holds A07.
    type(&page, "keyTagEdit", QStringLiteral("a07"));
    QMetaObject::invokeMethod(child<QLineEdit>(&page, "keyTagEdit"), "editingFinished");
    CHECK(child<QLineEdit>(&page, "keyTagEdit")->text() == QStringLiteral("A07"));
    CHECK(child<QLabel>(&page, "keyTagHint")->text().contains(QStringLiteral("A07")));
    CHECK_FALSE(page.save());
    CHECK(message(&page).contains(QStringLiteral("A07")));
    CHECK(child<QLineEdit>(&page, "keyTagEdit")->hasFocus());
    type(&page, "keyTagEdit", QStringLiteral("C3"));
    REQUIRE(page.save());

    // Another station saves the same inspection meanwhile.
    {
        Inspection theirs = InspectionStore(*shop.db).load(visit.workOrderId);
        theirs.belongingsOther = QStringLiteral("儿童座椅");
        Commands c = shop.ctx.commands();
        InspectionStore(*shop.db).save(c, theirs);
    }
    type(&page, "otherEdit", QStringLiteral("雨伞"));
    whenModal<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text().contains(QStringLiteral("changed"), Qt::CaseInsensitive));
        box->reject(); // keep my entries on screen
    });
    CHECK_FALSE(page.save());
    CHECK(child<QLineEdit>(&page, "otherEdit")->text() == QStringLiteral("雨伞"));
    CHECK(page.hasUnsavedChanges());
    CHECK(InspectionStore(*shop.db).load(visit.workOrderId).belongingsOther == QStringLiteral("儿童座椅"));
}

TEST_CASE("inspection: Ctrl+2 opens it, check-in goes on to it, leaving with unsaved changes asks", "[ui][inspection][shell]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    const Visit visit = checkInDamagedCar(shop, 500000);
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(w.currentPage() == w.page<InspectionPage>());
    REQUIRE(w.page<InspectionPage>()->openWorkOrder(visit.workOrderId));
    type(w.page<InspectionPage>(), "otherEdit", QStringLiteral("雨伞"));
    CHECK(w.page<InspectionPage>()->hasUnsavedChanges());

    // Cancel: stay on the inspection with the entry.
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QApplication::setActiveWindow(&w); // as when the question closes
    CHECK(w.currentPage() == w.page<InspectionPage>());
    CHECK(child<QLineEdit>(w.page<InspectionPage>(), "otherEdit")->text() == QStringLiteral("雨伞"));
    // Save: saved, then reception.
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Save)->click(); });
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    INFO("message: " << message(w.page<InspectionPage>()).toStdString());
    CHECK(w.currentPage() == w.page<ReceptionPage>());
    CHECK(InspectionStore(*shop.db).load(visit.workOrderId).belongingsOther == QStringLiteral("雨伞"));

    // Check-in at reception goes straight on to the new work order's inspection when the advisor says yes.
    const Visit second = checkInDamagedCar(shop, 500000); // just to find another car, then close its visit
    shop.t.rawExec(QStringLiteral("UPDATE work_orders SET state = 'cancelled' WHERE id = %1").arg(second.workOrderId));
    w.page<ReceptionPage>()->openVehicle(second.vehicleId);
    // The odometer reads less than last time (500,000 km): first corrected, then confirmed as a replaced cluster.
    bool warned = false;
    whenModal<CheckInDialog>([&warned](CheckInDialog *d) {
        child<QSpinBox>(d, "mileageSpin")->setValue(1000);
        whenModal<QMessageBox>([&warned](QMessageBox *box) {
            warned = box->text().contains(QLocale().toString(500000));
            box->defaultButton()->click(); // correct the reading
        });
        pressEnter(d);
        CHECK(d->isVisible());
        CHECK(d->focusWidget() == child<QSpinBox>(d, "mileageSpin"));
        whenModal<QMessageBox>([](QMessageBox *box) {
            // Then "go on with the inspection?" after the check-in.
            whenModal<QMessageBox>([](QMessageBox *next) { next->button(QMessageBox::Yes)->click(); });
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click(); // check in anyway
        });
        pressEnter(d);
    });
    w.page<ReceptionPage>()->checkIn();
    CHECK(warned);
    CHECK(w.currentPage() == w.page<InspectionPage>());
    CHECK(w.page<InspectionPage>()->workOrderId() != 0);
    CHECK(w.page<InspectionPage>()->workOrderId() != visit.workOrderId);
    CHECK(w.page<InspectionPage>()->current().vehicleId == second.vehicleId);
    CHECK(w.page<InspectionPage>()->current().odometerKm == 1000);
    CHECK(w.page<InspectionPage>()->current().previousOdometerKm == 500000);
    CHECK_FALSE(child<QLineEdit>(w.page<InspectionPage>(), "reasonEdit")->isHidden());

    // Without the role the page is not offered.
    shop.ctx.session = shop.ctx.users.signIn(QStringLiteral("admin"), QStringLiteral("front-desk-1"), QStringLiteral("pc"));
    shop.ctx.session = shop.as(QStringLiteral("cashier"), {Role::Cashier});
    w.sessionChanged();
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    CHECK(w.currentPage() != w.page<InspectionPage>());
}

TEST_CASE("appointments: Ctrl+P previews the appointment slip, which is issued and recorded", "[ui][appointments][print]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const QList<Appointment> day = AppointmentStore(*shop.db).day(tomorrow);
    REQUIRE_FALSE(day.isEmpty());
    AppointmentsPage page(shop.ctx);
    page.resize(1300, 760);
    page.show();
    page.setDay(tomorrow);
    REQUIRE(page.selectAppointment(day.first().id));
    QApplication::setActiveWindow(&page);

    QTemporaryDir out;
    bool shown = false;
    whenModal<PrintPreviewDialog>([&](PrintPreviewDialog *d) {
        shown = true;
        CHECK(d->isReady());
        CHECK(d->pageCount() == 1);
        CHECK(d->issuePdf(out.filePath(QStringLiteral("slip.pdf"))));
        CHECK(d->historyRows() == 1);
        d->reject();
    });
    QTest::keyClick(&page, Qt::Key_P, Qt::ControlModifier);
    CHECK(shown);
    CHECK(QFileInfo::exists(out.filePath(QStringLiteral("slip.pdf"))));
    CHECK(DocumentStore(*shop.db).history(QStringLiteral("appointment"), day.first().number).size() == 1);
}

TEST_CASE("inspection: a battery electric car records its charge and range and gets the high-voltage checks, and its "
          "intake sheet prints them",
          "[ui][inspection][energy]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    // The demo has a battery electric car and a plug-in hybrid in the workshop.
    CHECK(shop.db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id WHERE "
                                         "v.energy_type = 'bev' AND w.state NOT IN ('settled', 'delivered', 'cancelled')"))
              .toInt() >= 1);
    CHECK(shop.db->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id WHERE "
                                         "v.energy_type = 'phev' AND w.state NOT IN ('settled', 'delivered', 'cancelled')"))
              .toInt() >= 1);
    // A battery electric car not in the shop, checked in.
    QSqlQuery q = shop.db->query(QStringLiteral(
        "SELECT v.id, v.mileage_km FROM vehicles v WHERE v.energy_type = 'bev' AND NOT EXISTS (SELECT 1 FROM work_orders w "
        "WHERE w.vehicle_id = v.id AND w.state NOT IN ('settled', 'delivered', 'cancelled')) ORDER BY v.id"));
    REQUIRE(q.next());
    CheckIn in;
    in.vehicleId = q.value(0).toLongLong();
    in.mileageKm = q.value(1).toInt() + 800;
    in.concerns = QStringList{QStringLiteral("充电口盖打不开")};
    Commands c = shop.ctx.commands();
    const CheckInResult r = Reception(*shop.db).checkIn(c, in);

    InspectionPage page(shop.ctx);
    page.resize(1300, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    page.refresh();
    REQUIRE(page.openWorkOrder(r.workOrderId));
    // (on the readings tab: shown or hidden there)
    CHECK(child<QComboBox>(&page, "fuelCombo")->isHidden());
    CHECK_FALSE(child<QSpinBox>(&page, "socSpin")->isHidden());
    CHECK_FALSE(child<QComboBox>(&page, "rating_hv_system")->isHidden());
    CHECK_FALSE(child<QComboBox>(&page, "rating_charging")->isHidden());
    child<QSpinBox>(&page, "socSpin")->setValue(62);
    child<QSpinBox>(&page, "rangeSpin")->setValue(310);
    auto *charging = child<QComboBox>(&page, "rating_charging");
    charging->setCurrentIndex(charging->findData(QStringLiteral("yellow")));
    REQUIRE(page.save());
    const Inspection stored = InspectionStore(*shop.db).load(r.workOrderId);
    CHECK(stored.socPercent == 62);
    CHECK(stored.rangeKm == 310);
    CHECK(stored.fuelEighths == -1);
    bool chargingChecked = false;
    for (const QuickCheck &qc : stored.checks)
        chargingChecked = chargingChecked || (qc.item == QStringLiteral("charging") && qc.rating == QStringLiteral("yellow"));
    CHECK(chargingChecked);

    // The intake sheet prints the charge, not a fuel gauge.
    FormData data(*shop.db);
    const IntakeSheet sheet = data.intake(r.number);
    CHECK(sheet.inspection.energyType == QStringLiteral("bev"));
    const FormDocument doc = FormBuilders::intake(
        sheet, FormIdentity{QStringLiteral("intake"), QStringLiteral("Intake"), QStringLiteral("intake"), QStringLiteral("en")});
    CHECK(doc.html.contains(QStringLiteral("charge 62 %, range 310 km")));
    CHECK_FALSE(doc.html.contains(QStringLiteral("src=\"fuel\"")));
    CHECK(doc.html.contains(QStringLiteral("Charging port and cable")));
}
