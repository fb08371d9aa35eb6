#include "formdocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace dd {

namespace {
QJsonObject toJson(const FormDocument &d)
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
    return o;
}
} // namespace

QByteArray FormDocument::serialize() const
{
    return qCompress(QJsonDocument(toJson(*this)).toJson(QJsonDocument::Compact), 9);
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
        QCryptographicHash::hash(QJsonDocument(toJson(*this)).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace dd
