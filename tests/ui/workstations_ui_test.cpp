// One shape for every workstation: the registry's order, F1 listing every page's keys, and the navigator's
// live counts.
#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QTableWidget>

#include "i18n/i18n.h"
#include "store/deskcounts.h"
#include "store/reception.h"
#include "ui/mainwindow.h"
#include "ui/shortcutsdialog.h"
#include "ui/workorderspage.h"
#include "ui/workstation.h"
#include "uitest.h"

using namespace uitest;

namespace {
QAction *action(QWidget *w, const char *name)
{
    for (QAction *a : w->findChildren<QAction *>())
        if (a->objectName() == QLatin1String(name))
            return a;
    FAIL("no action " << name);
    return nullptr;
}

struct ShortcutList {
    QStringList headings;
    QList<std::pair<QString, QString>> rows; // keys, what
    bool has(const QKeySequence &k, const QString &what) const
    {
        for (const auto &[keys, text] : rows)
            if (keys == k.toString(QKeySequence::NativeText) && text == what)
                return true;
        return false;
    }
    bool hasKey(const QKeySequence &k) const
    {
        for (const auto &[keys, text] : rows)
            if (keys == k.toString(QKeySequence::NativeText))
                return true;
        return false;
    }
};

ShortcutList openF1(MainWindow &w)
{
    ShortcutList list;
    whenModal<ShortcutsDialog>([&list](ShortcutsDialog *d) {
        auto *table = child<QTableWidget>(d, "table");
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->columnSpan(r, 0) == 2)
                list.headings << table->item(r, 0)->text();
            else
                list.rows.append({table->item(r, 0)->text(), table->item(r, 1)->text()});
        }
        d->reject();
    });
    action(&w, "actionShortcuts")->trigger();
    return list;
}

QString navText(MainWindow &w, const QString &id)
{
    auto *nav = child<QListWidget>(&w, "navigator");
    for (int i = 0; i < w.stations().size(); ++i)
        if (w.stations()[i]->id() == id)
            return nav->item(i)->text();
    FAIL("no workstation " << id.toStdString());
    return {};
}
} // namespace

TEST_CASE("workstations: F1 lists the keys of every page the user may open, each with its text", "[ui][shell][keys]")
{
    Shop shop;
    const Session advisorSession = shop.as(QStringLiteral("adv"), {Role::ServiceAdvisor});
    shop.ctx.session = shop.as(QStringLiteral("allround"), {Role::ServiceAdvisor, Role::WorkshopController, Role::Cashier,
                                                            Role::ServiceManager});
    MainWindow w(shop.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    const ShortcutList f1 = openF1(w);

    for (int i = 0; i < w.stations().size(); ++i) {
        Workstation *station = w.stations()[i];
        INFO("workstation " << station->id().toStdString());
        CHECK(f1.has(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), MainWindow::tr("Go to %1").arg(station->title())));
        for (const KeyRow &k : station->keys()) {
            CHECK_FALSE(k.what.isEmpty());
            CHECK(f1.has(k.keys, k.what));
        }
        if (!station->keys().isEmpty())
            CHECK(f1.headings.contains(station->title()));
        // Every key the page binds is in the list (Ctrl+Enter on the keypad stands next to Ctrl+Return).
        for (QAction *a : station->widget()->actions()) {
            if (a->shortcut().isEmpty() || a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Enter))
                continue;
            INFO("key " << a->shortcut().toString().toStdString());
            bool listed = false;
            for (const KeyRow &k : station->keys())
                listed = listed || k.keys == a->shortcut();
            CHECK(listed);
        }
    }
    // The keys a new user missed: reception, work orders, the cashier and the appointment book.
    CHECK(f1.hasKey(QKeySequence(Qt::Key_F2)));
    CHECK(f1.hasKey(QKeySequence(Qt::Key_F3)));
    CHECK(f1.hasKey(QKeySequence(Qt::CTRL | Qt::Key_T)));
    CHECK(f1.hasKey(QKeySequence(Qt::CTRL | Qt::Key_R)));
    CHECK(f1.hasKey(QKeySequence(Qt::CTRL | Qt::Key_K)));
    CHECK(f1.hasKey(QKeySequence(Qt::CTRL | Qt::Key_F)));
    for (const char *id : {"reception", "inspection", "workorders", "cashier", "appointments"}) {
        INFO(id);
        bool found = false;
        for (Workstation *s : w.stations())
            if (s->id() == QLatin1String(id)) {
                found = true;
                CHECK(s->keys().size() >= 2);
            }
        CHECK(found);
    }

    // The advisor alone sees neither the cashier's nor the audit trail's keys.
    shop.ctx.session = advisorSession;
    w.sessionChanged();
    const ShortcutList advisor = openF1(w);
    CHECK_FALSE(advisor.hasKey(QKeySequence(Qt::CTRL | Qt::Key_R)));
    CHECK_FALSE(advisor.hasKey(QKeySequence(Qt::CTRL | Qt::Key_5)));
    CHECK(advisor.hasKey(QKeySequence(Qt::Key_F2)));
}

