#include "documentstore.h"

#include <QJsonObject>
#include <QSqlQuery>

#include "sql.h"

namespace dd {

namespace {
const QString kColumns = QStringLiteral(
    "id, form, number, language, copies, output, reprint_of, content_hash, issued_at, issued_by, station");

IssuedDocument fromRow(const QSqlQuery &q)
{
    IssuedDocument d;
    d.id = q.value(0).toLongLong();
    d.form = q.value(1).toString();
    d.number = q.value(2).toString();
    d.language = q.value(3).toString();
    d.copies = q.value(4).toInt();
    d.output = q.value(5).toString();
    d.reprintOf = q.value(6).toLongLong();
    d.contentHash = q.value(7).toString();
    d.issuedAt = Sql::fromDb(q.value(8));
    d.issuedBy = q.value(9).toString();
    d.station = q.value(10).toString();
    return d;
}
} // namespace

qint64 DocumentStore::record(CommandContext &ctx, const IssuedDocument &d)
{
    QSqlQuery q = ctx.exec(
        QStringLiteral("INSERT INTO issued_documents (form, number, language, copies, output, reprint_of, content_hash, "
                       "snapshot, issued_at, issued_by, station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {d.form, d.number, d.language, d.copies, Sql::text(d.output),
         d.reprintOf ? QVariant(d.reprintOf) : QVariant(QMetaType(QMetaType::LongLong)), d.contentHash, d.snapshot,
         ctx.nowDb(), ctx.session().displayName, ctx.session().station});
    if (!q.next())
        throw StoreError(StoreError::Kind::Failure, tr("The database did not return the new record's number."));
    const qint64 id = q.value(0).toLongLong();
    QJsonObject values{{QStringLiteral("form"), d.form},
                       {QStringLiteral("number"), d.number},
                       {QStringLiteral("language"), d.language},
                       {QStringLiteral("copies"), d.copies},
                       {QStringLiteral("output"), d.output}};
    if (d.reprintOf)
        values.insert(QStringLiteral("reprint_of"), d.reprintOf);
    ctx.audit(QStringLiteral("issued_documents"), id, CommandContext::Action::Insert, {}, values);
    return id;
}

std::optional<IssuedDocument> DocumentStore::latestOriginal(const QString &form, const QString &number)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, snapshot FROM issued_documents WHERE form = ? AND number = ? AND "
                                            "reprint_of IS NULL ORDER BY id DESC LIMIT 1")
                                 .arg(kColumns),
                             {form, number});
    if (!q.next())
        return std::nullopt;
    IssuedDocument d = fromRow(q);
    d.snapshot = q.value(11).toByteArray();
    return d;
}

std::optional<IssuedDocument> DocumentStore::byId(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1, snapshot FROM issued_documents WHERE id = ?").arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    IssuedDocument d = fromRow(q);
    d.snapshot = q.value(11).toByteArray();
    return d;
}

QList<IssuedDocument> DocumentStore::history(const QString &form, const QString &number)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1, (SELECT MIN(s.signer_name) FROM document_signatures s WHERE s.document_id = "
                       "issued_documents.id) FROM issued_documents WHERE form = ? AND number = ? ORDER BY id DESC")
            .arg(kColumns),
        {form, number});
    QList<IssuedDocument> out;
    while (q.next()) {
        out << fromRow(q);
        out.last().signedBy = q.value(11).toString();
    }
    return out;
}

qint64 DocumentStore::recordSignature(CommandContext &ctx, const DocumentSignature &s)
{
    QSqlQuery q = ctx.exec(
        QStringLiteral("INSERT INTO document_signatures (document_id, role, signer_name, device, image, content_hash, "
                       "signed_at, station, taken_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {s.documentId, s.role, Sql::text(s.signer), s.device, s.png, s.contentHash, ctx.nowDb(),
         ctx.session().station, ctx.session().displayName});
    if (!q.next())
        throw StoreError(StoreError::Kind::Failure, tr("The database did not return the new record's number."));
    const qint64 id = q.value(0).toLongLong();
    ctx.audit(QStringLiteral("document_signatures"), id, CommandContext::Action::Insert, {},
              QJsonObject{{QStringLiteral("document_id"), s.documentId},
                          {QStringLiteral("role"), s.role},
                          {QStringLiteral("signer_name"), s.signer},
                          {QStringLiteral("device"), s.device},
                          {QStringLiteral("content_hash"), s.contentHash}});
    return id;
}

QList<DocumentSignature> DocumentStore::signatures(qint64 documentId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, document_id, role, signer_name, device, image, content_hash, "
                                            "signed_at, station, taken_by FROM document_signatures WHERE document_id = ? "
                                            "ORDER BY id"),
                             {documentId});
    QList<DocumentSignature> out;
    while (q.next()) {
        DocumentSignature s;
        s.id = q.value(0).toLongLong();
        s.documentId = q.value(1).toLongLong();
        s.role = q.value(2).toString();
        s.signer = q.value(3).toString();
        s.device = q.value(4).toString();
        s.png = q.value(5).toByteArray();
        s.contentHash = q.value(6).toString();
        s.signedAt = Sql::fromDb(q.value(7));
        s.station = q.value(8).toString();
        s.takenBy = q.value(9).toString();
        out << s;
    }
    return out;
}

} // namespace dd
