// DealerDesk's benchmark: search keystrokes and vehicle-history opens at dealership scale.
//
//   dd_bench --db FILE|postgresql://… [--generate] [--customers N] [--vehicles N] [--work-orders N]
//            [--samples N] [--seed N] [--fresh] [--break-sample]
//
// --fresh deletes an SQLite file first (for a clean run).
// With --generate, an empty database is first filled by the scale generator (the time it took is printed).
// Then each kind of search keystroke is replayed the way an advisor types it, one query per keystroke, through
// the same Search::find the reception screen runs, and vehicle histories are opened through History::load.
// One line per measure, `NAME median_ms=X p95_ms=Y`; everything else is a comment line starting with '#'.
// It never fails on a slow figure, but it fails (exit 1, naming the probe) when a search does not find the
// record its text was sampled from: a search that found nothing would otherwise post excellent figures. The
// whole text of each sample (the last keystroke) must show its vehicle, customer or work order, unless a full
// page of other lines that really match the text came first (a common name, four digits of a plate). History
// opens must open the vehicle asked for. --break-sample pairs the first plate sample with another vehicle, so
// the check must fail: CTest runs it that way to prove it.
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <random>

#include "core/identifiers.h"
#include "delayproxy.h"
#include "store/bootstrap.h"
#include "store/dispatchboard.h"
#include "store/database.h"
#include "store/history.h"
#include "store/migrator.h"
#include "demo/scalegen.h"
#include "store/search.h"
#include "store/searchkeys.h"

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Measure {
    QString name;
    std::vector<double> ms;
};

void report(const QString &backend, const Measure &m)
{
    if (m.ms.empty())
        return;
    std::vector<double> v = m.ms;
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
    out() << backend << '.' << m.name << " median_ms=" << QString::number(at(0.5), 'f', 2)
          << " p95_ms=" << QString::number(at(0.95), 'f', 2) << Qt::endl;
}

// One sampled search: what is typed, keystroke by keystroke, and the record it was taken from.
struct Probe {
    QStringList typed;
    qint64 vehicleId = 0;  // a plate, a VIN end: the vehicle; a work order: its vehicle
    qint64 customerId = 0; // a phone end, a name, pinyin: the customer
    QString workOrder;     // a work-order number: that number
    QString record;        // the record, for the message
};

// The longest the event loop was late for a keystroke (a 10 ms timer, as fast typing) while `work` ran: on the
// loop's own thread when `onWorker` is false (a page reading on the screen's thread), else on a pool thread with
// its own connection while the loop goes on (as the pages read boards now).
double longestStall(const std::function<void()> &work, bool onWorker, int rounds)
{
    QEventLoop loop;
    QTimer keys;
    keys.setInterval(10);
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.elapsed();
    double worst = 0;
    QObject::connect(&keys, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, double(now - last - 10));
        last = now;
    });
    keys.start();
    int left = rounds;
    std::function<void()> next;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, [&] { QTimer::singleShot(30, &loop, next); });
    next = [&] {
        if (left-- == 0) {
            loop.quit();
            return;
        }
        if (onWorker) {
            watcher.setFuture(QtConcurrent::run(work));
        } else {
            work();
            QTimer::singleShot(30, &loop, next);
        }
    };
    QTimer::singleShot(30, &loop, next);
    loop.exec();
    return std::max(0.0, worst);
}

bool shows(const QList<dd::SearchHit> &hits, const Probe &p)
{
    for (const dd::SearchHit &h : hits) {
        if (!p.workOrder.isEmpty()) {
            if (h.match == dd::SearchHit::Match::WorkOrder && h.matchedText == p.workOrder && h.vehicleId == p.vehicleId)
                return true;
        } else if (p.customerId ? h.customerId == p.customerId : h.vehicleId == p.vehicleId) {
            return true;
        }
    }
    return false;
}

// Whether a line really matches what was typed, by the branch that found it.
bool genuine(const dd::SearchHit &h, const QString &typed)
{
    using M = dd::SearchHit::Match;
    const QString q = dd::SearchKeys::normalizeQuery(typed);
    const QString upper = dd::Plate::normalize(q);
    switch (h.match) {
    case M::Plate: return dd::Plate::normalize(h.plate).contains(upper);
    case M::Vin: return h.vin.toUpper().endsWith(upper);
    case M::Phone: return !h.matchedText.isEmpty() && h.matchedText.endsWith(q);
    case M::Name:
        return dd::SearchKeys::nameKey(h.customerName).startsWith(q) || h.customerName.contains(typed.simplified());
    case M::Pinyin:
        return dd::SearchKeys::initials(h.customerName).startsWith(q) || dd::SearchKeys::pinyin(h.customerName).startsWith(q);
    case M::WorkOrder: return h.matchedText.contains(upper);
    }
    return false;
}

