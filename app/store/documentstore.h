#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

#include "commands.h"

namespace dd {

// A document handed out: one row per print run, with a snapshot of exactly what was printed.
struct IssuedDocument {
    qint64 id = 0;
    QString form;
    QString number;
    QString language;
    int copies = 1;
    QString output;       // "printer: NAME" or "pdf: FILE"
    qint64 reprintOf = 0; // the original this reprints; 0 for an original
    QString contentHash;  // of the snapshot, to tell a reprint from a changed document
    QByteArray snapshot;  // empty in lists
    QDateTime issuedAt;   // UTC
    QString issuedBy;
    QString station;
    QString signedBy;     // the customer who signed it on screen; empty for paper
};

// A customer's signature given on screen, stored with the issued document it signs.
struct DocumentSignature {
    qint64 id = 0;
    qint64 documentId = 0;
    QString role = QStringLiteral("customer");
    QString signer;
    QString device;       // pen, touch, mouse (SignatureCodes)
    QByteArray png;
    QString contentHash;  // of the document the customer saw
    QDateTime signedAt;   // UTC
    QString station;
    QString takenBy;      // the user at the station
};

class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::DocumentStore)
public:
    explicit DocumentStore(Database &db) : m_db(db) {}

    // Records one issue inside the caller's command (which prints), with its audit row.
    static qint64 record(CommandContext &ctx, const IssuedDocument &document);
    // Records the signature of a document just recorded, inside the same command, with its audit row.
    static qint64 recordSignature(CommandContext &ctx, const DocumentSignature &signature);
    QList<DocumentSignature> signatures(qint64 documentId);
    // The latest original of a form and number, with its snapshot.
    std::optional<IssuedDocument> latestOriginal(const QString &form, const QString &number);
    std::optional<IssuedDocument> byId(qint64 id);
    // Every issue of a form and number, newest first, without snapshots.
    QList<IssuedDocument> history(const QString &form, const QString &number);

private:
    Database &m_db;
};

} // namespace dd
