#pragma once
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

#include "core/roles.h"
#include "store/changes.h"

class QAction;
class QWidget;

namespace dd {

struct AppContext;

// One key of a page, as F1 lists it.
struct KeyRow {
    QKeySequence keys;
    QString what;
};

// A page's keys: each one an action on the page (active while the page has the focus) with a text for F1.
// Texts are QT_TR_NOOP in the page's class and translated when F1 is opened, so they follow the language.
class PageKeys
{
public:
    explicit PageKeys(QWidget *page) : m_page(page) {}
    // `what` nullptr: another key for something already listed (Ctrl+Enter next to Ctrl+Return).
    QAction *add(const QKeySequence &key, const char *what, const std::function<void()> &slot);
    // Keys the page's widgets handle themselves (Enter in a table, say), listed but not bound here.
    void note(const QKeySequence &key, const char *what);
    QList<KeyRow> rows() const;

private:
    QWidget *m_page;
    QList<std::pair<QKeySequence, const char *>> m_listed;
};

// A workstation of the front desk: a page in the main window's navigator. The main window knows pages only
// through this interface and the registry (workstations.h); adding one is the recipe in app/README.md.
class Workstation
{
public:
    virtual ~Workstation() = default;

    virtual QWidget *widget() = 0;
    // A stable name for settings and tests: "reception", "cashier", ...
    virtual QString id() const = 0;
    virtual QString title() const = 0; // translated now
    virtual QIcon icon() const = 0;
    // Who sees it; nullopt: everyone signed in.
    virtual std::optional<Permission> permission() const { return std::nullopt; }
    // Read again what the page shows (also after another user signed in at this PC).
    virtual void refresh() = 0;
    // The user opened the page: by default a refresh; a page may also put the focus where work starts.
    virtual void shown() { refresh(); }
    // Unsaved input: asks the user, and answers whether another page may open now.
    virtual bool maySwitchAway() { return true; }
    virtual QList<KeyRow> keys() const = 0;
    // The tables whose committed changes (here or at another station) this page shows.
    virtual QStringList listensTo() const = 0;
    // Such a change arrived (coalesced; while hidden, once it is shown again). By default a refresh.
    virtual void changed(const ChangeSet &) { refresh(); }

    // What the navigator shows next to the title, when it helps the desk: arrivals waiting, approvals
    // waiting for the customer, cars ready to settle, overdue promises. Called off the screen's thread: it may
    // read the database (Database gives each thread its own connection), never a widget.
    struct Count {
        int value = -1;   // -1: the page shows no count
        QString toolTip;  // what the number counts
        bool alarm = false; // shown in red (overdue)
    };
    virtual Count count() { return {}; }
    // The tables whose changes change the count (default: listensTo()).
    virtual QStringList countsFrom() const { return listensTo(); }

protected:
    // Call at the end of the page's constructor: changes to listensTo() reach changed().
    void goLive(AppContext &ctx);
};

} // namespace dd
