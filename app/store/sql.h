#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "storeerror.h"

namespace dd {

// The one way SQL is run: prepared statements with bound parameters only. Failures become StoreError,
// with lost connections, locks and damaged files told apart.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(dd::Sql)
public:
    static QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});
    // Runs a query expected to return one row and one column; an empty result gives `fallback`.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {},
                           const QVariant &fallback = {});
    static StoreError toError(const QSqlError &error, const QString &context);
    static bool isConnectionError(const QSqlError &error);

    // Times are stored as UTC text with milliseconds: 2026-11-22T06:05:09.123Z
    static QString toDb(const QDateTime &utc);
    static QDateTime fromDb(const QVariant &value);
    static QVariant nullableText(const QString &text) { return text.isNull() ? QVariant() : QVariant(text); }
    // Drivers bind a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
    static QString text(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }
};

} // namespace dd
