// Renders every window and dialog of the app, in each language, from a demo dealership, to PNG files:
//   dealerdesk_screenshots OUTDIR [zh_CN zh_TW en]
// Run it under Xvfb (make screenshots) to look at the screens as a user sees them; the README's pictures
// come from it. Not a test: it asserts nothing, people look at its output.
#include "ui/fieldtyping.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSqlQuery>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <cstdio>

#include "i18n/i18n.h"
#include "store/bootstrap.h"
#include "demo/demo.h"
#include "store/setup.h"
#include "ui/appcontext.h"
#include "ui/auditpage.h"
#include "ui/followupcalldialog.h"
#include "ui/followuppage.h"
#include "store/complaintstore.h"
#include "store/followupstore.h"
#include "ui/databasedialog.h"
#include "ui/dealershipsettingsdialog.h"
#include "ui/firstrundialog.h"
#include "ui/stalebar.h"
#include "ui/fonts.h"
#include "ui/mainwindow.h"
#include "ui/passworddialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/receptionpage.h"
#include "ui/appointmentspage.h"
#include "ui/appointmentdialog.h"
#include "ui/calldialog.h"
#include "ui/checkindialog.h"
#include "ui/vehicledialog.h"
#include "store/appointmentstore.h"
#include "store/customerstore.h"
#include "ui/signindialog.h"
#include "ui/inspectionpage.h"
#include "ui/workorderspage.h"
#include "ui/approvalspage.h"
#include "ui/dispatchboardpage.h"
#include "ui/decisiondialog.h"
#include "ui/findingdialog.h"
#include "store/addonstore.h"
#include "store/catalogstore.h"
#include "ui/workorderlinedialog.h"
#include "ui/cannedjobdialog.h"
#include "ui/catalogdialog.h"
#include "ui/techniciansdialog.h"
#include "ui/inspectionfindingsdialog.h"
#include "ui/damagemarkdialog.h"
#include "ui/keycabinetdialog.h"
#include "ui/printpreviewdialog.h"
#include "store/inspectionstore.h"
#include "ui/usereditdialog.h"
#include "ui/usersdialog.h"
#include "ui/cashierpage.h"
#include "ui/dayclosedialog.h"
#include "ui/deliverydialog.h"
#include "ui/managerapprovaldialog.h"
#include "ui/signaturedialog.h"
#include "ui/signaturepad.h"
#include "ui/complaintdialog.h"
#include "ui/homepage.h"
#include "ui/followuprulesdialog.h"
#include "ui/complaintstepdialog.h"
#include "documents/documentservice.h"
#include "documents/formregistry.h"
#include <QMouseEvent>
#include <cmath>

using namespace dd;

