#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

#include "store/database.h"

namespace dd {

// Builds a dealership-scale database for benchmarks and load tests: customers (people and companies) with
// their phones, vehicles with valid VINs and unique plates, and years of delivered work orders with their
// lines, some declined or deferred. Every search key is filled exactly as the screens fill it.
//
// This is a bulk loader, not a business command: it writes multi-row INSERTs with bound parameters in large
// transactions, without audit rows, into a migrated database whose customer tables are still empty. Never
// point it at a dealership's real database.
class ScaleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(dd::ScaleGenerator)
public:
    struct Options {
        int customers = 200000;
        int vehicles = 300000;
        qint64 workOrders = 1500000;
        int years = 10;
        quint64 seed = 20261122;
        QDate today = QDate::currentDate();
    };
    struct Stats {
        int customers = 0;
        int phones = 0;
        int vehicles = 0;
        qint64 workOrders = 0;
        qint64 lines = 0;
        qint64 elapsedMs = 0;
    };
    // Progress: a short line now and then ("vehicles 120000/300000").
    using Progress = std::function<void(const QString &)>;

    explicit ScaleGenerator(Database &db) : m_db(db) {}
    // Throws StoreError: Validation when the database already holds customers, else what the database says.
    Stats run(const Options &options, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace dd
