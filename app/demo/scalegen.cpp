#include "scalegen.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <map>

#include "core/identifiers.h"
#include "demodata.h"
#include "store/searchkeys.h"
#include "store/sql.h"

namespace dd {

namespace {

// Multi-row INSERTs with bound parameters: one prepared statement carries many rows.
class BulkInsert
{
public:
    // `parent`: the table these rows refer to; its pending rows are written first.
    BulkInsert(QSqlDatabase db, const QString &table, const QStringList &columns, bool sqlite,
               BulkInsert *parent = nullptr)
        : m_db(std::move(db)), m_table(table), m_columns(columns), m_parent(parent)
    {
        // Rows per statement: a power of two, so that any remainder is written with the cached statements of
        // smaller powers of two. SQLite looks placeholders up linearly while preparing: keep its statements small.
        const int maxRows = std::max(1, (sqlite ? 1000 : 8000) / int(columns.size()));
        m_batch = 1;
        while (m_batch * 2 <= maxRows)
            m_batch *= 2;
        m_values.reserve(m_batch * columns.size());
    }
    ~BulkInsert() = default;

    void add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(int(row.size()) == m_columns.size());
        for (const QVariant &v : row)
            m_values.append(v);
        if (++m_rows == m_batch)
            flush();
    }
    void flush()
    {
        if (m_parent)
            m_parent->flush();
        int done = 0; // rows written so far
        for (int size = m_batch; size >= 1; size /= 2) {
            while (m_rows - done >= size) {
                auto &q = m_statements[size];
                if (!q) {
                    q = std::make_unique<QSqlQuery>(m_db);
                    prepare(*q, size);
                }
                const int first = done * int(m_columns.size());
                for (int i = 0; i < size * m_columns.size(); ++i)
                    q->bindValue(i, m_values.at(first + i));
                if (!q->exec())
                    throw Sql::toError(q->lastError(), QStringLiteral("INSERT INTO ") + m_table);
                done += size;
            }
        }
        m_values.clear();
        m_rows = 0;
    }

private:
    void prepare(QSqlQuery &q, int rows)
    {
        QString one = QStringLiteral("(?");
        for (int c = 1; c < m_columns.size(); ++c)
            one += QStringLiteral(", ?");
        one += QLatin1Char(')');
        QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + m_columns.join(QStringLiteral(", "))
            + QStringLiteral(") VALUES ");
        sql.reserve(sql.size() + rows * (one.size() + 2));
        for (int r = 0; r < rows; ++r) {
            if (r)
                sql += QStringLiteral(", ");
            sql += one;
        }
        if (!q.prepare(sql))
            throw Sql::toError(q.lastError(), QStringLiteral("INSERT INTO ") + m_table);
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_batch = 1;
    int m_rows = 0;
    QVariantList m_values;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements; // by rows per statement
    BulkInsert *m_parent = nullptr;
};

// UTC seconds since the epoch as stored text (Sql::toDb's format), without a QDateTime per value.
QString stamp(qint64 secs)
{
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const int rest = int(secs - days * 86400);
    const QDate d = QDate(1970, 1, 1).addDays(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", d.year(), d.month(), d.day(), rest / 3600,
                  rest / 60 % 60, rest % 60);
    return QString::fromLatin1(buf);
}

} // namespace

ScaleGenerator::Stats ScaleGenerator::run(const Options &o, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const auto say = [&](const QString &s) {
        if (progress)
            progress(s);
    };
    Stats stats;
    const bool sqlite = m_db.isSqlite();
    QSqlDatabase db = m_db.connection();
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"), {}, 0).toLongLong() > 0)
        throw StoreError(StoreError::Kind::Validation,
                         tr("This database already holds customers; the scale generator only fills an empty one."));
    const QString prefix = [&] {
        const QString p = m_db.scalar(QStringLiteral("SELECT prefix_work_order FROM dealership WHERE id = 1")).toString();
        return p.isEmpty() ? QStringLiteral("WO") : p;
    }();

    // Bulk loading: no fsync per commit, a large page cache. Restored at the end.
    const auto raw = [&](const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw Sql::toError(q.lastError(), sql);
    };
    if (sqlite) {
        raw(QStringLiteral("PRAGMA synchronous = OFF"));
        raw(QStringLiteral("PRAGMA cache_size = -400000"));
    } else {
        raw(QStringLiteral("SET synchronous_commit = off"));
    }
    const auto begin = [&] {
        if (!db.transaction())
            throw Sql::toError(db.lastError(), QStringLiteral("BEGIN"));
    };
    const auto commit = [&] {
        if (!db.commit())
            throw Sql::toError(db.lastError(), QStringLiteral("COMMIT"));
    };

    DemoData::Rng rng(o.seed);
    const QString by = QStringLiteral("scale-generator");
    const QString station = Database::stationName();
    const qint64 todaySecs = QDateTime(o.today, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 spanDays = qint64(o.years) * 365;
    QStringList advisors;
    for (int i = 0; i < 8; ++i)
        advisors << DemoData::personName(rng);

    try {
        // Customers and their phones. Keys are computed once per distinct name.
        begin();
        {
            BulkInsert customers(db, QStringLiteral("customers"),
                                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                                  QStringLiteral("name_key"), QStringLiteral("name_pinyin"),
                                  QStringLiteral("name_initials"), QStringLiteral("followup_consent"),
                                  QStringLiteral("followup_consent_at"), QStringLiteral("marketing_consent"),
                                  QStringLiteral("marketing_consent_at"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                  QStringLiteral("updated_station")},
                                 sqlite);
            BulkInsert phones(db, QStringLiteral("customer_phones"),
                              {QStringLiteral("customer_id"), QStringLiteral("position"), QStringLiteral("phone"),
                               QStringLiteral("phone_reversed"), QStringLiteral("kind"), QStringLiteral("label")},
                              sqlite, &customers);
            struct Keys {
                QString key, pinyin, initials;
            };
            QHash<QString, Keys> keys;
            QSet<QString> mobiles;
            const QVariant nullText = QVariant(QMetaType(QMetaType::QString));
            for (int i = 1; i <= o.customers; ++i) {
                const bool company = i % 20 == 0;
                const QString name = company ? DemoData::companyName(rng) : DemoData::personName(rng);
                auto k = keys.find(name);
                if (k == keys.end())
                    k = keys.insert(name, Keys{SearchKeys::nameKey(name), SearchKeys::pinyin(name),
                                               SearchKeys::initials(name)});
                const QString created = stamp(todaySecs - qint64(DemoData::pick(rng, 0, int(spanDays))) * 86400
                                              + DemoData::pick(rng, 8 * 3600, 17 * 3600));
                const bool followUp = i % 3 != 0;
                const bool marketing = i % 4 == 0;
                customers.add({i, company ? QStringLiteral("company") : QStringLiteral("person"), name, k->key,
                               k->pinyin, k->initials, followUp ? 1 : 0, followUp ? QVariant(created) : nullText,
                               marketing ? 1 : 0, marketing ? QVariant(created) : nullText, created, created, by,
                               station});
                QString m = DemoData::mobile(rng);
                while (mobiles.contains(m))
                    m = DemoData::mobile(rng);
                mobiles.insert(m);
                phones.add({i, 0, m, SearchKeys::reversed(m), QStringLiteral("mobile"), QStringLiteral("")});
                ++stats.phones;
                if (company || i % 10 == 0) {
                    const QString land = QStringLiteral("0215%1").arg(DemoData::pick(rng, 1000000, 9999999));
                    phones.add({i, 1, land, SearchKeys::reversed(land), QStringLiteral("landline"),
                                company ? QStringLiteral("前台") : QStringLiteral("家")});
                    ++stats.phones;
                }
                ++stats.customers;
                if (i % 50000 == 0)
                    say(QStringLiteral("customers %1/%2").arg(i).arg(o.customers));
            }
            phones.flush();
        }
        commit();

        // Vehicles, each with its work orders in the order they happened.
        begin();
        BulkInsert vehicles(db, QStringLiteral("vehicles"),
                            {QStringLiteral("id"), QStringLiteral("vin"), QStringLiteral("vin_reversed"),
                             QStringLiteral("vin_warning"), QStringLiteral("plate"), QStringLiteral("brand"),
                             QStringLiteral("series"), QStringLiteral("model"), QStringLiteral("model_year"),
                             QStringLiteral("color"), QStringLiteral("first_registration"),
                             QStringLiteral("mileage_km"), QStringLiteral("mileage_at"), QStringLiteral("owner_id"),
                             QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                             QStringLiteral("updated_station")},
                            sqlite);
        BulkInsert orders(db, QStringLiteral("work_orders"),
                          {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("vehicle_id"),
                           QStringLiteral("customer_id"), QStringLiteral("state"), QStringLiteral("wo_type"),
                           QStringLiteral("advisor_name"), QStringLiteral("opened_at"), QStringLiteral("closed_at"),
                           QStringLiteral("mileage_km"), QStringLiteral("total_fen"), QStringLiteral("created_at"),
                           QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                           QStringLiteral("updated_station")},
                          sqlite, &vehicles);
        BulkInsert lines(db, QStringLiteral("work_order_lines"),
                         {QStringLiteral("work_order_id"), QStringLiteral("position"), QStringLiteral("kind"),
                          QStringLiteral("description"), QStringLiteral("unit_price_fen"), QStringLiteral("amount_fen"),
                          QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("due_date")},
                         sqlite, &orders);
        QSet<QString> vins, plates;
        vins.reserve(o.vehicles);
        plates.reserve(o.vehicles);
        QHash<qint64, int> seqPerDay; // work-order numbers: prefix + day + a counter per day
        const QVariant nullText = QVariant(QMetaType(QMetaType::QString));
        qint64 woId = 0;
        qint64 sinceCommit = 0;
        const int companies = std::max(1, o.customers / 20);
        for (int i = 1; i <= o.vehicles; ++i) {
            // The first vehicles go one to each customer; the rest mostly to companies' fleets.
            int owner = i <= o.customers ? i : 0;
            if (!owner)
                owner = DemoData::pick(rng, 0, 1) ? DemoData::pick(rng, 1, companies) * 20 : DemoData::pick(rng, 1, o.customers);
            owner = std::min(owner, o.customers);
            const DemoData::Model &m = DemoData::model(rng);
            const int year = o.today.year() - DemoData::pick(rng, 0, o.years);
            QString vin = DemoData::vin(rng, m, year);
            while (vins.contains(vin))
                vin = DemoData::vin(rng, m, year);
            vins.insert(vin);
            QString plate = DemoData::plate(rng, m);
            while (plates.contains(plate))
                plate = DemoData::plate(rng, m);
            plates.insert(plate);
            const QString warning = m.european ? Vin::validate(vin).warnings.value(0) : QString();
            // Its history: first registration somewhere in the span, then a visit every few months.
            const qint64 regDay = std::clamp<qint64>(qint64(year - o.today.year()) * 365 + DemoData::pick(rng, 0, 300),
                                                     -spanDays, -30);
            // About workOrders / vehicles visits each, tracking the total so that it comes out exact.
            const qint64 left = o.workOrders - stats.workOrders;
            const qint64 vehiclesLeft = o.vehicles - i + 1;
            qint64 want = vehiclesLeft == 1 ? left
                                            : std::max<qint64>(1, (left + vehiclesLeft / 2) / vehiclesLeft
                                                                      + DemoData::pick(rng, -3, 3));
            want = std::clamp<qint64>(want, 0, left);
            struct Visit {
                qint64 opened;
                int km;
            };
            std::vector<qint64> days;
            for (qint64 k = 0; k < want; ++k)
                days.push_back(DemoData::pick(rng, int(regDay), -1));
            std::sort(days.begin(), days.end());
            std::vector<Visit> visits;
            const int kmPerDay = DemoData::pick(rng, 15, 60);
            int km = 0;
            for (size_t k = 0; k < days.size(); ++k) {
                // Opened between 08:00 and 16:00 China time.
                const qint64 opened = todaySecs + days[k] * 86400 + DemoData::pick(rng, 0, 8 * 3600);
                km = std::max(km + 100, int((days[k] - regDay) * kmPerDay) + DemoData::pick(rng, 0, 500));
                visits.push_back({opened, km});
            }
            const bool openOrder = !visits.empty() && i % 250 == 0;
            if (openOrder) // still in the workshop: opened a day or two ago
                visits.back().opened = todaySecs - DemoData::pick(rng, 10, 40) * 3600;
            const QString created = stamp(todaySecs + regDay * 86400 + 2 * 3600);
            const QString seen = visits.empty() ? created : stamp(visits.back().opened);
            vehicles.add({i, vin, SearchKeys::reversed(vin), Sql::text(warning), plate, QString::fromUtf8(m.brand),
                          QString::fromUtf8(m.series), QString::fromUtf8(m.model), year, DemoData::color(rng),
                          QDate(1970, 1, 1).addDays(todaySecs / 86400 + regDay).toString(Qt::ISODate),
                          visits.empty() ? QVariant() : QVariant(visits.back().km),
                          visits.empty() ? nullText : QVariant(seen), owner, created, seen, by, station});
            for (size_t k = 0; k < visits.size(); ++k) {
                const qint64 opened = visits[k].opened;
                const bool open = openOrder && k == visits.size() - 1;
                const QDate localDay = QDate(1970, 1, 1).addDays((opened + 8 * 3600) / 86400);
                const QString number = DemoData::workOrderNumber(prefix, localDay, ++seqPerDay[localDay.toJulianDay()]);
                const bool maintenance = DemoData::pick(rng, 0, 2) > 0;
                ++woId;
                const int count = DemoData::pick(rng, 1, 4);
                const DemoData::Job *jobs[4];
                qint64 total = 0;
                const bool turnedDown = !open && count > 1 && woId % 12 == 0;
                const int first = DemoData::pick(rng, 0, 7);
                for (int l = 0; l < count; ++l) {
                    const int index = (first + 3 * l) % 8; // different jobs on one work order
                    jobs[l] = &DemoData::job(maintenance, index);
                    if (!(turnedDown && l == count - 1))
                        total += jobs[l]->amountFen;
                }
                const QString openedText = stamp(opened);
                orders.add({woId, number, i, owner, open ? QStringLiteral("draft") : QStringLiteral("delivered"),
                            maintenance ? QStringLiteral("maintenance") : QStringLiteral("repair"),
                            advisors.at(DemoData::pick(rng, 0, int(advisors.size()) - 1)), openedText,
                            open ? nullText : QVariant(stamp(opened + 4 * 3600)), visits[k].km, total, openedText,
                            openedText, by, station});
                ++stats.workOrders;
                ++sinceCommit;
                for (int l = 0; l < count; ++l) {
                    const bool down = turnedDown && l == count - 1;
                    const bool declined = down && woId % 24 == 0;
                    lines.add({woId, l + 1, QString::fromUtf8(jobs[l]->kind), QString::fromUtf8(jobs[l]->text),
                               jobs[l]->amountFen, jobs[l]->amountFen,
                               down ? (declined ? QStringLiteral("declined") : QStringLiteral("deferred"))
                                    : QStringLiteral("approved"),
                               down ? (declined ? QStringLiteral("客户认为暂时不需要") : QStringLiteral("客户要求下次保养时再做"))
                                    : QStringLiteral(""),
                               down ? QVariant(localDay.addMonths(3).toString(Qt::ISODate)) : nullText});
                    ++stats.lines;
                }
            }
            ++stats.vehicles;
            if (sinceCommit >= 200000) {
                lines.flush(); // and the work orders and vehicles they refer to
                commit();
                begin();
                sinceCommit = 0;
                say(QStringLiteral("vehicles %1/%2, work orders %3").arg(i).arg(o.vehicles).arg(stats.workOrders));
            }
        }
        lines.flush();
        commit();
    } catch (...) {
        db.rollback();
        throw;
    }

    if (sqlite) {
        raw(QStringLiteral("PRAGMA synchronous = FULL"));
        raw(QStringLiteral("PRAGMA cache_size = -2000"));
    } else {
        // Identity columns continue after the generated ids; fresh statistics for the planner.
        for (const QString &t : {QStringLiteral("customers"), QStringLiteral("vehicles"), QStringLiteral("work_orders")})
            m_db.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                       "(SELECT COALESCE(MAX(id), 1) FROM %1))")
                            .arg(t));
        raw(QStringLiteral("SET synchronous_commit = on"));
        raw(QStringLiteral("VACUUM ANALYZE")); // merges the trigram indexes' pending lists, as autovacuum would
    }
    stats.elapsedMs = timer.elapsed();
    return stats;
}

} // namespace dd