namespace {
QString g_out;
QString g_lang;

void save(QWidget *w, const QString &name)
{
    w->show();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    const QString file = QDir(g_out).filePath(g_lang + QLatin1Char('-') + name + QStringLiteral(".png"));
    w->grab().save(file);
    std::printf("%s\n", qPrintable(file));
}
} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DealerDesk-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("dealerdesk-screenshots"));
    ui::FieldTyping::install();
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: dealerdesk_screenshots OUTDIR [LANG ...]\n");
        return 2;
    }
    g_out = args.takeFirst();
    QDir().mkpath(g_out);
    if (args.isEmpty())
        args = I18n::languages();

    QTemporaryDir tmp;
    DbTarget target;
    target.path = tmp.filePath(QStringLiteral("dealerdesk.db"));
    Database db(target);
    Bootstrap::openAndMigrate(db);
    const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    AppContext ctx(db, hasher);
    FirstStart::run(db, ctx.users, ctx.dealership,
                    {QStringLiteral("admin"), QStringLiteral("赵敏"), QStringLiteral("front-desk-1"), QString(), &Demo::loadIn},
                    QStringLiteral("RECEPTION-1"));
    ctx.session = ctx.users.signIn(QStringLiteral("admin"), QStringLiteral("front-desk-1"), QStringLiteral("RECEPTION-1"));
    {
        Commands c = ctx.commands();
        const auto wang = ctx.users.find(QStringLiteral("wangfang"));
        ctx.users.setPassword(c, wang->id, wang->version, QStringLiteral("wang-fang-88"));
        const auto liu = ctx.users.find(QStringLiteral("liuyang"));
        ctx.users.setPassword(c, liu->id, liu->version, QStringLiteral("liu-yang-66"));
        ctx.users.add(c, QStringLiteral("kefu"), QStringLiteral("李娜"), {Role::CustomerService}, QStringLiteral("li-na-77-calls"));
    }
    // The counter's screens as an advisor sees them.
    const Session admin = ctx.session;
    const Session advisor = ctx.users.signIn(QStringLiteral("wangfang"), QStringLiteral("wang-fang-88"),
                                             QStringLiteral("RECEPTION-1"));
    const Session cashier = ctx.users.signIn(QStringLiteral("liuyang"), QStringLiteral("liu-yang-66"), QStringLiteral("CASHIER-1"));
    const Session clerk = ctx.users.signIn(QStringLiteral("kefu"), QStringLiteral("li-na-77-calls"), QStringLiteral("SERVICE-1"));
    // One follow-up call overdue, as the desk finds it on a Monday.
    db.query(QStringLiteral("UPDATE follow_ups SET due_date = ? WHERE id = (SELECT MIN(id) FROM follow_ups WHERE state = 'due')"),
             {QDate::currentDate().addDays(-2).toString(Qt::ISODate)});
    const QDate tomorrow = QDate::currentDate().addDays(1);
    qint64 calledId = 0;
    {
        // Tomorrow is overbooked once: a second car in a bay at the same time, as happens.
        ctx.session = advisor;
        AppointmentStore store(db);
        const QList<Appointment> day = store.day(tomorrow);
        Appointment extra = day.at(1);
        extra.id = 0;
        extra.number.clear();
        extra.vehicleId = 20;
        extra.customerId = VehicleStore(db).byId(20)->ownerId;
        extra.concerns = QStringLiteral("更换雨刮片");
        extra.durationMin = 30;
        Commands c = ctx.commands();
        store.save(c, extra);
        // One reminder call already made.
        calledId = day.at(2).id;
        store.logCall(c, calledId, QStringLiteral("no_answer"), QString());
        ctx.session = admin;
    }

    for (const QString &lang : args) {
        g_lang = lang;
        Fonts::apply(I18n::install(lang));
        QCoreApplication::processEvents();

        {
            FirstRunDialog d([](const FirstRunDialog::Input &) {}, true);
            d.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("admin"));
            d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("赵敏"));
            save(&d, QStringLiteral("first-start"));
        }
        {
            // A database filled by `dealerdesk demo`: only the administrator's password.
            FirstRunDialog d([](const QString &) {}, QStringLiteral("admin"), Users::tr("Administrator"),
                             ctx.dealership.load().name);
            save(&d, QStringLiteral("first-start-demo"));
        }
        {
            SignInDialog d([&](const QString &l, const QString &p) { return ctx.users.signIn(l, p, QStringLiteral("pc")); },
                           [&](const QString &l) { return ctx.users.secondsUntilNextAttempt(l); });
            d.setDealership(ctx.dealership.load().name);
            d.setDatabase(QStringLiteral("SQLite: /home/reception/.local/share/DealerDesk/dealerdesk/dealerdesk.db"));
            d.setLastLogin(QStringLiteral("wangfang"));
            d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong"));
            d.accept();
            save(&d, QStringLiteral("sign-in"));
        }
        {
            SignInDialog d([&](const QString &l, const QString &p) { return ctx.users.signIn(l, p, QStringLiteral("pc")); },
                           {});
            d.setDealership(ctx.dealership.load().name);
            d.setDatabase(QStringLiteral("SQLite: /home/reception/.local/share/DealerDesk/dealerdesk/dealerdesk.db"));
            d.setLocked(ctx.session.displayName);
            d.setLastLogin(ctx.session.login);
            save(&d, QStringLiteral("locked"));
        }
        {
            MainWindow w(ctx);
            w.resize(1366, 768);
            save(&w, QStringLiteral("main-overview"));
            ctx.session = advisor;
            w.sessionChanged();
            w.showPage(w.page<ReceptionPage>());
            w.page<ReceptionPage>()->openVehicle(1);
            // A search in progress as an advisor types it: pinyin initials.
            w.page<ReceptionPage>()->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("zs"));
            for (int i = 0; i < 100 && !(w.page<ReceptionPage>()->searchIdle() && w.page<ReceptionPage>()->historyIdle()); ++i)
                QTest::qWait(20);
            QTest::qWait(50);
            save(&w, QStringLiteral("main-reception"));
            {
                // The walk-around: the car still being inspected, each tab, then the completed one.
                qint64 open = 0, done = 0;
                for (const ShopVehicle &v : InspectionStore(db).inShop()) {
                    if (v.inspectionState == QLatin1String("open") && !open)
                        open = v.workOrderId;
                    if (v.inspectionState == QLatin1String("completed") && !done)
                        done = v.workOrderId;
                }
                w.showPage(w.page<InspectionPage>());
                InspectionPage *page = w.page<InspectionPage>();
                auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tabs"));
                if (open) {
                    page->openWorkOrder(open);
                    const char *names[] = {"main-inspection", "main-inspection-readings", "main-inspection-handover"};
                    for (int i = 0; i < tabs->count(); ++i) {
                        tabs->setCurrentIndex(i);
                        save(&w, QString::fromLatin1(names[i]));
                    }
                    page->complete(); // refused: names what is missing
                    save(&w, QStringLiteral("main-inspection-missing"));
                    DamageMark fresh;
                    fresh.view = QStringLiteral("front");
                    DamageMarkDialog d(fresh, {}, true);
                    save(&d, QStringLiteral("damage-mark-new"));
                }
                if (done) {
                    page->openWorkOrder(done);
                    tabs->setCurrentIndex(0);
                    save(&w, QStringLiteral("main-inspection-completed"));
                    const QList<DamageMark> earlier = page->current().earlierMarks();
                    if (!earlier.isEmpty()) {
                        DamageMark m = earlier.first();
                        m.status.clear(); // as it is before this visit confirms it
                        DamageMarkDialog d(m, {}, true);
                        save(&d, QStringLiteral("damage-mark-earlier"));
                    }
                    for (const ShopVehicle &v : InspectionStore(db).inShop())
                        if (v.workOrderId == done) {
                            PrintPreviewDialog p(ctx, QStringLiteral("intake"), v.workOrderNumber, &w);
                            save(&p, QStringLiteral("print-preview"));
                        }
                    // The repair authorization of a draft, with its sign button, and the customer signing.
                    if (const QString draft = db.scalar(QStringLiteral("SELECT MIN(number) FROM work_orders WHERE "
                                                                       "state = 'draft'")).toString();
                        !draft.isEmpty()) {
                        PrintPreviewDialog p(ctx, QStringLiteral("authorization"), draft, &w);
                        save(&p, QStringLiteral("print-preview-authorization"));
                        SignatureDialog sign(FormRegistry::title(QStringLiteral("authorization")) + QLatin1Char(' ') + draft,
                                             DocumentService(db).defaultSigner(QStringLiteral("authorization"), draft), {}, &w);
                        sign.resize(720, 440);
                        sign.show();
                        QCoreApplication::processEvents();
                        QWidget *pad = sign.pad();
                        auto ink = [pad](QEvent::Type type, QPointF at) {
                            QMouseEvent e(type, at, pad->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                                          type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
                            QApplication::sendEvent(pad, &e);
                        };
                        ink(QEvent::MouseButtonPress, {60, 150});
                        for (int i = 1; i <= 40; ++i)
                            ink(QEvent::MouseMove, QPointF(60 + i * 9, 150 - 45 * std::sin(i / 4.0) - i));
                        ink(QEvent::MouseButtonRelease, {420, 110});
                        ink(QEvent::MouseButtonPress, {440, 90});
                        for (int i = 1; i <= 15; ++i)
                            ink(QEvent::MouseMove, QPointF(440 + i * 6, 90 + i * 4));
                        ink(QEvent::MouseButtonRelease, {530, 150});
                        save(&sign, QStringLiteral("signature-dialog"));
                    }
                }
                KeyCabinetDialog keys(ctx, &w);
                save(&keys, QStringLiteral("key-cabinet"));
                for (const ShopVehicle &v : InspectionStore(db).inShop())
                    if (v.workOrderId == done) {
                        // The counter's panel lists the damage on record.
                        w.showPage(w.page<ReceptionPage>());
                        w.page<ReceptionPage>()->openVehicle(v.vehicleId);
                        for (int i = 0; i < 100 && !w.page<ReceptionPage>()->historyIdle(); ++i)
                            QTest::qWait(20);
                        save(&w, QStringLiteral("main-reception-damage"));
                    }
            }
            {
                // The work orders: one with an add-on decided, one still a draft, one dialog.
                w.showPage(w.page<WorkOrdersPage>());
                for (const ShopVehicle &v : InspectionStore(db).inShop())
                    if (v.workOrderState == QLatin1String("in_progress")) {
                        w.page<WorkOrdersPage>()->openWorkOrder(v.workOrderId);
                        save(&w, QStringLiteral("main-workorders"));
                        // Changed at the workshop's PC while something is typed here: the bar.
                        Change change;
                        change.userName = QStringLiteral("张伟");
                        change.station = QStringLiteral("workshop-pc");
                        change.at = QDateTime::currentDateTimeUtc();
                        auto *bar = w.page<WorkOrdersPage>()->findChild<StaleBar *>(QStringLiteral("staleBar"));
                        bar->showChange(WorkOrdersPage::tr("Work order %1").arg(w.page<WorkOrdersPage>()->current().number),
                                        change);
                        save(&w, QStringLiteral("main-workorders-stale"));
                        bar->hide();
                        break;
                    }
                for (const ShopVehicle &v : InspectionStore(db).inShop())
                    if (v.workOrderState == QLatin1String("open")) {
                        w.page<WorkOrdersPage>()->openWorkOrder(v.workOrderId);
                        const WorkOrder o = w.page<WorkOrdersPage>()->current();
                        WorkOrderLineDialog d(o.lines.value(1), ctx.dealership.laborRates(),
                                              WorkOrderLineDialog::Mode::Estimate, &w);
                        save(&d, QStringLiteral("workorder-line"));
                        break;
                    }
                for (const ShopVehicle &v : InspectionStore(db).inShop())
                    if (v.inspectionState == QLatin1String("completed") && v.workOrderState == QLatin1String("draft")) {
                        InspectionFindingsDialog f(InspectionStore(db).load(v.workOrderId).findings(),
                                                   ctx.dealership.laborRates(), &w);
                        save(&f, QStringLiteral("inspection-findings"));
                        CatalogStore catalog(db);
                        CannedJobDialog j(catalog, QStringLiteral("凯美瑞"), ctx.dealership.laborRates(), &w);
                        j.selectJob(QStringLiteral("M10K"));
                        save(&j, QStringLiteral("canned-job"));
                    }
                CatalogDialog c(ctx, &w);
                save(&c, QStringLiteral("catalogs-labor"));
                c.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
                save(&c, QStringLiteral("catalogs-parts"));
                c.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(2);
                save(&c, QStringLiteral("catalogs-jobs"));
                TechniciansDialog tech(ctx, &w);
                save(&tech, QStringLiteral("technicians"));
            }
            {
                w.showPage(w.page<DispatchBoardPage>());
                save(&w, QStringLiteral("main-dispatch"));
            }
            {
                // The cashier desk: the car in the queue opened, a 5 % discount and 抹零, cash with change and WeChat.
                ctx.session = cashier;
                w.sessionChanged();
                w.showPage(w.page<CashierPage>());
                CashierPage *page = w.page<CashierPage>();
                page->refresh();
                save(&w, QStringLiteral("main-cashier-queue"));
                QSqlQuery ready = db.query(QStringLiteral("SELECT id FROM work_orders WHERE state = 'ready' LIMIT 1"));
                if (ready.next() && page->openWorkOrder(ready.value(0).toLongLong())) {
                    page->findChild<QLineEdit *>(QStringLiteral("orderDiscountEdit"))->setText(QStringLiteral("5%"));
                    emit page->findChild<QLineEdit *>(QStringLiteral("orderDiscountEdit"))->editingFinished();
                    page->findChild<QCheckBox *>(QStringLiteral("roundOffCheck"))->setChecked(true);
                    auto *method = page->findChild<QComboBox *>(QStringLiteral("methodCombo"));
                    method->setCurrentIndex(method->findData(QStringLiteral("cash")));
                    page->findChild<QLineEdit *>(QStringLiteral("amountEdit"))->setText(QStringLiteral("100"));
                    page->findChild<QLineEdit *>(QStringLiteral("tenderedEdit"))->setText(QStringLiteral("200"));
                    page->addPayment();
                    method->setCurrentIndex(method->findData(QStringLiteral("wechat")));
                    save(&w, QStringLiteral("main-cashier"));
                    ManagerApprovalDialog m(QCoreApplication::translate("dd::CashierPage",
                                                                        "A discount of %1 % of what the customer pays is above the %2 % you may grant. A "
                                                                        "service manager approves it here with their own name and password.")
                                                .arg(QStringLiteral("5"), QStringLiteral("3")),
                                            true, &w);
                    save(&m, QStringLiteral("manager-approval"));
                }
                QSqlQuery settled = db.query(QStringLiteral("SELECT id FROM work_orders WHERE state = 'settled' LIMIT 1"));
                if (settled.next() && page->openWorkOrder(settled.value(0).toLongLong()))
                    save(&w, QStringLiteral("main-cashier-settled"));
                DayCloseDialog d(ctx, &w);
                save(&d, QStringLiteral("day-close"));
                ctx.session = advisor;
                w.sessionChanged();
                QSqlQuery late = db.query(QStringLiteral("SELECT id FROM work_orders WHERE state = 'settled' LIMIT 1"));
                if (late.next()) {
                    DeliveryDialog dd(ctx, late.value(0).toLongLong(), &w);
                    save(&dd, QStringLiteral("delivery"));
                }
            }
            {
                w.showPage(w.page<ApprovalsPage>());
                save(&w, QStringLiteral("main-approvals"));
                const QList<AddOnFinding> pending = AddOnStore(db).pending();
                if (!pending.isEmpty()) {
                    DecisionDialog d(ctx, pending.first(), QStringLiteral("许辉"), QStringLiteral("138 1234 5678"), &w);
                    d.setDecision(0, QStringLiteral("approved"));
                    d.setDecision(1, QStringLiteral("deferred"), QStringLiteral("想先比较价格"), QDate(2027, 1, 15));
                    save(&d, QStringLiteral("decision"));
                    FindingDialog f(ctx, pending.first().workOrderId, ctx.dealership.laborRates(), &w);
                    for (const WorkOrderLine &l : pending.first().lines)
                        f.addLine(l);
                    save(&f, QStringLiteral("finding"));
                }
            }
            w.showPage(w.page<AppointmentsPage>());
            w.page<AppointmentsPage>()->setDay(tomorrow);
            w.page<AppointmentsPage>()->selectAppointment(AppointmentStore(db).day(tomorrow).at(1).id);
            save(&w, QStringLiteral("main-appointments"));
            ctx.session = clerk;
            w.sessionChanged();
            w.showPage(w.page<FollowUpPage>());
            save(&w, QStringLiteral("main-followups"));
            {
                const QList<FollowUpCall> calls = FollowUpStore(db).queue(QDate::currentDate(), 7);
                if (!calls.isEmpty()) {
                    FollowUpCallDialog d(ctx, calls.first(), &w);
                    save(&d, QStringLiteral("followup-call"));
                    ComplaintDialog fromCall(ctx, calls.first(), &w);
                    save(&fromCall, QStringLiteral("complaint-from-call"));
                }
            }
            w.page<FollowUpPage>()->showComplaints();
            save(&w, QStringLiteral("main-complaints"));
            {
                ComplaintDialog d(ctx, &w);
                save(&d, QStringLiteral("complaint-new"));
                const QList<Complaint> open = ComplaintStore(db).list(true);
                if (!open.isEmpty()) {
                    ComplaintStepDialog s(ctx, open.last(), &w);
                    s.setAction(ComplaintAction::CalledBack);
                    save(&s, QStringLiteral("complaint-step"));
                }
            }
            w.showPage(w.page<HomePage>());
            save(&w, QStringLiteral("main-overview-clerk"));
            ctx.session = admin;
            w.sessionChanged();
            {
                FollowUpRulesDialog rules(ctx, &w);
                save(&rules, QStringLiteral("followup-rules"));
            }
            ctx.session = admin;
            w.sessionChanged();
            w.showPage(w.page<AuditPage>());
            save(&w, QStringLiteral("main-audit"));
            w.resize(1024, 640);
            save(&w, QStringLiteral("main-audit-small"));
        }
        {
            ctx.session = advisor;
            VehicleDialog v(ctx, 1);
            save(&v, QStringLiteral("vehicle"));
            VehicleDialog n(ctx, 0);
            save(&n, QStringLiteral("vehicle-new"));
            Appointment a;
            a.vehicleId = 1;
            a.customerId = VehicleStore(db).byId(1)->ownerId;
            AppointmentDialog ad(ctx, a);
            save(&ad, QStringLiteral("appointment"));
            CheckInDialog ci(ctx, 1, 0);
            save(&ci, QStringLiteral("check-in"));
            CallDialog call(ctx, *AppointmentStore(db).byId(calledId));
            save(&call, QStringLiteral("call"));
            ctx.session = admin;
        }
        {
            UsersDialog d(ctx);
            save(&d, QStringLiteral("users"));
        }
        {
            UserEditDialog d(ctx, std::nullopt);
            save(&d, QStringLiteral("user-add"));
            UserEditDialog e(ctx, ctx.users.find(QStringLiteral("chenjing")));
            save(&e, QStringLiteral("user-edit"));
        }
        {
            PasswordDialog d(ctx, ctx.users.find(QStringLiteral("liqiang"))->id, false);
            save(&d, QStringLiteral("password-set"));
            PasswordDialog own(ctx, ctx.session.userId, true);
            save(&own, QStringLiteral("password-own"));
        }
        {
            DealershipSettingsDialog d(ctx);
            auto *tabs = d.findChild<QTabWidget *>(QStringLiteral("tabs"));
            const char *names[] = {"settings-dealership", "settings-prices", "settings-hours", "settings-numbers", "settings-terms"};
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                save(&d, QString::fromLatin1(names[i]));
            }
        }
        {
            DbTarget pg;
            pg.kind = DbTarget::Kind::PostgreSql;
            pg.host = QStringLiteral("192.168.1.10");
            pg.user = QStringLiteral("dealerdesk");
            pg.databaseName = QStringLiteral("dealerdesk");
            DatabaseDialog d(pg);
            save(&d, QStringLiteral("database"));
        }
        {
            MainWindow w(ctx);
            w.show();
            QApplication::setActiveWindow(&w);
            // The real list, as F1 shows it, comes from the main window.
            QTimer::singleShot(200, [&] {
                for (QWidget *top : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<ShortcutsDialog *>(top)) {
                        save(d, QStringLiteral("shortcuts"));
                        d->reject();
                    }
            });
            QTest::keyClick(&w, Qt::Key_F1);
        }
    }
    return 0;
}
