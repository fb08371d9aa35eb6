#include "search.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include "core/identifiers.h"
#include "searchkeys.h"
#include "core/workorder.h"
#include "sql.h"

namespace dd {

namespace {
bool isAsciiAlnum(const QString &s)
{
    for (QChar c : s)
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    return !s.isEmpty();
}
bool isDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
bool isLowerLetters(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return false;
    return !s.isEmpty();
}
// "?, ?, ?" for an IN list of bound values.
QString placeholders(int n)
{
    QString out;
    out.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}
} // namespace

QString Search::matchName(SearchHit::Match match)
{
    switch (match) {
    case SearchHit::Match::Plate: return tr("plate");
    case SearchHit::Match::Vin: return tr("VIN");
    case SearchHit::Match::Phone: return tr("phone");
    case SearchHit::Match::Name: return tr("name");
    case SearchHit::Match::Pinyin: return tr("pinyin");
    case SearchHit::Match::WorkOrder: return tr("work order");
    }
    return {};
}

QStringList Search::workOrderPrefixes()
{
    if (m_prefixes.isEmpty()) {
        const QString p = m_db.scalar(QStringLiteral("SELECT prefix_work_order FROM dealership WHERE id = 1")).toString();
        m_prefixes << (p.isEmpty() ? QStringLiteral("WO") : p);
    }
    return m_prefixes;
}

void Search::addVehicles(QList<Candidate> &out, SearchHit::Match match, const QString &sql, const QVariantList &params,
                         int limit)
{
    QSqlQuery q = m_db.query(sql, params + QVariantList{limit});
    while (q.next())
        out << Candidate{match, q.value(0).toLongLong(), q.value(1).toLongLong(),
                         q.record().count() > 2 ? q.value(2).toString() : QString()};
}

void Search::addCustomers(QList<Candidate> &out, SearchHit::Match match, const QString &sql,
                          const QVariantList &params, int limit)
{
    QSqlQuery q = m_db.query(sql, params + QVariantList{limit});
    QList<std::pair<qint64, QString>> customers;
    while (q.next())
        customers << std::pair{q.value(0).toLongLong(), q.record().count() > 1 ? q.value(1).toString() : QString()};
    if (customers.isEmpty())
        return;
    // Their vehicles in one lookup, the newest five of each.
    QVariantList ids;
    for (const auto &c : customers)
        ids << c.first;
    QHash<qint64, QList<qint64>> vehicles;
    QSqlQuery v = m_db.query(QStringLiteral("SELECT owner_id, id FROM vehicles WHERE owner_id IN (%1) ORDER BY id DESC")
                                 .arg(placeholders(int(ids.size()))),
                             ids);
    while (v.next()) {
        QList<qint64> &mine = vehicles[v.value(0).toLongLong()];
        if (mine.size() < 5)
            mine << v.value(1).toLongLong();
    }
    for (const auto &[customerId, matched] : customers) {
        const QList<qint64> mine = vehicles.value(customerId);
        for (qint64 vehicleId : mine)
            out << Candidate{match, vehicleId, customerId, matched};
        if (mine.isEmpty())
            out << Candidate{match, 0, customerId, matched};
    }
}

QList<SearchHit> Search::find(const QString &text, int limit)
{
    const QString q = SearchKeys::normalizeQuery(text);
    if (q.isEmpty())
        return {};
    QList<Candidate> found;
    findVehicles(found, Plate::normalize(q), limit);
    findCustomers(found, text, q, limit);
    QList<SearchHit> hits = onePerVehicle(found, limit);
    if (!hits.isEmpty())
        describe(hits);
    return hits;
}

// Work-order numbers, plates and VIN ends: what leads to a vehicle.
void Search::findVehicles(QList<Candidate> &found, const QString &upper, int limit)
{
    const bool sqlite = m_db.isSqlite();
    static const QString vehicleOwner = QStringLiteral("SELECT v.id, v.owner_id");

    // Work-order numbers: WO2026… by prefix; bare digits with the dealership's prefix in front.
    if (upper.size() >= 2 && isAsciiAlnum(upper) && (upper.at(0).isLetter() || (isDigits(upper) && upper.size() >= 6))) {
        QStringList starts;
        if (upper.at(0).isLetter())
            starts << upper;
        else
            for (const QString &p : workOrderPrefixes())
                starts << p + upper;
        for (const QString &s : starts)
            addVehicles(found, SearchHit::Match::WorkOrder,
                        QStringLiteral("SELECT vehicle_id, customer_id, number FROM work_orders "
                                       "WHERE number >= ? AND number < ? ORDER BY number DESC LIMIT ?"),
                        {s, SearchKeys::prefixEnd(s)}, limit);
    }
    // Plates: any part of at least 3 characters through the trigram index; shorter ones from the start.
    if (upper.size() >= 3) {
        if (sqlite)
            addVehicles(found, SearchHit::Match::Plate,
                        QStringLiteral("SELECT v.id, v.owner_id FROM vehicles_fts f JOIN vehicles v ON v.id = f.rowid "
                                       "WHERE vehicles_fts MATCH ? LIMIT ?"),
                        {QStringLiteral("plate : ") + SearchKeys::ftsPhrase(upper)}, limit);
        else
            addVehicles(found, SearchHit::Match::Plate,
                        QStringLiteral("SELECT v.id, v.owner_id FROM vehicles v WHERE v.plate LIKE ? LIMIT ?"),
                        {QLatin1Char('%') + SearchKeys::likeEscaped(upper) + QLatin1Char('%')}, limit);
    } else if (Plate::provinces().contains(upper.at(0))) {
        addVehicles(found, SearchHit::Match::Plate,
                    vehicleOwner + QStringLiteral(" FROM vehicles v WHERE v.plate >= ? AND v.plate < ? "
                                                  "ORDER BY v.plate LIMIT ?"),
                    {upper, SearchKeys::prefixEnd(upper)}, limit);
    }
    // The end of a VIN (6 or more characters).
    if (upper.size() >= 6 && upper.size() <= 17 && isAsciiAlnum(upper)) {
        const QString r = SearchKeys::reversed(upper);
        addVehicles(found, SearchHit::Match::Vin,
                    vehicleOwner + QStringLiteral(" FROM vehicles v WHERE v.vin_reversed >= ? AND v.vin_reversed < ? "
                                                  "LIMIT ?"),
                    {r, SearchKeys::prefixEnd(r)}, limit);
    }
}

// Phone numbers, names and pinyin: what leads to a customer (and their vehicles).
void Search::findCustomers(QList<Candidate> &found, const QString &text, const QString &q, int limit)
{
    const QString upper = Plate::normalize(q);
    const bool sqlite = m_db.isSqlite();
    // The end of a phone number (4 or more digits); a whole number in any spelling (+86 …).
    const Phone::Parsed phone = Phone::parse(text);
    if (phone.kind != Phone::Kind::Invalid) {
        addCustomers(found, SearchHit::Match::Phone,
                     QStringLiteral("SELECT customer_id, phone FROM customer_phones WHERE phone = ? LIMIT ?"),
                     {phone.number}, limit);
    } else if (isDigits(q) && q.size() >= 4) {
        const QString r = SearchKeys::reversed(q);
        addCustomers(found, SearchHit::Match::Phone,
                     QStringLiteral("SELECT customer_id, phone FROM customer_phones "
                                    "WHERE phone_reversed >= ? AND phone_reversed < ? LIMIT ?"),
                     {r, SearchKeys::prefixEnd(r)}, limit);
    }
    // Names: from the start, any part of 3 or more characters, pinyin in full or as initials.
    if (!isDigits(q)) {
        addCustomers(found, SearchHit::Match::Name,
                     QStringLiteral("SELECT id FROM customers WHERE name_key >= ? AND name_key < ? "
                                    "ORDER BY name_key LIMIT ?"),
                     {q, SearchKeys::prefixEnd(q)}, limit);
        if (q.size() >= 3 && !isAsciiAlnum(upper)) {
            if (sqlite)
                addCustomers(found, SearchHit::Match::Name,
                             QStringLiteral("SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?"),
                             {QStringLiteral("name : ") + SearchKeys::ftsPhrase(text.simplified())}, limit);
            else
                addCustomers(found, SearchHit::Match::Name,
                             QStringLiteral("SELECT id FROM customers WHERE name LIKE ? LIMIT ?"),
                             {QLatin1Char('%') + SearchKeys::likeEscaped(text.simplified()) + QLatin1Char('%')}, limit);
        }
    }
    if (isLowerLetters(q)) {
        addCustomers(found, SearchHit::Match::Pinyin,
                     QStringLiteral("SELECT id FROM customers WHERE name_initials >= ? AND name_initials < ? "
                                    "ORDER BY name_initials LIMIT ?"),
                     {q, SearchKeys::prefixEnd(q)}, limit);
        if (q.size() >= 2)
            addCustomers(found, SearchHit::Match::Pinyin,
                         QStringLiteral("SELECT id FROM customers WHERE name_pinyin >= ? AND name_pinyin < ? "
                                        "ORDER BY name_pinyin LIMIT ?"),
                         {q, SearchKeys::prefixEnd(q)}, limit);
    }
}

// One line per vehicle (or per customer with none), in the order the branches found them.
QList<SearchHit> Search::onePerVehicle(const QList<Candidate> &found, int limit)
{
    QList<SearchHit> hits;
    QSet<QString> seen;
    for (const Candidate &c : found) {
        if (hits.size() >= limit)
            break;
        const QString key = c.vehicleId ? QStringLiteral("v%1").arg(c.vehicleId) : QStringLiteral("c%1").arg(c.customerId);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        SearchHit h;
        h.match = c.match;
        h.vehicleId = c.vehicleId;
        h.customerId = c.customerId;
        h.matchedText = c.matched;
        hits << h;
    }
    return hits;
}

// What each line shows, a few set lookups for all lines together: the vehicle and its last visit, its open
// work order, the owner's name and first phone.
void Search::describe(QList<SearchHit> &hits)
{
    QVariantList vehicleIds;
    QHash<qint64, int> vehicleRow;
    for (int i = 0; i < hits.size(); ++i)
        if (hits.at(i).vehicleId) {
            vehicleIds << hits.at(i).vehicleId;
            vehicleRow.insert(hits.at(i).vehicleId, i);
        }
    if (!vehicleIds.isEmpty()) {
        const QString in = placeholders(int(vehicleIds.size()));
        QSqlQuery v = m_db.query(QStringLiteral("SELECT v.id, v.plate, v.vin, v.brand, v.series, v.model, v.owner_id, "
                                                "(SELECT MAX(w.opened_at) FROM work_orders w WHERE w.vehicle_id = v.id) "
                                                "FROM vehicles v WHERE v.id IN (%1)")
                                     .arg(in),
                                 vehicleIds);
        while (v.next()) {
            SearchHit &h = hits[vehicleRow.value(v.value(0).toLongLong())];
            h.plate = v.value(1).toString();
            h.vin = v.value(2).toString();
            h.vehicleText = QStringList{v.value(3).toString(), v.value(4).toString(), v.value(5).toString()}
                                .join(QLatin1Char(' '))
                                .simplified();
            h.customerId = v.value(6).toLongLong();
            h.lastVisit = Sql::fromDb(v.value(7));
        }
        QSqlQuery open = m_db.query(QStringLiteral("SELECT vehicle_id, number, state, opened_at FROM work_orders "
                                                   "WHERE vehicle_id IN (%1) AND state NOT IN %2 ORDER BY opened_at")
                                        .arg(in, WorkOrderCodes::sql(WorkOrderCodes::closed())),
                                    vehicleIds);
        while (open.next()) { // the newest open one wins
            SearchHit &h = hits[vehicleRow.value(open.value(0).toLongLong())];
            h.openWorkOrder = open.value(1).toString();
            h.openWorkOrderState = open.value(2).toString();
        }
    }
    QVariantList customerIds;
    QSet<qint64> customerSet;
    for (const SearchHit &h : hits)
        if (h.customerId && !customerSet.contains(h.customerId)) {
            customerSet.insert(h.customerId);
            customerIds << h.customerId;
        }
    if (!customerIds.isEmpty()) {
        QHash<qint64, std::pair<QString, QString>> people;
        QSqlQuery c = m_db.query(QStringLiteral("SELECT c.id, c.name, (SELECT p.phone FROM customer_phones p WHERE "
                                                "p.customer_id = c.id ORDER BY p.position LIMIT 1) "
                                                "FROM customers c WHERE c.id IN (%1)")
                                     .arg(placeholders(int(customerIds.size()))),
                                 customerIds);
        while (c.next())
            people.insert(c.value(0).toLongLong(), {c.value(1).toString(), c.value(2).toString()});
        for (SearchHit &h : hits) {
            const auto p = people.value(h.customerId);
            h.customerName = p.first;
            h.phone = p.second;
        }
    }
}

} // namespace dd
