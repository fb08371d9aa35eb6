#include "sequences.h"

#include <QSqlQuery>

#include "dealershipstore.h"

namespace dd {

QString DocumentSequences::next(CommandContext &ctx, DocumentKind kind)
{
    const QDate businessDate = ctx.now().toLocalTime().date();
    const QString period = DocumentNumbers::period(businessDate);
    // One atomic statement on both databases: the row is locked until the command commits.
    QSqlQuery q = ctx.exec(QStringLiteral("INSERT INTO document_sequences (kind, period, last_value) VALUES (?, ?, 1) "
                                          "ON CONFLICT (kind, period) DO UPDATE SET last_value = "
                                          "document_sequences.last_value + 1 RETURNING last_value"),
                           {DocumentNumbers::code(kind), period});
    q.next();
    const qint64 value = q.value(0).toLongLong();
    q.finish();
    const QString prefix = ctx.scalar(QStringLiteral("SELECT %1 FROM dealership WHERE id = 1")
                                          .arg(DealershipStore::prefixColumn(kind)),
                                      {}, DocumentNumbers::defaultPrefix(kind))
                               .toString();
    return DocumentNumbers::format(prefix, businessDate, value);
}

} // namespace dd
