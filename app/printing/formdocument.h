#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QPageSize>
#include <QString>

#include "core/forms.h"

namespace dd {

// Which form a builder fills, and how: the forms registry (documents/formregistry.h) names it.
struct FormIdentity {
    QString form;         // its code: intake, appointment, ...
    QString title;        // in the language printed
    QString templateName; // resources/print/<templateName>.html
    QString language;     // zh_CN, zh_TW, en
};

// One copy of a form printed in several (正联 for the customer, 副联 for the shop …): its own body, starting
// on a new page.
struct FormPart {
    QString label; // e.g. 正联（托修方留存）; printed by the builder inside the body
    QString html;
    bool operator==(const FormPart &) const = default;
};

// A signature given on screen for this document (a signature pad, a touchscreen, the mouse): painted where
// the form has <a name="sign-ROLE"></a> (the signature line), with its time where it has
// <a name="signed-ROLE"></a> (the date line). Not part of the content hash: a signed document has the hash of
// the document the customer saw.
struct FormSignature {
    QString role;        // customer
    QString signer;      // the name given when signing
    QByteArray png;      // the ink, dark on transparent
    QDateTime signedAt;  // UTC
    QString station;
    QString device;      // pen, touch, mouse
    bool operator==(const FormSignature &) const = default;
};

// One form, filled and ready to paint: the body HTML (every value escaped), the images it refers to, the
// page header's data and the barcode. This is also the snapshot stored with each issued document, so a
// reprint paints exactly what was printed the first time.
struct FormDocument {
    QString form;     // intake, appointment, ...
    QString number;   // the document's number, also the barcode's content
    QString language; // zh_CN, zh_TW, en
    QString title;
    QString html;             // the body, or the first copy's when there are parts
    QList<FormPart> parts;    // when not empty: the copies printed one after the other (html unused)
    QMap<QString, QByteArray> images; // resource name (as in <img src>) -> PNG
    FormHeader header;
    QList<FormSignature> signatures; // given on screen; printed in their places
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    int sourceVersion = 0; // the version of the record it was built from (not part of the snapshot)

    QByteArray serialize() const; // compressed JSON
    static FormDocument deserialize(const QByteArray &data);
    // SHA-256 over the content, signatures left out: equal hashes mean the same paper.
    QString contentHash() const;
    // The bodies to lay out, one per copy: parts' html, or html alone.
    QStringList bodies() const;
    // The bodies with the signatures in their places (the images are "signature-ROLE" resources).
    QStringList signedBodies(const QString &signedOnScreenText) const;
    const FormSignature *signature(const QString &role) const;
};

} // namespace dd
