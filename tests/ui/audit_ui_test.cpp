// The Audit trail page shows the state of the audit chain, checked off the page's thread.
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
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

TEST_CASE("the audit trail reads in words: commands, records by their number, yuan and local times, filtered by action, "
          "exported as CSV",
          "[ui][audit]")
{
    // Issue 17 point 10: it showed settlement.close_day, work_orders #208, collected_fen: 353900 and UTC times.
    Shop shop;
    AuditPage page(shop.ctx);
    page.resize(1400, 800);
    page.show();
    page.refresh();
    waitForCheck(page);
    auto *table = child<QTableView>(&page, "table");
    QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() > 10);
    QString settled, allText;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row << model->index(r, c).data().toString();
        allText += row.join(QStringLiteral(" | ")) + QLatin1Char('\n');
        if (row[3] == QStringLiteral("Settled") && row[4].startsWith(QStringLiteral("Settlement ST")))
            settled = row.join(QStringLiteral(" | "));
    }
    QStringList suspicious; // lines still in developer words
    for (const QString &line : allText.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral(" fen")) || line.contains(QStringLiteral("version")) || line.contains(QStringLiteral("_fen")))
            suspicious << line;
    INFO(suspicious.join(QLatin1Char('\n')).left(3000).toStdString());
    CHECK_FALSE(settled.isEmpty());                                     // the record by its number, not its id
    CHECK_FALSE(allText.contains(QStringLiteral("settlement.settle"))); // no command codes
    CHECK_FALSE(allText.contains(QStringLiteral("_fen")));              // no column names
    CHECK_FALSE(allText.contains(QStringLiteral(" fen")));
    CHECK_FALSE(allText.contains(QStringLiteral("version")));
    CHECK_FALSE(allText.contains(QStringLiteral("work_orders #")));
    CHECK(allText.contains(QStringLiteral("Work order WO")));
    CHECK(allText.contains(QStringLiteral("¥")));

    // Filtered by action: only the settlements, and the CSV holds those rows in the same words.
    auto *command = child<QComboBox>(&page, "commandCombo");
    const int settledIndex = command->findData(QStringLiteral("settlement.settle"));
    REQUIRE(settledIndex > 0);
    CHECK(command->itemText(settledIndex) == QStringLiteral("Settled"));
    command->setCurrentIndex(settledIndex);
    page.refresh();
    const int rows = model->rowCount();
    REQUIRE(rows > 0);
    for (int r = 0; r < rows; ++r)
        CHECK(model->index(r, 3).data().toString() == QStringLiteral("Settled"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(page.exportCsv(file));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFTime,")); // UTF-8 with the mark Excel needs
    const QString csv = QString::fromUtf8(bytes);
    CHECK(csv.count(QStringLiteral("\r\n")) == rows + 1);
    CHECK(csv.contains(QStringLiteral("Settlement ST")));
    CHECK_FALSE(csv.contains(QStringLiteral("_fen")));

    // The details: every field in words, times local.
    int statementRow = -1;
    for (int r = 0; r < rows && statementRow < 0; ++r)
        if (model->index(r, 4).data().toString().startsWith(QStringLiteral("Settlement ST")))
            statementRow = r;
    REQUIRE(statementRow >= 0);
    table->setCurrentIndex(model->index(statementRow, 0));
    const QString details = child<QPlainTextEdit>(&page, "details")->toPlainText();
    CHECK(details.contains(QStringLiteral("Settlement ST")));
    CHECK_FALSE(details.contains(QStringLiteral("{")));
}
