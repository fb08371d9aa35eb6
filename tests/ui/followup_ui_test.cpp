// The follow-up desk (issue 18): the clerk's keyboard walk through the queue, a refused entry that keeps what
// was typed, and a reached customer leaving the list.
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

#include "keyboard.h"
#include "store/followupstore.h"
#include "ui/followupcalldialog.h"
#include "ui/followupmessagedialog.h"
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

TEST_CASE("follow-up desk: a call not reached for days turns into a message, queued at the keyboard",
          "[ui][followup][messages][keyboard]")
{
    Shop shop;
    QSqlQuery q = shop.db->query(QStringLiteral("SELECT id FROM follow_ups WHERE state = 'due' ORDER BY id"));
    REQUIRE(q.next());
    const qint64 callId = q.value(0).toLongLong();
    // Due six days ago and never reached: past the five days the dealership allows.
    shop.db->query(QStringLiteral("UPDATE follow_ups SET due_date = ? WHERE id = ?"),
                   {QDate::currentDate().addDays(-6).toString(Qt::ISODate), callId});
    shop.ctx.session = shop.as(QStringLiteral("kefu"), {Role::CustomerService});
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    Keyboard kb(&w);
    kb.ctrl(Qt::Key_9);
    FollowUpPage *page = w.page<FollowUpPage>();
    REQUIRE(ui::selectedKey(child<QTableView>(page, "queueTable")) == callId);
    CHECK(child<QPushButton>(page, "messageButton")->isEnabled());

    whenModal<FollowUpMessageDialog>([&](FollowUpMessageDialog *d) {
        CHECK(child<QComboBox>(d, "channelCombo")->currentData().toString() == QStringLiteral("sms"));
        CHECK_FALSE(child<QLineEdit>(d, "recipientEdit")->text().isEmpty());
        auto *body = child<QPlainTextEdit>(d, "bodyEdit");
        CHECK_FALSE(body->toPlainText().contains(QStringLiteral("{")));
        // The text emptied: refused, the dialog stays.
        kb.alt('x');
        body->selectAll();
        kb.key(Qt::Key_Delete);
        kb.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK(d->isVisible());
        CHECK(d->message().contains(QStringLiteral("no text")));
        kb.type(QStringLiteral("张先生您好，回访未能联系上您，如有意见请致电本店。"));
        kb.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK_FALSE(d->isVisible());
    });
    kb.alt('m');
    CHECK(FollowUpStore(*shop.db).load(callId).is(FollowUpState::Messaged));
    CHECK_FALSE(page->select(callId)); // off the list: it counts as done
    const QList<FollowUpStore::Message> sent = FollowUpStore(*shop.db).messagesOn(QDate::currentDate());
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().body.startsWith(QStringLiteral("张先生您好")));
    CHECK(child<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("queued")));
}