// Empty when the whole text found its record (or a full page of genuine matches came first); else what went wrong.
QString verify(const QString &measure, const Probe &p, const QList<dd::SearchHit> &hits, int limit)
{
    const QString text = p.typed.last();
    if (shows(hits, p))
        return {};
    bool allGenuine = true;
    for (const dd::SearchHit &h : hits)
        allGenuine = allGenuine && genuine(h, text);
    if (hits.size() >= limit && allGenuine)
        return {};
    QStringList lines;
    for (const dd::SearchHit &h : hits.mid(0, 5))
        lines << QStringLiteral("%1 %2 (%3)").arg(h.plate, h.customerName, dd::Search::matchName(h.match)).simplified();
    return QStringLiteral("%1: \"%2\" was sampled from %3, but the search found %4 line(s)%5%6")
        .arg(measure, text, p.record)
        .arg(hits.size())
        .arg(hits.isEmpty() ? QString() : QStringLiteral(", not it: ") + lines.join(QStringLiteral("; ")))
        .arg(allGenuine ? QString() : QStringLiteral(" (some not matching the text)"));
}

// The text an advisor has typed after each keystroke: "2", "23", "234", "2345".
QStringList keystrokes(const QString &text)
{
    QStringList out;
    for (int i = 1; i <= text.size(); ++i)
        out << text.left(i);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const QString &name, const QString &fallback = {}) {
        const int i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString where = value(QStringLiteral("--db"));
    if (where.isEmpty()) {
        std::fprintf(stderr, "usage: dd_bench --db FILE|postgresql://... [--generate] [--customers N] "
                             "[--vehicles N] [--work-orders N] [--samples N] [--seed N] [--fresh] [--break-sample]\n");
        return 2;
    }
    const dd::DbTargets::Parsed parsed = dd::DbTargets::parse(where, QDir::currentPath());
    if (!parsed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error));
        return 2;
    }
    const QString backend = parsed.target.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const int samples = value(QStringLiteral("--samples"), QStringLiteral("200")).toInt();
    if (args.contains(QStringLiteral("--fresh")) && parsed.target.isSqlite())
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(parsed.target.path + suffix);
    try {
        dd::Database db(parsed.target);
        db.open();
        dd::Migrator(db).migrate();
        if (args.contains(QStringLiteral("--generate"))
            && db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"), {}, 0).toLongLong() == 0) {
            dd::ScaleGenerator::Options o;
            o.customers = value(QStringLiteral("--customers"), QString::number(o.customers)).toInt();
            o.vehicles = value(QStringLiteral("--vehicles"), QString::number(o.vehicles)).toInt();
            o.workOrders = value(QStringLiteral("--work-orders"), QString::number(o.workOrders)).toLongLong();
            o.seed = value(QStringLiteral("--seed"), QString::number(o.seed)).toULongLong();
            const dd::ScaleGenerator::Stats s = dd::ScaleGenerator(db).run(o, [](const QString &line) {
                out() << "# " << line << Qt::endl;
            });
            out() << "# generated " << s.customers << " customers, " << s.phones << " phones, " << s.vehicles
                  << " vehicles, " << s.workOrders << " work orders, " << s.lines << " lines" << Qt::endl;
            out() << "# " << backend << " generator: " << QString::number(s.elapsedMs / 1000.0, 'f', 1) << " s"
                  << Qt::endl;
        }
        const qint64 vehicles = db.scalar(QStringLiteral("SELECT MAX(id) FROM vehicles"), {}, 0).toLongLong();
        const qint64 customers = db.scalar(QStringLiteral("SELECT MAX(id) FROM customers"), {}, 0).toLongLong();
        out() << "# " << backend << ": "
              << db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"), {}, 0).toLongLong() << " customers, "
              << db.scalar(QStringLiteral("SELECT COUNT(*) FROM vehicles"), {}, 0).toLongLong() << " vehicles, "
              << db.scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders"), {}, 0).toLongLong() << " work orders, "
              << db.scalar(QStringLiteral("SELECT COUNT(*) FROM work_order_lines"), {}, 0).toLongLong() << " lines"
              << Qt::endl;
        if (vehicles == 0 || customers == 0) {
            std::fprintf(stderr, "the database holds no vehicles: run with --generate\n");
            return 1;
        }

        // What advisors type, sampled from the data itself.
        std::mt19937_64 rng(7);
        const auto anyVehicle = [&] { return std::uniform_int_distribution<qint64>(1, vehicles)(rng); };
        const auto anyCustomer = [&] { return std::uniform_int_distribution<qint64>(1, customers)(rng); };
        QList<Probe> platePart, vinEnd, phoneEnd, name, pinyin, initials, workOrder;
        QList<qint64> historyIds;
        for (int i = 0; i < samples; ++i) {
            QSqlQuery v = db.query(QStringLiteral("SELECT plate, vin, id FROM vehicles WHERE id >= ? ORDER BY id LIMIT 1"),
                                   {anyVehicle()});
            if (v.next()) {
                const QString plate = v.value(0).toString();
                const qint64 id = v.value(2).toLongLong();
                const QString record = QStringLiteral("vehicle %1 (%2, VIN %3)").arg(id).arg(plate, v.value(1).toString());
                if (plate.size() >= 6)
                    platePart << Probe{keystrokes(plate.mid(plate.size() - 4)), id, 0, {}, record}; // '2345' finds 沪A12345
                vinEnd << Probe{keystrokes(v.value(1).toString().right(8)), id, 0, {}, record};
                historyIds << id;
            }
            QSqlQuery c = db.query(QStringLiteral("SELECT c.name, c.name_pinyin, c.name_initials, p.phone, c.id FROM customers c "
                                                  "JOIN customer_phones p ON p.customer_id = c.id "
                                                  "WHERE c.id >= ? AND c.kind = 'person' ORDER BY c.id LIMIT 1"),
                                   {anyCustomer()});
            if (c.next()) {
                const qint64 id = c.value(4).toLongLong();
                const QString record = QStringLiteral("customer %1 (%2, %3)").arg(id).arg(c.value(0).toString(), c.value(3).toString());
                name << Probe{keystrokes(c.value(0).toString()), 0, id, {}, record};
                pinyin << Probe{keystrokes(c.value(1).toString()), 0, id, {}, record};
                initials << Probe{keystrokes(c.value(2).toString()), 0, id, {}, record};
                phoneEnd << Probe{keystrokes(c.value(3).toString().right(4)), 0, id, {}, record};
            }
            QSqlQuery w = db.query(QStringLiteral("SELECT number, vehicle_id FROM work_orders WHERE id >= ? ORDER BY id LIMIT 1"),
                                   {std::uniform_int_distribution<qint64>(1, vehicles * 5)(rng)});
            if (w.next())
                workOrder << Probe{keystrokes(w.value(0).toString()), w.value(1).toLongLong(), 0, w.value(0).toString(),
                                   QStringLiteral("work order %1").arg(w.value(0).toString())};
        }
        if (args.contains(QStringLiteral("--break-sample")) && platePart.size() >= 2) {
            platePart[0].vehicleId = platePart[1].vehicleId; // its text now belongs to another vehicle
            platePart[0].record = platePart[1].record;
        }

        constexpr int limit = 30; // as the reception screen asks
        QStringList failures;
        int checked = 0, crowded = 0, failed = 0;
        dd::Search search(db);
        const auto runSearch = [&](const QString &measure, const QList<Probe> &probes, bool check) {
            Measure m{measure, {}};
            int found = 0, behind = 0, wrong = 0;
            for (const Probe &p : probes) {
                QList<dd::SearchHit> hits;
                for (const QString &text : p.typed) {
                    QElapsedTimer t;
                    t.start();
                    hits = search.find(text, limit);
                    m.ms.push_back(double(t.nsecsElapsed()) / 1e6);
                }
                if (!check)
                    continue;
                const QString problem = verify(measure, p, hits, limit);
                if (!problem.isEmpty()) {
                    failures << problem;
                    ++wrong;
                } else if (shows(hits, p)) {
                    ++found;
                } else {
                    ++behind;
                }
            }
            if (check)
                out() << "# " << backend << '.' << measure << ": " << found << " found their record, " << behind
                      << " behind a full page of other matches, " << wrong << " failed" << Qt::endl;
            checked += found + behind + wrong;
            crowded += behind;
            failed += wrong;
            return m;
        };
        out() << "# " << samples << " samples of each kind of keystroke, one query per keystroke; "
              << historyIds.size() << " vehicle histories" << Qt::endl;
        // One pass to warm the caches as a running reception screen would have them, then the measured pass.
        for (int pass = 0; pass < 2; ++pass) {
            QList<Measure> ms;
            const bool check = pass == 1; // what the measured pass returned
            ms << runSearch(QStringLiteral("search_plate_part"), platePart, check);
            ms << runSearch(QStringLiteral("search_vin_end"), vinEnd, check);
            ms << runSearch(QStringLiteral("search_phone_end"), phoneEnd, check);
            ms << runSearch(QStringLiteral("search_name_chinese"), name, check);
            ms << runSearch(QStringLiteral("search_pinyin_full"), pinyin, check);
            ms << runSearch(QStringLiteral("search_pinyin_initials"), initials, check);
            ms << runSearch(QStringLiteral("search_work_order"), workOrder, check);
            Measure history{QStringLiteral("history_open"), {}};
            dd::History h(db);
            const QDate today = QDate::currentDate();
            for (qint64 id : historyIds) {
                QElapsedTimer t;
                t.start();
                const dd::VehicleHistory vh = h.load(id, today);
                history.ms.push_back(double(t.nsecsElapsed()) / 1e6);
                if (pass == 1 && vh.vehicle.id != id)
                    failures << QStringLiteral("history_open: vehicle %1 opened vehicle %2").arg(id).arg(vh.vehicle.id);
            }
            ms << history;
            Measure all{QStringLiteral("search_all_keystrokes"), {}};
            for (const Measure &m : ms)
                if (m.name.startsWith(QLatin1String("search_")))
                    all.ms.insert(all.ms.end(), m.ms.begin(), m.ms.end());
            ms << all;
            if (pass == 1)
                for (const Measure &m : ms)
                    report(backend, m);
        }
        // The screen's thread while the dispatch board loads across a slow LAN: PostgreSQL behind a loopback
        // proxy that adds 20 ms to every round trip. The longest keystroke delay with the board read on the
        // screen's thread (as the pages did) and on a worker thread with its own connection (as they do now).
        if (!parsed.target.isSqlite()) {
            DelayProxy proxy(parsed.target.host.isEmpty() ? QStringLiteral("127.0.0.1") : parsed.target.host,
                             quint16(parsed.target.port), 10);
            dd::DbTarget slow = parsed.target;
            slow.host = QStringLiteral("127.0.0.1");
            slow.port = proxy.port();
            dd::Database far(slow);
            far.open();
            int rows = 0;
            const auto board = [&] { rows = int(dd::DispatchBoard(far).rows().size()); };
            QElapsedTimer t;
            t.start();
            board();
            const double once = double(t.nsecsElapsed()) / 1e6;
            const double onScreen = longestStall(board, false, 5);
            const double onWorker = longestStall(board, true, 5);
            out() << "# " << backend << ".board_refresh over a 20 ms round trip: " << rows << " rows, "
                  << QString::number(once, 'f', 1) << " ms" << Qt::endl;
            out() << backend << ".gui_stall_board_on_screen_thread max_ms=" << QString::number(onScreen, 'f', 2) << Qt::endl;
            out() << backend << ".gui_stall_board_on_worker max_ms=" << QString::number(onWorker, 'f', 2)
                  << " goal_ms=50" << Qt::endl;
        }
        // Start-up at dealership scale: opening the database with the quick damage check, as every start does.
        if (parsed.target.isSqlite()) {
            Measure open{QStringLiteral("startup_open_and_check"), {}};
            Measure check{QStringLiteral("startup_check"), {}};
            bool complete = true;
            int tables = 0, total = 0;
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer t;
                t.start();
                dd::Database fresh(parsed.target);
                const dd::Bootstrap::Result r = dd::Bootstrap::openAndMigrate(fresh, dd::Bootstrap::Create::Refused);
                open.ms.push_back(double(t.nsecsElapsed()) / 1e6);
                check.ms.push_back(double(r.checkMs));
                const dd::Database::CheckResult q = fresh.quickCheck(dd::Bootstrap::startCheckBudgetMs);
                complete = complete && q.complete;
                tables = q.tablesChecked;
                total = q.tablesTotal;
            }
            report(backend, open);
            report(backend, check);
            out() << "# " << backend << ".startup_check: " << tables << " of " << total << " tables checked within "
                  << dd::Bootstrap::startCheckBudgetMs << " ms" << (complete ? "" : " (the rest is left to the daily full check)")
                  << Qt::endl;
        }
        out() << "# checked " << checked << " searches: " << checked - crowded - failed << " found their record, "
              << crowded << " behind a full page of other matches, " << failed << " failed" << Qt::endl;
        if (checked == 0)
            failures << QStringLiteral("no search was checked: the database gave no samples");
        if (!failures.isEmpty()) {
            for (const QString &f : failures.mid(0, 20))
                std::fprintf(stderr, "dd_bench: FAILED %s\n", qPrintable(f));
            std::fprintf(stderr, "dd_bench: %d search(es) did not find what they were sampled from\n",
                         int(failures.size()));
            return 1;
        }
    } catch (const dd::StoreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
