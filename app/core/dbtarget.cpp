#include "dbtarget.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace dd {

QString DbTarget::kindName() const
{
    return isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString DbTarget::displayLocation() const
{
    if (isSqlite())
        return QDir::toNativeSeparators(path);
    QString s = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return s + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
}

bool DbTarget::isSecretOption(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return k == QLatin1String("password") || k == QLatin1String("sslpassword");
}

bool DbTarget::carriesSecret() const
{
    if (!password.isEmpty())
        return true;
    for (const QString &kv : connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (isSecretOption(kv.section(QLatin1Char('='), 0, 0)))
            return true;
    return false;
}

QString DbTarget::toSettingsString() const
{
    if (isSqlite())
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    if (!connectOptions.isEmpty()) {
        QUrlQuery q;
        for (const QString &kv : connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const int eq = kv.indexOf(QLatin1Char('='));
            if (!isSecretOption(kv.left(eq)))
                q.addQueryItem(kv.left(eq), kv.mid(eq + 1));
        }
        if (!q.isEmpty())
            url.setQuery(q);
    }
    return url.toString();
}

DbTargets::Parsed DbTargets::parse(const QString &text, const QString &currentDir)
{
    Parsed p;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        p.error = tr("No database given: pass a file path or a postgresql:// address.");
        return p;
    }
    const int schemeEnd = t.indexOf(QStringLiteral("://"));
    if (schemeEnd > 0) {
        const QString scheme = t.left(schemeEnd).toLower();
        if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
            p.error = tr("\"%1\" is not a supported database address; use a file path for SQLite or "
                         "postgresql://user@host:port/dbname.")
                          .arg(scheme + QStringLiteral("://"));
            return p;
        }
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid()) {
            p.error = tr("The PostgreSQL address \"%1\" cannot be read: %2").arg(t, url.errorString());
            return p;
        }
        p.target.kind = DbTarget::Kind::PostgreSql;
        p.target.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        p.target.port = url.port(5432);
        p.target.user = url.userName();
        p.target.password = url.password();
        p.target.databaseName = url.path().mid(1);
        if (p.target.databaseName.isEmpty() || p.target.databaseName.contains(QLatin1Char('/'))) {
            p.error = tr("The PostgreSQL address \"%1\" names no database; end it with /dbname, e.g. "
                         "postgresql://dealerdesk@192.168.1.10:5432/dealerdesk.")
                          .arg(t);
            return p;
        }
        QStringList options;
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            options << item.first + QLatin1Char('=') + item.second;
        p.target.connectOptions = options.join(QLatin1Char(';'));
        return p;
    }
    QString path = t;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    QFileInfo fi(QDir(currentDir), path);
    if (fi.exists() && fi.isDir()) {
        p.error = tr("\"%1\" is a folder; give the path of a database file inside it, e.g. %2.")
                      .arg(QDir::toNativeSeparators(fi.absoluteFilePath()),
                           QDir::toNativeSeparators(fi.absoluteFilePath() + QStringLiteral("/dealerdesk.db")));
        return p;
    }
    p.target.kind = DbTarget::Kind::Sqlite;
    p.target.path = QDir::cleanPath(fi.absoluteFilePath());
    return p;
}

} // namespace dd
