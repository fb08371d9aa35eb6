// Every user-visible string has a finished translation in zh_CN, zh_TW and en, and the committed .ts files
// hold exactly the strings in the sources: lupdate is run on the sources into a temp folder and compared.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or one
    bool unfinished = false;
    bool vanished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            current.vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            // Either plain text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            out << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}
} // namespace

TEST_CASE("translations are complete and match the sources", "[i18n]")
{
    const QString root = QStringLiteral(DD_SOURCE_DIR);
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral(DD_LUPDATE), {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                                               QStringLiteral("-recursive"), QStringLiteral("app"), QStringLiteral("forms"),
                                               QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    QSet<QString> expected;
    for (const Message &m : readTs(fresh))
        expected.insert(m.context + QLatin1Char('\x1f') + m.source);
    REQUIRE(expected.size() > 100);

    for (const char *lang : {"zh_CN", "zh_TW", "en"}) {
        INFO("language " << lang);
        const QList<Message> messages =
            readTs(root + QStringLiteral("/resources/translations/dealerdesk_") + QLatin1String(lang) + QStringLiteral(".ts"));
        QSet<QString> present;
        for (const Message &m : messages) {
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            CHECK_FALSE(m.unfinished);
            CHECK_FALSE(m.vanished);
            present.insert(m.context + QLatin1Char('\x1f') + m.source);
            for (const QString &t : m.translations) {
                CHECK_FALSE(t.trimmed().isEmpty());
                QSet<QString> want = placeholders(m.source);
                QSet<QString> got = placeholders(t);
                CHECK(want == got);
            }
        }
        for (const QString &key : expected) {
            INFO("missing from the .ts: " << key.section(QLatin1Char('\x1f'), 0, 0).toStdString() << ": "
                                          << key.section(QLatin1Char('\x1f'), 1).toStdString());
            CHECK(present.contains(key));
        }
        CHECK(present.size() == expected.size());
    }
}

TEST_CASE("Chinese translations use Chinese, not the English source", "[i18n]")
{
    const QString root = QStringLiteral(DD_SOURCE_DIR);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const char *lang : {"zh_CN", "zh_TW"}) {
        int english = 0, total = 0;
        for (const Message &m :
             readTs(root + QStringLiteral("/resources/translations/dealerdesk_") + QLatin1String(lang) + QStringLiteral(".ts"))) {
            // Key names, shortcuts and product names may stay as they are.
            if (!m.source.contains(QRegularExpression(QStringLiteral("[a-z]{3,}"))) || m.source == QLatin1String("DealerDesk")
                || m.source.endsWith(QLatin1String("- DealerDesk")))
                continue;
            ++total;
            if (!m.translations.first().contains(han)) {
                ++english;
                UNSCOPED_INFO(lang << " left in English: " << m.source.toStdString());
            }
        }
        INFO(lang);
        CHECK(english == 0);
        CHECK(total > 100);
    }
}
