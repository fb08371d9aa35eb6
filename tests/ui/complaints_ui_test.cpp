// The complaints half of the follow-up desk (issue 18): the clerk registers a complaint from a call and works it
// at the keyboard up to the satisfied call-back, a refused step keeps what was typed; the questionnaire on a reached
// call, where a low score opens a complaint for the service manager; and a complaint taken at another station
// arriving on the open list by itself.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

#include "keyboard.h"
#include "store/changewatcher.h"
#include "store/complaintstore.h"
#include "store/followupstore.h"
#include "ui/complaintdialog.h"
#include "ui/complaintspanel.h"
#include "ui/complaintstepdialog.h"
#include "ui/followupcalldialog.h"
#include "ui/followuprulesdialog.h"
#include "ui/followuppage.h"
#include "ui/mainwindow.h"
#include "ui/rowsmodel.h"
#include "uitest.h"

using namespace uitest;

namespace {
// The first call still due that asks the satisfaction questions.
qint64 surveyCall(Database &db)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT id FROM follow_ups WHERE state = 'due' AND survey = 1 ORDER BY id"));
    REQUIRE(q.next());
    const qint64 id = q.value(0).toLongLong();
    // Due today, so it heads the queue.
    db.query(QStringLiteral("UPDATE follow_ups SET due_date = ? WHERE id = ?"),
             {QDate::currentDate().addDays(-1).toString(Qt::ISODate), id});
    return id;
}
} // namespace

