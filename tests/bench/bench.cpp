// DealerDesk's benchmark: search keystrokes and vehicle-history opens at dealership scale.
//
//   dd_bench --db FILE|postgresql://… [--generate] [--customers N] [--vehicles N] [--work-orders N]
//            [--samples N] [--seed N] [--fresh]
//
// --fresh deletes an SQLite file first (for a clean run).
// With --generate, an empty database is first filled by the scale generator (the time it took is printed).
// Then each kind of search keystroke is replayed the way an advisor types it, one query per keystroke, through
// the same Search::find the reception screen runs, and vehicle histories are opened through History::load.
// One line per measure, `NAME median_ms=X p95_ms=Y`; everything else is a comment line starting with '#'.
// Not a test: it never fails on a slow figure.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <random>

#include "store/database.h"
#include "store/history.h"
#include "store/migrator.h"
#include "store/scalegen.h"
#include "store/search.h"

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
                             "[--vehicles N] [--work-orders N] [--samples N] [--seed N] [--fresh]\n");
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
        QList<QStringList> platePart, vinEnd, phoneEnd, name, pinyin, initials, workOrder;
        QList<qint64> historyIds;
        for (int i = 0; i < samples; ++i) {
            QSqlQuery v = db.query(QStringLiteral("SELECT plate, vin, id FROM vehicles WHERE id >= ? ORDER BY id LIMIT 1"),
                                   {anyVehicle()});
            if (v.next()) {
                const QString plate = v.value(0).toString();
                if (plate.size() >= 6)
                    platePart << keystrokes(plate.mid(plate.size() - 4)); // '2345' finds 沪A12345
                vinEnd << keystrokes(v.value(1).toString().right(8));
                historyIds << v.value(2).toLongLong();
            }
            QSqlQuery c = db.query(QStringLiteral("SELECT c.name, c.name_pinyin, c.name_initials, p.phone FROM customers c "
                                                  "JOIN customer_phones p ON p.customer_id = c.id "
                                                  "WHERE c.id >= ? AND c.kind = 'person' ORDER BY c.id LIMIT 1"),
                                   {anyCustomer()});
            if (c.next()) {
                name << keystrokes(c.value(0).toString());
                pinyin << keystrokes(c.value(1).toString());
                initials << keystrokes(c.value(2).toString());
                phoneEnd << keystrokes(c.value(3).toString().right(4));
            }
            QSqlQuery w = db.query(QStringLiteral("SELECT number FROM work_orders WHERE id >= ? ORDER BY id LIMIT 1"),
                                   {std::uniform_int_distribution<qint64>(1, vehicles * 5)(rng)});
            if (w.next())
                workOrder << keystrokes(w.value(0).toString());
        }

        dd::Search search(db);
        const auto runSearch = [&](const QString &measure, const QList<QStringList> &typed) {
            Measure m{measure, {}};
            for (const QStringList &word : typed) {
                for (const QString &text : word) {
                    QElapsedTimer t;
                    t.start();
                    const QList<dd::SearchHit> hits = search.find(text, 30);
                    m.ms.push_back(double(t.nsecsElapsed()) / 1e6);
                    Q_UNUSED(hits);
                }
            }
            return m;
        };
        out() << "# " << samples << " samples of each kind of keystroke, one query per keystroke; "
              << historyIds.size() << " vehicle histories" << Qt::endl;
        // One pass to warm the caches as a running reception screen would have them, then the measured pass.
        for (int pass = 0; pass < 2; ++pass) {
            QList<Measure> ms;
            ms << runSearch(QStringLiteral("search_plate_part"), platePart);
            ms << runSearch(QStringLiteral("search_vin_end"), vinEnd);
            ms << runSearch(QStringLiteral("search_phone_end"), phoneEnd);
            ms << runSearch(QStringLiteral("search_name_chinese"), name);
            ms << runSearch(QStringLiteral("search_pinyin_full"), pinyin);
            ms << runSearch(QStringLiteral("search_pinyin_initials"), initials);
            ms << runSearch(QStringLiteral("search_work_order"), workOrder);
            Measure history{QStringLiteral("history_open"), {}};
            dd::History h(db);
            const QDate today = QDate::currentDate();
            for (qint64 id : historyIds) {
                QElapsedTimer t;
                t.start();
                const dd::VehicleHistory vh = h.load(id, today);
                history.ms.push_back(double(t.nsecsElapsed()) / 1e6);
                Q_UNUSED(vh);
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
    } catch (const dd::StoreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
