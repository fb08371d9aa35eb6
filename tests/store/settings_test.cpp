// The settings file never holds a database password and is readable by its user only.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <sys/stat.h>

#include "store/bootstrap.h"

using namespace dd;

namespace {
// Each test case runs in its own process (ctest), so pointing QSettings at a temp folder stays in this test.
struct TempSettings {
    QTemporaryDir dir;
    TempSettings()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }
    QString file() const { return QSettings().fileName(); }
    QByteArray content() const
    {
        QFile f(file());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
    unsigned mode() const
    {
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(file()).constData(), &st) == 0);
        return st.st_mode & 0777;
    }
};
} // namespace

TEST_CASE("a PostgreSQL address is remembered without its password, in a file only its user can read",
          "[settings]")
{
    TempSettings settings;
    REQUIRE(settings.file().startsWith(settings.dir.path()));
    const auto p = DbTargets::parse(QStringLiteral("postgresql://desk:secret-1@192.168.1.10:5433/dealer"
                                                   "?password=secret-2&sslmode=require&sslpassword=secret-3"),
                                    QStringLiteral("/"));
    REQUIRE(p.ok());
    CHECK(p.target.carriesSecret());
    Bootstrap::rememberTarget(p.target);

    const QByteArray written = settings.content();
    INFO(written.toStdString());
    CHECK_FALSE(written.contains("secret"));
    CHECK(written.contains("sslmode=require"));
    CHECK(settings.mode() == 0600);
    const auto back = Bootstrap::chooseTarget(QString());
    REQUIRE(back.ok());
    CHECK(back.target.host == QStringLiteral("192.168.1.10"));
    CHECK(back.target.port == 5433);
    CHECK(back.target.user == QStringLiteral("desk"));
    CHECK(back.target.connectOptions == QStringLiteral("sslmode=require"));
    CHECK_FALSE(back.target.carriesSecret());

    // Whatever else is saved later keeps the file private.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
    QSettings().sync();
    CHECK(settings.mode() == 0600);
}

TEST_CASE("a password an earlier version saved is used once and removed, and the file is narrowed to 0600",
          "[settings]")
{
    TempSettings settings;
    QDir().mkpath(QFileInfo(settings.file()).absolutePath());
    {
        QFile f(settings.file());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[database]\ntarget=\"postgresql://desk@192.168.1.10:5432/dealer?password=old-secret\"\n");
    }
    QFile::setPermissions(settings.file(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther);
    REQUIRE(settings.mode() == 0644);

    const auto chosen = Bootstrap::chooseTarget(QString());
    REQUIRE(chosen.ok());
    CHECK(chosen.target.connectOptions == QStringLiteral("password=old-secret")); // this start still connects
    CHECK_FALSE(settings.content().contains("old-secret"));
    CHECK(settings.content().contains("192.168.1.10"));
    CHECK(settings.mode() == 0600);
}

TEST_CASE("the settings file is created readable by its user only", "[settings]")
{
    TempSettings settings;
    REQUIRE_FALSE(QFile::exists(settings.file()));
    Bootstrap::chooseTarget(QStringLiteral("/tmp/some.db"));
    REQUIRE(QFile::exists(settings.file()));
    CHECK(settings.mode() == 0600);
    QSettings().setValue(QStringLiteral("signin/last"), QStringLiteral("wangfang"));
    QSettings().sync();
    CHECK(settings.mode() == 0600);
    CHECK(settings.content().contains("wangfang"));
}
