// The approvals screen's place in its list: the finding just proposed is offered once, then the selection is
// the user's again, even when the offered finding was decided elsewhere meanwhile.
#include <QSqlQuery>
#include <QTableView>

#include "store/addonstore.h"
#include "ui/approvalspage.h"
#include "ui/rowsmodel.h"
#include "uitest.h"

using namespace uitest;

TEST_CASE("approvals: the offered finding is selected once, and one gone meanwhile leaves the selection to the user",
          "[ui][approvals]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("boss"), {Role::ServiceAdvisor, Role::WorkshopController});
    QSqlQuery q = shop.db->query(QStringLiteral("SELECT id FROM work_orders WHERE state = 'dispatched' ORDER BY id"));
    REQUIRE(q.next());
    AddOnFinding f;
    f.workOrderId = q.value(0).toLongLong();
    f.description = QStringLiteral("左前轮轴承异响");
    f.reason = QStringLiteral("轴承损坏会导致车轮晃动");
    f.warranty = QStringLiteral("not_eligible");
    f.warrantyReason = QStringLiteral("已超出厂家保修期");
    WorkOrderLine labor;
    labor.description = QStringLiteral("更换左前轮轴承");
    labor.centiHours = 120;
    labor.rateFen = 36000;
    f.lines << labor;
    Commands c = shop.ctx.commands();
    const qint64 added = AddOnStore(*shop.db).propose(c, f);
    REQUIRE(AddOnStore(*shop.db).pending().size() == 2);
    const qint64 oldest = AddOnStore(*shop.db).pending().first().id;
    REQUIRE(oldest != added);

    ApprovalsPage page(shop.ctx);
    page.resize(1300, 760);
    page.show();
    auto *table = child<QTableView>(&page, "pendingTable");

    // Offered before the page has read its list: selected once it reads.
    page.offer(added);
    page.refresh();
    CHECK(ui::selectedKey(table) == added);

    // Offered, but gone before the page reads again (decided at another station): the first row, and then the
    // user's choice is kept by every later read.
    page.offer(987654321);
    page.refresh();
    CHECK(ui::selectedKey(table) == oldest);
    REQUIRE(page.selectPending(added));
    page.refresh();
    CHECK(ui::selectedKey(table) == added);
    page.refresh();
    CHECK(ui::selectedKey(table) == added);
}
