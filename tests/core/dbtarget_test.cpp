#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include "core/dbtarget.h"

using namespace dd;

TEST_CASE("a database is a file path or a postgresql:// address", "[dbtarget]")
{
    SECTION("relative SQLite paths are taken from the current folder")
    {
        const auto p = DbTargets::parse(QStringLiteral("shop.db"), QStringLiteral("/srv/dealer"));
        REQUIRE(p.ok());
        CHECK(p.target.isSqlite());
        CHECK(p.target.path == QStringLiteral("/srv/dealer/shop.db"));
        CHECK(p.target.kindName() == QStringLiteral("SQLite"));
    }
    SECTION("a full PostgreSQL address")
    {
        const auto p = DbTargets::parse(QStringLiteral("postgresql://desk:secret@192.168.1.10:5433/dealer?sslmode=require"),
                                        QStringLiteral("/"));
        REQUIRE(p.ok());
        CHECK_FALSE(p.target.isSqlite());
        CHECK(p.target.host == QStringLiteral("192.168.1.10"));
        CHECK(p.target.port == 5433);
        CHECK(p.target.user == QStringLiteral("desk"));
        CHECK(p.target.password == QStringLiteral("secret"));
        CHECK(p.target.databaseName == QStringLiteral("dealer"));
        CHECK(p.target.connectOptions == QStringLiteral("sslmode=require"));
        CHECK_FALSE(p.target.displayLocation().contains(QStringLiteral("secret")));
        CHECK_FALSE(p.target.toSettingsString().contains(QStringLiteral("secret")));
        CHECK(DbTargets::parse(p.target.toSettingsString(), QStringLiteral("/")).target.port == 5433);
    }
    SECTION("a password given as an option is used but never saved")
    {
        const auto p = DbTargets::parse(QStringLiteral("postgresql://desk@db.local/dealer?password=s3cret&connect_timeout=9"
                                                       "&sslpassword=k3y"),
                                        QStringLiteral("/"));
        REQUIRE(p.ok());
        CHECK(p.target.connectOptions.contains(QStringLiteral("password=s3cret")));
        CHECK(p.target.carriesSecret());
        const QString saved = p.target.toSettingsString();
        CHECK_FALSE(saved.contains(QStringLiteral("s3cret")));
        CHECK_FALSE(saved.contains(QStringLiteral("k3y")));
        CHECK_FALSE(saved.contains(QStringLiteral("password")));
        const auto back = DbTargets::parse(saved, QStringLiteral("/"));
        CHECK(back.target.connectOptions == QStringLiteral("connect_timeout=9"));
        CHECK_FALSE(back.target.carriesSecret());
        CHECK_FALSE(DbTargets::parse(QStringLiteral("postgresql://desk@db.local/dealer"), QStringLiteral("/"))
                        .target.carriesSecret());
    }
    SECTION("defaults for host and port")
    {
        const auto p = DbTargets::parse(QStringLiteral("postgres:///dealer"), QStringLiteral("/"));
        REQUIRE(p.ok());
        CHECK(p.target.host == QStringLiteral("localhost"));
        CHECK(p.target.port == 5432);
    }
    SECTION("refusals name the problem")
    {
        CHECK_FALSE(DbTargets::parse(QString(), QStringLiteral("/")).ok());
        CHECK(DbTargets::parse(QStringLiteral("mysql://x/y"), QStringLiteral("/")).error.contains(QStringLiteral("mysql://")));
        CHECK(DbTargets::parse(QStringLiteral("postgresql://host:5432"), QStringLiteral("/")).error.contains(
            QStringLiteral("/dbname")));
        QTemporaryDir dir;
        CHECK(DbTargets::parse(dir.path(), QStringLiteral("/")).error.contains(QStringLiteral("folder")));
    }
}
