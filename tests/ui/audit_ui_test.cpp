// The Audit trail page shows the state of the audit chain, checked off the page's thread.
#include <QDeadlineTimer>
#include <QLabel>
#include <QPushButton>

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
