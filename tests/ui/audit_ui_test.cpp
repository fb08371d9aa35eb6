// The Audit trail page shows the state of the audit chain, checked off the page's thread.
#include <QDeadlineTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

#include "ui/auditpage.h"
#include "uitest.h"

using namespace uitest;

namespace {
// Lets the page work until its check is done; fails the test if it takes longer than `seconds`.
void waitForCheck(AuditPage &page, int seconds = 20)
{
    QDeadlineTimer deadline(seconds * 1000);
    while (page.isVerifying() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    INFO("the audit chain check did not finish within " << seconds << " s");
    REQUIRE_FALSE(page.isVerifying());
}
} // namespace

TEST_CASE("the audit page checks the chain in the background and names the row that was changed", "[ui][audit]")
{
    Shop shop;
    AuditPage page(shop.ctx);
    page.show();
    page.refresh(); // as when the page opens
    CHECK(page.isVerifying()); // started, not run on the page's thread
    CHECK(page.chainState().contains(QStringLiteral("Checking")));
    waitForCheck(page);
    const int rows = shop.db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    INFO(page.chainState().toStdString());
    CHECK(page.chainState().contains(QStringLiteral("%1 row(s), intact").arg(rows)));
    CHECK(child<QPushButton>(&page, "verifyButton")->isEnabled());

    // Refreshing the list does not start another check; the button does.
    page.refresh();
    CHECK_FALSE(page.isVerifying());

    shop.t.rawExec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    const qint64 row = shop.db->scalar(QStringLiteral("SELECT MIN(id) + 2 FROM audit_log")).toLongLong();
    shop.t.rawExec(QStringLiteral("UPDATE audit_log SET user_name = 'nobody' WHERE id = %1").arg(row));
    QTest::mouseClick(child<QPushButton>(&page, "verifyButton"), Qt::LeftButton);
    CHECK(page.isVerifying());
    CHECK_FALSE(child<QPushButton>(&page, "verifyButton")->isEnabled());
    waitForCheck(page);
    INFO(page.chainState().toStdString());
    CHECK(page.chainState().contains(QStringLiteral("broken at row %1 (").arg(row)));
    CHECK(page.chainState().contains(QStringLiteral("nobody")));
    CHECK(page.chainState().contains(QStringLiteral("The 2 row(s) before it are intact")));
    CHECK(child<QLabel>(&page, "chainLabel")->styleSheet().contains(QStringLiteral("color")));
}

TEST_CASE("the audit trail is a model: newest first, sorted by a header, filtered by a text, details follow",
          "[ui][audit][models]")
{
    Shop shop;
    AuditPage page(shop.ctx);
    page.resize(1200, 700);
    page.show();
    page.refresh();
    waitForCheck(page);
    auto *table = child<QTableView>(&page, "table");
    QAbstractItemModel *model = table->model();
    const int all = model->rowCount();
    REQUIRE(all > 10);
    CHECK(page.rowCount() == all);
    // Newest first, by the stored time (not by its text).
    const QDateTime first = model->index(0, 0).data(Qt::UserRole).toDateTime();
    const QDateTime last = model->index(all - 1, 0).data(Qt::UserRole).toDateTime();
    CHECK(first >= last);
    // A click on "Who" sorts by it.
    table->sortByColumn(1, Qt::AscendingOrder);
    for (int r = 1; r < all; ++r)
        CHECK(model->index(r - 1, 1).data().toString().localeAwareCompare(model->index(r, 1).data().toString()) <= 0);

    // The text filter narrows the list to what matches, in any column, and says so.
    type(&page, "findEdit", QStringLiteral("管理员"));
    const int matching = model->rowCount();
    CHECK(matching > 0);
    CHECK(matching < all);
    for (int r = 0; r < matching; ++r) {
        bool any = false;
        for (int c = 0; c < model->columnCount(); ++c)
            any = any || model->index(r, c).data().toString().contains(QStringLiteral("管理员"));
        CHECK(any);
    }
    CHECK(child<QLabel>(&page, "countLabel")->text().contains(QString::number(matching)));

    // The details show the selected row of the sorted, filtered list.
    table->setCurrentIndex(model->index(matching - 1, 0));
    const QString who = model->index(matching - 1, 1).data().toString();
    CHECK(child<QPlainTextEdit>(&page, "details")->toPlainText().contains(who));
    type(&page, "findEdit", QString());
    CHECK(model->rowCount() == all);
}
