// The work orders page's list: what is still in the shop, and which promise is overdue.
#include <QColor>
#include <QSqlQuery>
#include <QTableView>

#include "store/sql.h"
#include "store/workorderstore.h"
#include "ui/rowsmodel.h"
#include "ui/workorderspage.h"
#include "uitest.h"

using namespace uitest;

TEST_CASE("work-order list: a settled car waiting for its owner is listed, and only a car not ready yet is overdue",
          "[ui][workorders][list]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("boss"), {Role::ServiceAdvisor, Role::WorkshopController});
    auto idIn = [&](const char *state) {
        QSqlQuery q = shop.db->query(QStringLiteral("SELECT id FROM work_orders WHERE state = ? ORDER BY id"),
                                     {QString::fromLatin1(state)});
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 settled = idIn("settled");     // the demo's car waiting for pickup
    const qint64 working = idIn("in_progress");
    const qint64 delivered = idIn("delivered");
    const QString past = Sql::toDb(QDateTime::currentDateTimeUtc().addSecs(-3600));
    for (const qint64 id : {settled, working})
        shop.db->query(QStringLiteral("UPDATE work_orders SET promised_at = ? WHERE id = ?"), {past, id});

    WorkOrdersPage page(shop.ctx);
    page.resize(1300, 760);
    page.show();
    page.refresh();
    auto *table = child<QTableView>(&page, "ordersTable");
    QAbstractItemModel *m = table->model();
    int promisedColumn = -1;
    for (int c = 0; c < m->columnCount(); ++c)
        if (m->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Promised"))
            promisedColumn = c;
    REQUIRE(promisedColumn >= 0);
    auto rowOf = [&](qint64 id) {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(KeyRole).toLongLong() == id)
                return r;
        return -1;
    };
    REQUIRE(rowOf(settled) >= 0); // handed over from here
    CHECK(rowOf(delivered) == -1); // gone with its owner
    CHECK(m->index(rowOf(working), promisedColumn).data(Qt::ForegroundRole).isValid()); // late: red
    CHECK_FALSE(m->index(rowOf(settled), promisedColumn).data(Qt::ForegroundRole).isValid()); // done: it only waits
}
