#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "database.h"

namespace dd {

// One line in the search results: a vehicle with its owner, or a customer with no vehicle on file.
struct SearchHit {
    enum class Match { Plate, Vin, Phone, Name, Pinyin, WorkOrder };
    Match match = Match::Plate;
    qint64 vehicleId = 0;
    qint64 customerId = 0;
    QString plate;
    QString vin;
    QString vehicleText;  // brand series model
    QString customerName;
    QString phone;        // the first number, in full (the screen masks it)
    QDateTime lastVisit;  // null when never seen
    QString openWorkOrder;
    QString openWorkOrderState;
    QString matchedText;  // what matched, e.g. the work-order number or the phone
};

// The one search box at the counter. Every branch is an index lookup: a prefix range on a stored key
// (reversed VIN and phone for their ends, pinyin and initials, names, work-order numbers) or the trigram
// index on plates and names (FTS5 on SQLite, pg_trgm on PostgreSQL). Runs on the calling thread's connection.
class Search
{
    Q_DECLARE_TR_FUNCTIONS(dd::Search)
public:
    explicit Search(Database &db) : m_db(db) {}

    QList<SearchHit> find(const QString &text, int limit = 20);
    static QString matchName(SearchHit::Match match);

private:
    struct Candidate {
        SearchHit::Match match;
        qint64 vehicleId;
        qint64 customerId;
        QString matched;
    };
    void findVehicles(QList<Candidate> &found, const QString &upper, int limit);
    void findCustomers(QList<Candidate> &found, const QString &text, const QString &q, int limit);
    static QList<SearchHit> onePerVehicle(const QList<Candidate> &found, int limit);
    void describe(QList<SearchHit> &hits);
    void addVehicles(QList<Candidate> &out, SearchHit::Match match, const QString &sql, const QVariantList &params,
                     int limit);
    void addCustomers(QList<Candidate> &out, SearchHit::Match match, const QString &sql, const QVariantList &params,
                      int limit);
    QStringList workOrderPrefixes();

    Database &m_db;
    QStringList m_prefixes;
};

} // namespace dd
