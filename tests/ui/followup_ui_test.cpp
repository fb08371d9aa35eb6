// The follow-up desk (issue 18): the clerk's keyboard walk through the queue, a refused entry that keeps what
// was typed, and a reached customer leaving the list.
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>

#include "keyboard.h"
#include "store/followupstore.h"
#include "ui/followupcalldialog.h"
#include "ui/followuppage.h"
#include "ui/mainwindow.h"
#include "ui/rowsmodel.h"
#include "uitest.h"

using namespace uitest;

TEST_CASE("follow-up desk: the clerk walks the queue at the keyboard, logs a miss, then the customer reached",
          "[ui][followup][keyboard]")
{
    Shop shop;
    // The demo delivered a car whose owner agreed to be called: make its call two days overdue.
    QSqlQuery q = shop.db->query(QStringLiteral("SELECT id FROM follow_ups WHERE state = 'due' ORDER BY id"));
    REQUIRE(q.next());
    const qint64 callId = q.value(0).toLongLong();
    shop.db->query(QStringLiteral("UPDATE follow_ups SET due_date = ? WHERE id = ?"),
                   {QDate::currentDate().addDays(-2).toString(Qt::ISODate), callId});
    shop.ctx.session = shop.as(QStringLiteral("kefu"), {Role::CustomerService});
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    Keyboard kb(&w);

    kb.ctrl(Qt::Key_9);
    FollowUpPage *page = w.page<FollowUpPage>();
    REQUIRE(w.currentPage() == page);
    REQUIRE(page->rowCount() >= 1);
    auto *table = child<QTableView>(page, "queueTable");
    CHECK(ui::selectedKey(table) == callId); // overdue first
    CHECK(child<QLabel>(page, "queueTableLabel")->text().contains(QStringLiteral("overdue")));

    // No answer: Enter opens the call, the outcome is the first field, Down picks "No answer", Enter logs it.
    whenModal<FollowUpCallDialog>([&](FollowUpCallDialog *d) {
        CHECK(child<QComboBox>(d, "outcomeCombo")->hasFocus());
        CHECK_FALSE(child<QLabel>(d, "scriptLabel")->text().isEmpty()); // the work done, the amount, the advisor
        kb.key(Qt::Key_Down);
        kb.key(Qt::Key_Return);
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_Return);
    FollowUpCall call = FollowUpStore(*shop.db).load(callId);
    CHECK(call.is(FollowUpState::Due));
    CHECK(call.attempts == 1);
    CHECK(ui::selectedKey(table) == callId); // still on the list, still selected

    // Asked to call back, at a time already past: refused, the dialog and what was typed stay.
    whenModal<FollowUpCallDialog>([&](FollowUpCallDialog *d) {
        d->setOutcome(CallOutcome::CallBack);
        kb.alt('t'); // No&tes
        kb.type(QStringLiteral("在开会"));
        child<QDateTimeEdit>(d, "callBackEdit")->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
        kb.key(Qt::Key_Return);
        CHECK(d->isVisible());
        CHECK(d->message().contains(QStringLiteral("when")));
        kb.key(Qt::Key_Escape);
    });
    kb.key(Qt::Key_Return);
    CHECK(FollowUpStore(*shop.db).load(callId).attempts == 1);

    // Reached: the call is done and leaves the list.
    whenModal<FollowUpCallDialog>([&](FollowUpCallDialog *d) {
        d->setOutcome(CallOutcome::Reached);
        kb.alt('t');
        kb.type(QStringLiteral("满意"));
        kb.key(Qt::Key_Return);
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_Return);
    CHECK(FollowUpStore(*shop.db).load(callId).is(FollowUpState::Done));
    CHECK_FALSE(page->select(callId));
    CHECK(child<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("reached")));
}
