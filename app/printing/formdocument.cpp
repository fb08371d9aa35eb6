#include "formdocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace dd {

namespace {
QJsonObject toJson(const FormDocument &d, bool withSignatures)
{
    QJsonObject images;
    for (auto it = d.images.cbegin(); it != d.images.cend(); ++it)
        images.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QJsonArray parts;
    for (const FormPart &part : d.parts)
        parts.append(QJsonObject{{QStringLiteral("label"), part.label}, {QStringLiteral("html"), part.html}});
    QJsonObject o{{QStringLiteral("format"), 1},
                       {QStringLiteral("form"), d.form},
                       {QStringLiteral("number"), d.number},
                       {QStringLiteral("language"), d.language},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("html"), d.html},
                       {QStringLiteral("images"), images},
                       {QStringLiteral("page_size"), QPageSize::key(d.pageSize)},
                       {QStringLiteral("header"),
                        QJsonObject{{QStringLiteral("name"), d.header.dealershipName},
                                    {QStringLiteral("address"), d.header.address},
                                    {QStringLiteral("phone"), d.header.phone},
                                    {QStringLiteral("logo"), QString::fromLatin1(d.header.logoPng.toBase64())}}}};
    if (!parts.isEmpty()) // documents of one part hash as they always did: their reprints stay reprints
        o.insert(QStringLiteral("parts"), parts);
    if (withSignatures && !d.signatures.isEmpty()) {
        QJsonArray signatures;
        for (const FormSignature &s : d.signatures)
            signatures.append(QJsonObject{{QStringLiteral("role"), s.role},
                                          {QStringLiteral("signer"), s.signer},
                                          {QStringLiteral("png"), QString::fromLatin1(s.png.toBase64())},
                                          {QStringLiteral("signed_at"), s.signedAt.toUTC().toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("station"), s.station},
                                          {QStringLiteral("device"), s.device}});
        o.insert(QStringLiteral("signatures"), signatures);
    }
    return o;
}
} // namespace

QByteArray FormDocument::serialize() const
{
    return qCompress(QJsonDocument(toJson(*this, true)).toJson(QJsonDocument::Compact), 9);
}

FormDocument FormDocument::deserialize(const QByteArray &data)
{
    const QByteArray json = qUncompress(data);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (json.isEmpty() || error.error != QJsonParseError::NoError || !doc.isObject())
        throw std::runtime_error("the stored copy of this document is damaged");
    const QJsonObject o = doc.object();
    FormDocument d;
    d.form = o.value(QStringLiteral("form")).toString();
    d.number = o.value(QStringLiteral("number")).toString();
    d.language = o.value(QStringLiteral("language")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.html = o.value(QStringLiteral("html")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("parts")).toArray())
        d.parts << FormPart{v.toObject().value(QStringLiteral("label")).toString(), v.toObject().value(QStringLiteral("html")).toString()};
    for (const QJsonValue &v : o.value(QStringLiteral("signatures")).toArray()) {
        const QJsonObject s = v.toObject();
        FormSignature sig;
        sig.role = s.value(QStringLiteral("role")).toString();
        sig.signer = s.value(QStringLiteral("signer")).toString();
        sig.png = QByteArray::fromBase64(s.value(QStringLiteral("png")).toString().toLatin1());
        sig.signedAt = QDateTime::fromString(s.value(QStringLiteral("signed_at")).toString(), Qt::ISODateWithMs);
        sig.station = s.value(QStringLiteral("station")).toString();
        sig.device = s.value(QStringLiteral("device")).toString();
        d.signatures << sig;
    }
    const QJsonObject images = o.value(QStringLiteral("images")).toObject();
    for (auto it = images.begin(); it != images.end(); ++it)
        d.images.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    const QString size = o.value(QStringLiteral("page_size")).toString();
    d.pageSize = size == QPageSize::key(QPageSize::A5) ? QPageSize::A5 : QPageSize::A4;
    const QJsonObject h = o.value(QStringLiteral("header")).toObject();
    d.header.dealershipName = h.value(QStringLiteral("name")).toString();
    d.header.address = h.value(QStringLiteral("address")).toString();
    d.header.phone = h.value(QStringLiteral("phone")).toString();
    d.header.logoPng = QByteArray::fromBase64(h.value(QStringLiteral("logo")).toString().toLatin1());
    return d;
}

const FormSignature *FormDocument::signature(const QString &role) const
{
    for (const FormSignature &s : signatures)
        if (s.role == role)
            return &s;
    return nullptr;
}

QStringList FormDocument::signedBodies(const QString &signedOnScreenText) const
{
    QStringList out = bodies();
    for (const FormSignature &s : signatures) {
        const QString line = QStringLiteral("<a name=\"sign-%1\"></a>").arg(s.role);
        const QString date = QStringLiteral("<a name=\"signed-%1\"></a>").arg(s.role);
        const QString when = s.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString ink = QStringLiteral("<img src=\"signature-%1\" height=\"30\"/><br/><span class=\"small\">%2</span>")
                                .arg(s.role, signedOnScreenText.arg(when, s.station).toHtmlEscaped());
        for (QString &body : out) {
            body.replace(line, ink);
            body.replace(date, when.toHtmlEscaped());
        }
    }
    return out;
}

QStringList FormDocument::bodies() const
{
    if (parts.isEmpty())
        return {html};
    QStringList out;
    for (const FormPart &p : parts)
        out << p.html;
    return out;
}

QString FormDocument::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(toJson(*this, false)).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace dd
