// Every station live: the stale-data cases a new user met, each shown to fail before the change notifier, and
// two stations on one database.
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTableWidgetItem>

#include "core/identifiers.h"
#include "core/money.h"
#include "store/addonstore.h"
#include "store/changewatcher.h"
#include "store/workorderstore.h"
#include "ui/approvalspage.h"
#include "ui/cashierpage.h"
#include "ui/decisiondialog.h"
#include "ui/mainwindow.h"
#include "ui/rowsmodel.h"
#include "ui/workorderspage.h"
#include "uitest.h"

using namespace uitest;

namespace {
qint64 firstWorkOrderIn(Shop &shop, const char *state)
{
    QSqlQuery q = shop.db->query(QStringLiteral("SELECT id FROM work_orders WHERE state = ? ORDER BY id"),
                                 {QString::fromLatin1(state)});
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("live: an add-on approved on the approvals page shows on the open work order at once",
          "[ui][live][approvals]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("boss"), {Role::ServiceAdvisor, Role::WorkshopController});
    const QList<AddOnFinding> pending = AddOnStore(*shop.db).pending();
    REQUIRE(pending.size() == 1); // the demo's
    const AddOnFinding finding = pending.first();
    const qint64 woId = finding.workOrderId;

    WorkOrdersPage orders(shop.ctx);
    orders.resize(1300, 760);
    orders.show();
    orders.refresh();
    REQUIRE(orders.openWorkOrder(woId));
    auto *lines = child<QTableView>(&orders, "linesTable");
    const int linesBefore = lines->model()->rowCount();
    const QString totalsBefore = child<QLabel>(&orders, "totalsLabel")->text();

    ApprovalsPage approvals(shop.ctx);
    approvals.resize(1300, 760);
    approvals.show();
    QApplication::setActiveWindow(&approvals);
    approvals.refresh();
    REQUIRE(approvals.selectPending(finding.id));
    whenModal<DecisionDialog>([&finding](DecisionDialog *d) {
        for (int i = 0; i < finding.lines.size(); ++i)
            d->setDecision(i, QStringLiteral("approved"));
        type(d, "contactEdit", QStringLiteral("139 0000 1111"));
        pressEnter(d);
    });
    approvals.decide();
    const AddOnFinding decided = AddOnStore(*shop.db).load(finding.id);
    REQUIRE(decided.state == QStringLiteral("decided"));

    // The work order page was open all along and nobody touched it.
    const WorkOrder after = WorkOrderStore(*shop.db).load(woId);
    INFO("lines before " << linesBefore << ", finding lines " << finding.lines.size() << ", saved lines "
                         << after.lines.size());
    waitFor([&] { return orders.current().version == after.version; }, 1000,
            "the approved lines on the open work order");
    CHECK(lines->model()->rowCount() == int(after.lines.size()));
    int approvedShown = 0, approvedSaved = 0;
    for (const WorkOrderLine &l : orders.current().lines)
        approvedShown += l.status == QLatin1String("approved");
    for (const WorkOrderLine &l : after.lines)
        approvedSaved += l.status == QLatin1String("approved");
    CHECK(approvedShown == approvedSaved);
    CHECK(child<QLabel>(&orders, "totalsLabel")->text() != totalsBefore);
    CHECK(orders.current().version == WorkOrderStore(*shop.db).load(woId).version);
    if (decided.newPromisedAt.isValid())
        CHECK(orders.current().promisedAt == decided.newPromisedAt);
}

TEST_CASE("live: after another user signs in at the same PC, the open work order offers their steps at once",
          "[ui][live][workorders]")
{
    Shop shop;
    const Session controller = shop.as(QStringLiteral("qc-zhang"), {Role::WorkshopController});
    shop.ctx.session = shop.as(QStringLiteral("adv-wang"), {Role::ServiceAdvisor});
    const qint64 woId = firstWorkOrderIn(shop, "quality_check");
    MainWindow window(shop.ctx);
    window.resize(1400, 860);
    window.show();
    auto *orders = window.findChild<WorkOrdersPage *>();
    REQUIRE(orders);
    window.showPage(orders);
    REQUIRE(orders->openWorkOrder(woId));
    CHECK(orders->stepButton(QStringLiteral("qc_pass")) == nullptr); // an advisor does not pass quality checks

    shop.ctx.session = controller; // what the lock screen does when 张伟 signs in
    window.sessionChanged();
    window.showPage(orders);
    CHECK(orders->workOrderId() == woId);
    CHECK(orders->stepButton(QStringLiteral("qc_pass")) != nullptr);
    CHECK(orders->stepButton(QStringLiteral("qc_fail")) != nullptr);
}

TEST_CASE("live: at the cashier a discount lowers the proposed payment, a typed amount stays as typed",
          "[ui][live][cashier]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("kasse"), {Role::Cashier});
    const qint64 id = firstWorkOrderIn(shop, "ready");
    CashierPage page(shop.ctx);
    page.resize(1400, 800);
    page.show();
    page.refresh();
    REQUIRE(page.openWorkOrder(id));
    auto *amount = child<QLineEdit>(&page, "amountEdit");
    const std::optional<Fen> before = money::parse(amount->text());
    REQUIRE(before);
    CHECK(*before == page.preview().totals.customerDue());

    auto *orderDiscount = child<QLineEdit>(&page, "orderDiscountEdit");
    orderDiscount->setText(QStringLiteral("2%"));
    emit orderDiscount->editingFinished();
    const std::optional<Fen> after = money::parse(amount->text());
    REQUIRE(after);
    CHECK(*after < *before); // one click on Add payment no longer overcharges
    CHECK(*after == page.preview().totals.customerDue());

    amount->setText(QStringLiteral("100.00")); // the customer pays part by card first
    orderDiscount->setText(QStringLiteral("1%"));
    emit orderDiscount->editingFinished();
    CHECK(amount->text() == QStringLiteral("100.00"));
}

TEST_CASE("live: a change at another station shows on the open work order within a second, typing is kept",
          "[ui][live][workorders][stations]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    Shop shop(backend);
    {
        Commands c = shop.ctx.commands();
        shop.ctx.users.add(c, QStringLiteral("workshop"), QStringLiteral("张伟"), {Role::WorkshopController},
                           QStringLiteral("Staff-Key-4826"));
    }
    const Session there =
        shop.ctx.users.signIn(QStringLiteral("workshop"), QStringLiteral("Staff-Key-4826"), QStringLiteral("workshop-pc"));
    shop.ctx.session = shop.as(QStringLiteral("boss"), {Role::ServiceAdvisor, Role::WorkshopController});
    ChangeWatcher watcher(*shop.db);
    watcher.start();
    const qint64 woId = firstWorkOrderIn(shop, "dispatched");
    WorkOrdersPage orders(shop.ctx);
    orders.resize(1300, 760);
    orders.show();
    orders.refresh();
    REQUIRE(orders.openWorkOrder(woId));

    // The workshop's PC: its own connection to the same database file.
    auto other = shop.t.open();
    {
        Commands c(*other, there);
        WorkOrderStore(*other).transition(c, woId, WorkOrderStore(*other).load(woId).version, QStringLiteral("start"));
    }
    waitFor([&] { return orders.current().state == QStringLiteral("in_progress"); }, 1000,
            "the other station's start on the open work order");
    CHECK(orders.stepButton(QStringLiteral("submit_qc")) != nullptr);
    CHECK(orders.staleMessage().isEmpty()); // nothing typed: reloaded quietly

    // Now with something typed: it stays, and the bar says who changed the work order.
    auto *concerns = child<QTableWidget>(&orders, "concernsTable");
    REQUIRE(concerns->rowCount() > 0);
    QTableWidgetItem *cause = concerns->item(0, 1);
    REQUIRE(cause);
    cause->setText(QStringLiteral("前刹车片磨损到极限"));
    REQUIRE(orders.hasUnsavedChanges());
    {
        Commands c(*other, there);
        WorkOrder o = WorkOrderStore(*other).load(woId);
        o.concerns[0].correction = QStringLiteral("更换前刹车片");
        WorkOrderStore(*other).saveConcerns(c, woId, o.version, o.concerns);
    }
    waitFor([&] { return !orders.staleMessage().isEmpty(); }, 1000, "the bar over the open work order");
    CHECK(orders.staleMessage().contains(QStringLiteral("张伟")));
    CHECK(orders.staleMessage().contains(QStringLiteral("workshop-pc")));
    CHECK(concerns->item(0, 1)->text() == QStringLiteral("前刹车片磨损到极限"));
    CHECK(orders.hasUnsavedChanges());
    CHECK_FALSE(orders.save()); // the version check still refuses the stale save
    CHECK(concerns->item(0, 1)->text() == QStringLiteral("前刹车片磨损到极限"));

    // Reload takes the saved version.
    QPushButton *reload = child<QPushButton>(&orders, "reloadButton");
    reload->click();
    CHECK(concerns->item(0, 2)->text() == QStringLiteral("更换前刹车片"));
    CHECK_FALSE(orders.hasUnsavedChanges());
    CHECK(orders.staleMessage().isEmpty());
}

TEST_CASE("live: a car passed at the quality check joins the cashier's queue within a second, the cashier's place kept",
          "[ui][live][cashier][stations]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    Shop shop(backend);
    {
        Commands c = shop.ctx.commands();
        shop.ctx.users.add(c, QStringLiteral("workshop"), QStringLiteral("张伟"), {Role::WorkshopController},
                           QStringLiteral("Staff-Key-4826"));
    }
    const Session there =
        shop.ctx.users.signIn(QStringLiteral("workshop"), QStringLiteral("Staff-Key-4826"), QStringLiteral("workshop-pc"));
    shop.ctx.session = shop.as(QStringLiteral("kasse"), {Role::Cashier});
    ChangeWatcher watcher(*shop.db);
    watcher.start();
    const qint64 woId = firstWorkOrderIn(shop, "quality_check");
    CashierPage page(shop.ctx);
    page.resize(1400, 800);
    page.show();
    page.refresh();
    auto *queue = child<QTableView>(&page, "queueTable");
    const int before = queue->model()->rowCount();
    REQUIRE(before >= 1);
    const qint64 first = queue->model()->index(0, 0).data(KeyRole).toLongLong();
    REQUIRE(ui::selectKey(queue, first));

    auto other = shop.t.open();
    {
        Commands c(*other, there);
        TransitionInput in;
        in.inspector = QStringLiteral("张伟");
        WorkOrderStore(*other).transition(c, woId, WorkOrderStore(*other).load(woId).version, QStringLiteral("qc_pass"), in);
    }
    waitFor([&] { return queue->model()->rowCount() == before + 1; }, 1000, "the car passed at the workshop in the queue");
    bool listed = false;
    for (int r = 0; r < queue->model()->rowCount(); ++r)
        listed = listed || queue->model()->index(r, 0).data(KeyRole).toLongLong() == woId;
    CHECK(listed);
    CHECK(ui::selectedKey(queue) == first); // the cashier's place in the queue is kept
}

TEST_CASE("approvals: whom to call is the person who brought the car in, and the decision defaults to them",
          "[ui][approvals]")
{
    // Issue 17 point 8: the decision defaulted to the owner (often a company) and the list named nobody to call.
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("boss"), {Role::ServiceAdvisor, Role::WorkshopController});
    const QList<AddOnFinding> pending = AddOnStore(*shop.db).pending();
    REQUIRE(pending.size() == 1);
    const AddOnFinding finding = pending.first();
    shop.db->query(QStringLiteral("UPDATE work_orders SET drop_off_name = ?, drop_off_phone = ? WHERE id = ?"),
                   {QStringLiteral("王师傅"), QStringLiteral("13900001111"), finding.workOrderId});
    const AddOnFinding reread = AddOnStore(*shop.db).load(finding.id);
    REQUIRE(!reread.customerName.isEmpty());
    CHECK(reread.dropOffName == QStringLiteral("王师傅"));

    ApprovalsPage approvals(shop.ctx);
    approvals.resize(1300, 760);
    approvals.show();
    QApplication::setActiveWindow(&approvals);
    approvals.refresh();
    REQUIRE(approvals.selectPending(finding.id));
    auto *table = child<QTableView>(&approvals, "pendingTable");
    QStringList headers, row;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        headers << table->model()->headerData(c, Qt::Horizontal).toString();
        row << table->model()->index(0, c).data().toString();
    }
    INFO(headers.join(QStringLiteral(" | ")).toStdString() << "\n" << row.join(QStringLiteral(" | ")).toStdString());
    CHECK(row.contains(reread.customerName));
    CHECK(row.contains(QStringLiteral("王师傅")));
    CHECK(row.contains(Phone::masked(QStringLiteral("13900001111"))));

    QString decidedBy, contact;
    whenModal<DecisionDialog>([&](DecisionDialog *d) {
        decidedBy = child<QLineEdit>(d, "decidedByEdit")->text();
        contact = child<QLineEdit>(d, "contactEdit")->text();
        d->reject();
    });
    approvals.decide();
    CHECK(decidedBy == QStringLiteral("王师傅"));
    CHECK(contact == Phone::display(QStringLiteral("13900001111")));
}
