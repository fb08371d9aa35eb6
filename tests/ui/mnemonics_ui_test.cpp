// Alt+letter reaches one thing (issue 17, keyboard first). On a station page, two mnemonics with the same letter
// that can be on the screen together make Alt cycle between them instead of acting, and a letter the menu bar
// uses (File, Settings, Help) opens the menu instead. Checked in every language, because the translations
// carry their own letters ("派工(&H)…").
#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>

#include "i18n/i18n.h"
#include "ui/mainwindow.h"
#include "uitest.h"

using namespace uitest;

namespace {
struct Mnemonic {
    QChar letter;
    QWidget *owner = nullptr; // where it sits on the screen
    QString text;
};

QChar letterOf(const QString &text)
{
    const QKeySequence k = QKeySequence::mnemonic(text);
    if (k.isEmpty())
        return {};
    const int key = k[0].key();
    if (key >= Qt::Key_0 && key <= Qt::Key_Z)
        return QChar(key).toUpper();
    return {};
}

// Which page of each stacked widget (and so of each tab widget) between the page and the widget it is on.
QHash<QStackedWidget *, int> stackPath(QWidget *w, QWidget *root)
{
    QHash<QStackedWidget *, int> path;
    QWidget *child = w;
    for (QWidget *p = w->parentWidget(); p && child != root; child = p, p = p->parentWidget())
        if (auto *s = qobject_cast<QStackedWidget *>(p))
            path.insert(s, s->indexOf(child));
    return path;
}

bool together(QWidget *a, QWidget *b, QWidget *root)
{
    const QHash<QStackedWidget *, int> pa = stackPath(a, root), pb = stackPath(b, root);
    for (auto it = pa.cbegin(); it != pa.cend(); ++it)
        if (pb.contains(it.key()) && pb.value(it.key()) != it.value())
            return false;
    return true;
}

QList<Mnemonic> mnemonicsOf(QWidget *page)
{
    QList<Mnemonic> out;
    auto add = [&](const QString &text, QWidget *owner) {
        const QChar c = letterOf(text);
        if (!c.isNull())
            out.append({c, owner, text});
    };
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        add(b->text(), b);
    for (QLabel *l : page->findChildren<QLabel *>())
        if (l->buddy())
            add(l->text(), l);
    for (QGroupBox *g : page->findChildren<QGroupBox *>())
        add(g->title(), g);
    for (QTabWidget *t : page->findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            add(t->tabText(i), t);
    for (QAction *a : page->findChildren<QAction *>()) {
        const QKeySequence k = a->shortcut();
        if (!k.isEmpty() && k[0].keyboardModifiers() == Qt::AltModifier && a->parentWidget())
            out.append({QChar(k[0].key()).toUpper(), a->parentWidget(), k.toString()});
    }
    return out;
}
} // namespace

TEST_CASE("mnemonics: on every station page each Alt+letter reaches one thing, none a menu's letter, in every "
          "language",
          "[ui][keyboard][i18n]")
{
    Shop shop;
    shop.ctx.session = shop.as(QStringLiteral("all"), {Role::ServiceAdvisor, Role::WorkshopController, Role::Cashier,
                                                       Role::ServiceManager, Role::Administrator});
    MainWindow w(shop.ctx);
    w.resize(1366, 768);
    w.show();
    for (const QString lang : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        I18n::install(lang);
        QCoreApplication::processEvents();
        QHash<QChar, QString> menus;
        for (QAction *a : w.menuBar()->actions())
            if (const QChar c = letterOf(a->text()); !c.isNull())
                menus.insert(c, a->text());
        REQUIRE(menus.size() >= 3);
        QStringList clashes;
        for (Workstation *s : w.stations()) {
            QWidget *page = s->widget();
            const QList<Mnemonic> ms = mnemonicsOf(page);
            for (int i = 0; i < ms.size(); ++i) {
                if (menus.contains(ms[i].letter))
                    clashes << QStringLiteral("%1: \"%2\" (%3) and the menu \"%4\"")
                                   .arg(s->id(), ms[i].text, ms[i].owner->objectName(), menus.value(ms[i].letter));
                for (int j = i + 1; j < ms.size(); ++j)
                    if (ms[i].letter == ms[j].letter && ms[i].owner != ms[j].owner &&
                        together(ms[i].owner, ms[j].owner, page))
                        clashes << QStringLiteral("%1: \"%2\" (%3) and \"%4\" (%5)")
                                       .arg(s->id(), ms[i].text, ms[i].owner->objectName(), ms[j].text,
                                            ms[j].owner->objectName());
            }
        }
        INFO(lang.toStdString() << ":\n" << clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
    }
    I18n::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
}
