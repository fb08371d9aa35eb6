#include "search.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include "core/identifiers.h"
#include "searchkeys.h"
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
QString likeEscaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}
QString ftsPhrase(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
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
    for (const auto &[customerId, matched] : customers) {
        QSqlQuery v = m_db.query(QStringLiteral("SELECT id FROM vehicles WHERE owner_id = ? ORDER BY id DESC LIMIT 5"),
                                 {customerId});
        bool any = false;
        while (v.next()) {
            out << Candidate{match, v.value(0).toLongLong(), customerId, matched};
            any = true;
        }
        if (!any)
            out << Candidate{match, 0, customerId, matched};
    }
}

QList<SearchHit> Search::find(const QString &text, int limit)
{
    const QString q = SearchKeys::normalizeQuery(text);
    QList<SearchHit> hits;
    if (q.isEmpty())
        return hits;
    const QString upper = Plate::normalize(q);
    const bool sqlite = m_db.isSqlite();
    QList<Candidate> found;
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
                        {QStringLiteral("plate : ") + ftsPhrase(upper)}, limit);
        else
            addVehicles(found, SearchHit::Match::Plate,
                        QStringLiteral("SELECT v.id, v.owner_id FROM vehicles v WHERE v.plate LIKE ? LIMIT ?"),
                        {QLatin1Char('%') + likeEscaped(upper) + QLatin1Char('%')}, limit);
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
                             {QStringLiteral("name : ") + ftsPhrase(text.simplified())}, limit);
            else
                addCustomers(found, SearchHit::Match::Name,
                             QStringLiteral("SELECT id FROM customers WHERE name LIKE ? LIMIT ?"),
                             {QLatin1Char('%') + likeEscaped(text.simplified()) + QLatin1Char('%')}, limit);
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

    // One line per vehicle (or per customer with none), in the order the branches found them.
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
        if (c.vehicleId) {
            QSqlQuery v = m_db.query(QStringLiteral("SELECT plate, vin, brand, series, model, owner_id FROM vehicles "
                                                   "WHERE id = ?"),
                                     {c.vehicleId});
            if (v.next()) {
                h.plate = v.value(0).toString();
                h.vin = v.value(1).toString();
                h.vehicleText = QStringList{v.value(2).toString(), v.value(3).toString(), v.value(4).toString()}
                                    .join(QLatin1Char(' '))
                                    .simplified();
                h.customerId = v.value(5).toLongLong();
            }
            QSqlQuery last = m_db.query(QStringLiteral("SELECT opened_at FROM work_orders WHERE vehicle_id = ? "
                                                      "ORDER BY opened_at DESC LIMIT 1"),
                                        {c.vehicleId});
            if (last.next())
                h.lastVisit = Sql::fromDb(last.value(0));
            QSqlQuery open = m_db.query(QStringLiteral("SELECT number, state FROM work_orders WHERE vehicle_id = ? AND "
                                                      "state NOT IN ('settled', 'delivered', 'cancelled') "
                                                      "ORDER BY opened_at DESC LIMIT 1"),
                                        {c.vehicleId});
            if (open.next()) {
                h.openWorkOrder = open.value(0).toString();
                h.openWorkOrderState = open.value(1).toString();
            }
        }
        if (h.customerId) {
            QSqlQuery cu = m_db.query(QStringLiteral("SELECT name FROM customers WHERE id = ?"), {h.customerId});
            if (cu.next())
                h.customerName = cu.value(0).toString();
            QSqlQuery ph = m_db.query(QStringLiteral("SELECT phone FROM customer_phones WHERE customer_id = ? "
                                                    "ORDER BY position LIMIT 1"),
                                      {h.customerId});
            if (ph.next())
                h.phone = ph.value(0).toString();
        }
        hits << h;
    }
    return hits;
}

} // namespace dd