TEST_CASE("workstations: the navigator counts what waits, and follows a change within a second", "[ui][shell][live]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("boss"), {Role::ServiceAdvisor, Role::Cashier, Role::ServiceManager});
    MainWindow w(shop.ctx);
    w.show();
    DeskCounts counts(*shop.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int approvals = counts.approvalsWaiting();
    const int ready = counts.readyToSettle();
    REQUIRE(approvals > 0); // the demo has a finding waiting and a car at the cashier
    REQUIRE(ready > 0);
    // The counts are read off the screen's thread: they arrive a moment after the window.
    waitFor([&] { return navText(w, QStringLiteral("approvals")).contains(QString::number(approvals)); }, 1000,
            "the approvals count");
    CHECK(navText(w, QStringLiteral("cashier")).contains(QString::number(ready)));
    const int overdue = counts.overduePromises(now);
    if (overdue > 0)
        CHECK(navText(w, QStringLiteral("workorders")).contains(QString::number(overdue)));
    else
        CHECK(navText(w, QStringLiteral("workorders")) == w.page<WorkOrdersPage>()->title());

    // A car arrives (here, as at another station's counter): reception's count follows.
    const int arrivals = counts.arrivalsWaiting(now);
    Commands c = shop.ctx.commands();
    Reception(*shop.db).arrive(c, QStringLiteral("沪B99881"));
    waitFor([&] { return navText(w, QStringLiteral("reception")).contains(QString::number(arrivals + 1)); }, 1000,
            "the reception count shows the new arrival");
    CHECK(counts.arrivalsWaiting(now) == arrivals + 1);
}

TEST_CASE("words: the language menu ticks the language in use, also when started with --lang", "[ui][i18n]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    QSettings().setValue(QStringLiteral("ui/language"), QString()); // the setting follows the system
    const QString system = I18n::resolve(QString());
    const QString started = system == QStringLiteral("zh_TW") ? QStringLiteral("zh_CN") : QStringLiteral("zh_TW");
    I18n::install(started); // what `--lang` does before the window is made
    {
        MainWindow w(shop.ctx);
        auto *menu = w.findChild<QMenu *>(QStringLiteral("menuLanguage"));
        REQUIRE(menu);
        QStringList ticked;
        for (QAction *a : menu->actions())
            if (a->isChecked())
                ticked << a->data().toString();
        CHECK(ticked == QStringList{started});
    }
    I18n::install(QStringLiteral("en"));
}

TEST_CASE("live: when the other stations cannot be followed, the status bar says so until they can", "[ui][live]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("advisor"), {Role::ServiceAdvisor});
    MainWindow w(shop.ctx);
    w.show();
    CHECK(w.liveTrouble().isEmpty());
    w.showLiveTrouble(QStringLiteral("the database server does not answer."));
    CHECK(w.liveTrouble().contains(QStringLiteral("the database server does not answer.")));
    CHECK(w.liveTrouble().contains(QStringLiteral("what you type is kept")));
    w.showLiveTrouble(QString());
    CHECK(w.liveTrouble().isEmpty());
}