TEST_CASE("complaints desk: registered from a call and worked at the keyboard to the satisfied call-back",
          "[ui][followup][complaints][keyboard]")
{
    Shop shop;
    const qint64 callId = surveyCall(*shop.db);
    shop.ctx.session = shop.as(QStringLiteral("kefu"), {Role::CustomerService});
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    Keyboard kb(&w);

    kb.ctrl(Qt::Key_9);
    FollowUpPage *page = w.page<FollowUpPage>();
    REQUIRE(w.currentPage() == page);
    REQUIRE(ui::selectedKey(child<QTableView>(page, "queueTable")) == callId);
    const FollowUpCall call = FollowUpStore(*shop.db).load(callId);
    const int demoOpen = int(ComplaintStore(*shop.db).list(true).size()); // the demo's open complaints

    // Alt+G: a complaint from the call, its customer and visit filled in; an empty one is refused and stays.
    whenModal<ComplaintDialog>([&](ComplaintDialog *d) {
        CHECK(child<QComboBox>(d, "workOrderCombo")->currentText().startsWith(call.workOrderNumber));
        CHECK(child<QComboBox>(d, "sourceCombo")->currentData().toString() == QStringLiteral("follow_up"));
        CHECK(child<QComboBox>(d, "categoryCombo")->hasFocus());
        kb.key(Qt::Key_Down); // Price
        kb.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK(d->isVisible());
        CHECK(d->message().contains(QStringLiteral("words")));
        kb.alt('s');
        kb.type(QStringLiteral("结算时多收了工时费"));
        kb.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK_FALSE(d->isVisible());
    });
    kb.alt('g');
    ComplaintsPanel *panel = page->complaints();
    CHECK(child<QTabWidget>(page, "tabs")->currentIndex() == 1);
    REQUIRE(panel->rowCount() == demoOpen + 1);
    QList<Complaint> open = ComplaintStore(*shop.db).list(true);
    REQUIRE(open.size() == demoOpen + 1);
    Complaint k;
    for (const Complaint &c : open)
        if (c.followUpId == callId)
            k = c;
    REQUIRE(k.id > 0);
    CHECK(k.category == QStringLiteral("price"));
    CHECK(k.workOrderId == call.workOrderId);
    CHECK(k.followUpId == callId);
    CHECK(k.responsible == QStringLiteral("kefu"));
    CHECK(ui::selectedKey(child<QTableView>(panel, "listTable")) == k.id);
    CHECK(child<QLabel>(panel, "listTableLabel")->text().contains(QString::number(demoOpen + 1)));

    // Enter: a step. The first one offered is the call to the customer.
    whenModal<ComplaintStepDialog>([&](ComplaintStepDialog *d) {
        CHECK(child<QComboBox>(d, "actionCombo")->hasFocus());
        CHECK(child<QComboBox>(d, "actionCombo")->currentData().toString() == QStringLiteral("called"));
        kb.alt('n');
        kb.type(QStringLiteral("已致电解释，客户同意核对"));
        kb.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_Return);
    CHECK(ComplaintStore(*shop.db).log(k.id).size() == 2);

    // The call-back without the customer's answer: refused, what was typed stays; with "satisfied" it closes.
    whenModal<ComplaintStepDialog>([&](ComplaintStepDialog *d) {
        d->setAction(ComplaintAction::CalledBack);
        kb.alt('n');
        kb.type(QStringLiteral("已退还多收的工时费"));
        kb.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK(d->isVisible());
        CHECK(d->message().contains(QStringLiteral("satisfied")));
        kb.alt('s');
        kb.key(Qt::Key_Down); // Yes, satisfied
        kb.key(Qt::Key_Return, Qt::ControlModifier);
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_Return);
    k = ComplaintStore(*shop.db).load(k.id);
    CHECK(k.is(ComplaintState::Closed));
    CHECK(k.satisfied == std::optional<bool>(true));
    CHECK(ComplaintStore(*shop.db).log(k.id).last().notes == QStringLiteral("已退还多收的工时费"));
    CHECK(panel->rowCount() == demoOpen);
    CHECK(panel->message().contains(QStringLiteral("closed")));
    const int closedBefore = int(ComplaintStore(*shop.db).list(false).size()) - demoOpen;

    // Alt+D shows those closed lately too; Alt+Q goes back to the calls.
    kb.alt('d');
    CHECK(child<QCheckBox>(panel, "closedCheck")->isChecked());
    waitFor([&] { return panel->rowCount() == demoOpen + closedBefore; }, 3000, "the closed complaints on the list");
    kb.alt('q');
    CHECK(child<QTabWidget>(page, "tabs")->currentIndex() == 0);
}

TEST_CASE("follow-up call: the questionnaire when the customer is reached, a low score opens a complaint for the "
          "manager, another station's complaint arrives by itself",
          "[ui][followup][complaints][csi]")
{
    Shop shop;
    const qint64 callId = surveyCall(*shop.db);
    const Session counter = shop.as(QStringLiteral("kefu2"), {Role::CustomerService});
    shop.ctx.session = shop.as(QStringLiteral("kefu"), {Role::CustomerService});
    ChangeWatcher watcher(*shop.db); // as the app follows the other stations
    watcher.start();
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    Keyboard kb(&w);
    kb.ctrl(Qt::Key_9);
    FollowUpPage *page = w.page<FollowUpPage>();
    REQUIRE(ui::selectedKey(child<QTableView>(page, "queueTable")) == callId);

    whenModal<FollowUpCallDialog>([&](FollowUpCallDialog *d) {
        CHECK(d->surveyOffered()); // the outcome offered first is "reached"
        d->setOutcome(CallOutcome::NoAnswer);
        CHECK_FALSE(d->surveyOffered());
        d->setOutcome(CallOutcome::Reached);
        CHECK(d->surveyOffered());
        // Each score typed over where its label's letter puts the keyboard.
        kb.alt('i');
        kb.type(QStringLiteral("8"));
        kb.alt('d');
        kb.type(QStringLiteral("9"));
        kb.alt('l');
        kb.type(QStringLiteral("8"));
        kb.alt('p');
        kb.type(QStringLiteral("7"));
        kb.alt('q');
        kb.type(QStringLiteral("3"));
        kb.alt('w');
        kb.type(QStringLiteral("4"));
        kb.alt('m');
        kb.type(QStringLiteral("刹车还是响"));
        kb.key(Qt::Key_Return);
        CHECK_FALSE(d->isVisible());
    });
    kb.key(Qt::Key_Return);
    CHECK(FollowUpStore(*shop.db).load(callId).is(FollowUpState::Done));
    const auto survey = FollowUpStore(*shop.db).survey(callId);
    REQUIRE(survey.has_value());
    CHECK(survey->scores.quality == 3);
    CHECK(survey->scores.recommend == 4);
    CHECK(survey->comment == QStringLiteral("刹车还是响"));
    REQUIRE_FALSE(survey->complaintNumber.isEmpty());
    CHECK(child<QLabel>(page, "messageLabel")->text().contains(survey->complaintNumber));
    const Complaint k = ComplaintStore(*shop.db).byNumber(survey->complaintNumber);
    CHECK(k.category == QStringLiteral("repair_quality"));
    CHECK(k.responsible == QStringLiteral("陈静")); // the demo's service manager
    CHECK(k.words == QStringLiteral("刹车还是响"));
    REQUIRE(k.scores.has_value());
    CHECK(k.scores->quality == 3);

    ComplaintsPanel *panel = page->complaints();
    const int open = int(ComplaintStore(*shop.db).list(true).size()); // the demo's and the low score's
    kb.alt('p');
    waitFor([&] { return panel->rowCount() == open; }, 3000, "the low score's complaint on the list");
    CHECK(panel->select(k.id));

    // A colleague at the counter PC, on its own connection, registers one: it arrives without a key.
    auto counterPc = shop.t.open();
    Commands other(*counterPc, counter);
    ComplaintStore::NewComplaint n;
    n.customerId = k.customerId;
    n.source = ComplaintSource::Phone;
    n.category = ComplaintCategory::Waiting;
    n.words = QStringLiteral("电话里说等太久");
    ComplaintStore(*counterPc).registerComplaint(other, n);
    waitFor([&] { return panel->rowCount() == open + 1; }, 5000, "the other station's complaint on the list");
}

TEST_CASE("follow-up rules: the administrator changes them at the keyboard, a rule out of line is refused and kept",
          "[ui][followup][settings][keyboard]")
{
    Shop shop;
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    Keyboard kb(&w);
    auto *action = w.findChild<QAction *>(QStringLiteral("actionFollowUpRules"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    whenModal<FollowUpRulesDialog>([&](FollowUpRulesDialog *d) {
        CHECK(d->onScreen() == FollowUpSettings{}); // the seeds' defaults
        kb.alt('r'); // General complaint: first reply within (h)
        kb.type(QStringLiteral("72"));
        kb.key(Qt::Key_Return);
        CHECK(d->isVisible());
        CHECK(d->message().contains(QStringLiteral("before its resolution")));
        CHECK(d->onScreen().replyHoursGeneral == 72); // kept on screen
        kb.alt('r');
        kb.type(QStringLiteral("12"));
        kb.alt('f'); // First call, days after delivery
        kb.type(QStringLiteral("4"));
        kb.alt('c'); // the independent caller, off
        kb.key(Qt::Key_Return);
        CHECK_FALSE(d->isVisible());
    });
    action->trigger();
    const FollowUpSettings saved = shop.ctx.dealership.load().followUp;
    CHECK(saved.replyHoursGeneral == 12);
    CHECK(saved.firstCallDay == 4);
    CHECK_FALSE(saved.independentCaller);
    CHECK(saved.resolveHoursGeneral == 48);

    // A clerk cannot change them.
    shop.ctx.session = shop.as(QStringLiteral("kefu"), {Role::CustomerService});
    w.sessionChanged();
    CHECK_FALSE(action->isEnabled());
}
