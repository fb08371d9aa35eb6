// The command line: exit codes (0 success, 1 failure, 2 usage), one clear line on stderr, passwords from stdin.
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

#include <QSqlQuery>

#include "clirun.h"
#include "store/commands.h"
#include "store/passwordhasher.h"
#include "store/users.h"
#include "support/testdb.h"

using namespace dd;
using namespace ddtest;

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The test administrator signs in with --user; the password comes from DEALERDESK_PASSWORD.
const QString adminPassword = QStringLiteral("front-desk-1");
QStringList asAdmin()
{
    qputenv("DEALERDESK_PASSWORD", adminPassword.toUtf8());
    return {QStringLiteral("--user"), QStringLiteral("admin")};
}

void oneLine(const Run &r)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.startsWith(QStringLiteral("dealerdesk: ")));
}
} // namespace

TEST_CASE("cli: --version, --help and usage errors", "[cli]")
{
    Run v = dealerdesk({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("DealerDesk ")));
    Run h = dealerdesk({QStringLiteral("--help")});
    CHECK(h.code == 0);
    CHECK(h.out.contains(QStringLiteral("user add NAME --role ROLE")));

    Run unknown = dealerdesk({QStringLiteral("--db"), QStringLiteral("/nonexistent/x.db"), QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    oneLine(unknown);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent/x.db")));

    Run lang = dealerdesk({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("migrate")});
    CHECK(lang.code == 2);
    oneLine(lang);
    Run badOption = dealerdesk({QStringLiteral("--frob"), QStringLiteral("migrate")});
    CHECK(badOption.code == 2);
    Run backupArgs = dealerdesk({QStringLiteral("backup")});
    CHECK(backupArgs.code == 2);
    Run badUrl = dealerdesk({QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("migrate")});
    CHECK(badUrl.code == 2);
    oneLine(badUrl);
}

TEST_CASE("cli: migrate, users and demo on both databases, backup of an SQLite file", "[cli]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    const QStringList base = dbArgs(t);

    Run m = dealerdesk(base + QStringList{QStringLiteral("migrate")});
    CHECK(m.code == 0);
    CHECK(m.out.contains(QStringLiteral("schema version 0 -> ")));
    CHECK(dealerdesk(base + QStringList{QStringLiteral("migrate")}).out.contains(QStringLiteral("up to date")));

    Run add = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                            QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--name"),
                                            QStringLiteral("赵敏")},
                         QStringLiteral("front-desk-1\n"));
    CHECK(add.code == 0);
    CHECK(add.err.isEmpty());
    const QStringList admin = base + asAdmin();

    Run noRole = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1")},
                            QStringLiteral("Staff-Key-4826\n"));
    CHECK(noRole.code == 2);
    oneLine(noRole);
    Run noPassword = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x2"),
                                                   QStringLiteral("--role"), QStringLiteral("cashier")});
    CHECK(noPassword.code == 1);
    oneLine(noPassword);
    CHECK(noPassword.err.contains(QStringLiteral("no default passwords")));
    Run weak = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x3"),
                                             QStringLiteral("--role"), QStringLiteral("cashier")},
                          QStringLiteral("short\n"));
    CHECK(weak.code == 1);
    oneLine(weak);
    Run twice = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ADMIN"),
                                              QStringLiteral("--role"), QStringLiteral("cashier")},
                           QStringLiteral("front-desk-2\n"));
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("already taken")));

    Run demo = dealerdesk(admin + QStringList{QStringLiteral("demo")});
    CHECK(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("上海浦江汽车销售服务有限公司")));
    Run demoAgain = dealerdesk(admin + QStringList{QStringLiteral("demo")});
    CHECK(demoAgain.code == 1);
    oneLine(demoAgain);

    Run passwd = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("wangfang")},
                            QStringLiteral("wang-fang-88\n"));
    CHECK(passwd.code == 0);
    Run list = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.code == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 7);
    CHECK(lines.contains(QStringLiteral("admin\t赵敏\tadministrator\tactive\tpassword")));
    CHECK(lines.contains(QStringLiteral("wangfang\t王芳\tservice_advisor\tactive\tpassword")));
    CHECK(lines.contains(QStringLiteral("liqiang\t李强\tservice_advisor\tactive\tno-password")));
    Run nobody = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody")},
                            QStringLiteral("whatever-1\n"));
    CHECK(nobody.code == 1);

    if (backend == Backend::Postgres)
        return; // backing up PostgreSQL is pg_dump's: "cli: the same commands on PostgreSQL" checks the refusal
    const QString copy = t.dir() + QStringLiteral("/copy.db");
    Run b = dealerdesk(admin + QStringList{QStringLiteral("backup"), copy});
    CHECK(b.code == 0);
    CHECK(QFile::exists(copy));
    const QByteArray copyHash = hashOf(copy);
    Run again = dealerdesk(admin + QStringList{QStringLiteral("backup"), copy});
    CHECK(again.code == 1);
    oneLine(again);
    CHECK(hashOf(copy) == copyHash);
    Run fromCopy = dealerdesk(QStringList{QStringLiteral("--db"), copy} + asAdmin() + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    CHECK(fromCopy.out == list.out);
}

TEST_CASE("cli: a file or database that is not DealerDesk's is refused untouched with exit 1", "[cli]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    if (backend == Backend::Postgres) { // another program's database on the server
        t.rawExec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"));
        Run r = dealerdesk(dbArgs(t) + QStringList{QStringLiteral("migrate")});
        CHECK(r.code == 1);
        oneLine(r);
        CHECK(r.err.contains(QStringLiteral("not a DealerDesk database")));
        CHECK_NOTHROW(t.rawExec(QStringLiteral("SELECT id, total FROM invoices")));
        CHECK_THROWS(t.rawExec(QStringLiteral("SELECT 1 FROM dd_schema_migrations"))); // nothing created
        return;
    }
    const QString path = t.dir() + QStringLiteral("/customers.csv");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,phone\n张三,13800138000\n");
    }
    const QByteArray before = hashOf(path);
    Run r = dealerdesk({QStringLiteral("--db"), path, QStringLiteral("migrate")});
    CHECK(r.code == 1);
    oneLine(r);
    CHECK(r.err.contains(QStringLiteral("not a database")));
    CHECK(hashOf(path) == before);
}

TEST_CASE("cli: the same commands on PostgreSQL, and a server that is down", "[cli][postgres]")
{
    TestDb t(Backend::Postgres);
    const DbTarget &pg = t.target();
    const QString url = QStringLiteral("postgresql://%1@%2:%3/%4").arg(pg.user, pg.host).arg(pg.port).arg(pg.databaseName);
    const QStringList base{QStringLiteral("--db"), url};
    CHECK(dealerdesk(base + QStringList{QStringLiteral("migrate")}).code == 0);
    CHECK(dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                        QStringLiteral("--role"), QStringLiteral("admin")},
                     QStringLiteral("front-desk-1\n"))
              .code
          == 0);
    CHECK(dealerdesk(base + asAdmin() + QStringList{QStringLiteral("user"), QStringLiteral("list")}).out.startsWith(QStringLiteral("admin\t")));
    Run b = dealerdesk(base + asAdmin() + QStringList{QStringLiteral("backup"), t.dir() + QStringLiteral("/x.db")});
    CHECK(b.code == 1);
    CHECK(b.err.contains(QStringLiteral("pg_dump")));

    Run down = dealerdesk({QStringLiteral("--db"), QStringLiteral("postgresql://dealerdesk@127.0.0.1:1/none"),
                           QStringLiteral("migrate")});
    CHECK(down.code == 1);
    oneLine(down);
    CHECK(down.err.contains(QStringLiteral("127.0.0.1:1")));
}

namespace {
// A migrated database with the first administrator; returns the arguments that sign in as them.
QStringList withAdmin(const TestDb &t)
{
    const QStringList base = dbArgs(t);
    REQUIRE(dealerdesk(base + QStringList{QStringLiteral("migrate")}).code == 0);
    REQUIRE(dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                          QStringLiteral("--role"), QStringLiteral("admin")},
                       adminPassword + QLatin1Char('\n'))
                .code
            == 0);
    return base + asAdmin();
}

QString writeFile(const TestDb &t, const QString &name, const QByteArray &data)
{
    const QString path = t.dir() + QLatin1Char('/') + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}
} // namespace

TEST_CASE("cli: import vehicles and customers from UTF-8 and GBK files, all or nothing", "[cli][import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    const QStringList base = withAdmin(t);
    const QByteArray vehiclesCsv =
        "vin,plate,brand,model,color,owner_name,owner_phone\n"
        "LSVAU218XN2183294,\xe6\xb2\xaa" "A12345,VW,Lavida,white,Zhang San,13812345678\n" // 沪A12345
        "WVWZZZ1JZXW000001,,VW,Golf,black,Zhang San,+86 138 1234 5678\n"                  // European VIN: warning
        "LGBH52E05KY123456,,Honda,Accord,grey,Li Si,13900002222\n"                          // wrong check digit
        "LFV2A21KXA3456789,,Audi,A4L,black,\"Wang, Wu\",1390000222\n"                      // 10-digit mobile
        "LSVAU218XN2183294,,VW,Lavida,white,Zhao Liu,13700003333\n";                       // duplicate VIN
    const QString file = writeFile(t, QStringLiteral("vehicles.csv"), vehiclesCsv);

    Run dry = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("vehicles"), file,
                                            QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.code == 0);
    const QStringList lines = dry.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(0).startsWith(QStringLiteral("2\taccepted-with-warning\t")));
    CHECK(lines.at(1).startsWith(QStringLiteral("3\trejected\tVIN check digit should be 1")));
    CHECK(lines.at(2).startsWith(QStringLiteral("4\trejected\t")));
    CHECK(lines.at(3).startsWith(QStringLiteral("5\trejected\t")));
    CHECK(lines.at(4) == QStringLiteral("encoding: UTF-8"));
    CHECK(lines.at(5) == QStringLiteral("names: Zhang San, Li Si, Wang, Wu"));
    CHECK(lines.at(6) == QStringLiteral("would import 2, warnings 1, rejected 3"));
    CHECK(dealerdesk(base + QStringList{QStringLiteral("workorders")}).out.isEmpty());
    auto db = t.open();
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM vehicles")).toInt() == 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt() == 0);

    Run real = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("vehicles"), file});
    CHECK(real.code == 0);
    CHECK(real.out.endsWith(QStringLiteral("imported 2, warnings 1, rejected 3\n")));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM vehicles")).toInt() == 2);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt() == 1); // one owner, reused

    // GBK, as Excel on a Chinese Windows saves it; names in Chinese.
    const QByteArray gbk = "name,kind,phone,phone2,id_number,address,tax_number,followup_consent,marketing_consent,notes\n"
                           "\xd5\xc5\xc8\xfd,person,13812345678,,,,,yes,no,\n"          // 张三 (other name on file)
                           "\xc0\xee\xcb\xc4,\xb8\xf6\xc8\xcb,13900002222,021-58586688,,,,1,0,\n" // 李四, 个人
                           "\xcd\xf5\xce\xe5,person,12345,,,,,,,\n";                     // 王五, bad phone
    const QString customers = writeFile(t, QStringLiteral("customers.csv"), gbk);
    Run gbkDry = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), customers,
                                               QStringLiteral("--dry-run")});
    CHECK(gbkDry.out.contains(QStringLiteral("\nencoding: GB18030\nnames: ") + QString::fromUtf8("张三, 李四, 王五\n")));
    Run c = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), customers});
    CHECK(c.code == 0);
    const QStringList cl = c.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(cl.size() == 4);
    CHECK(cl.at(0).startsWith(QStringLiteral("1\taccepted-with-warning\t")));
    CHECK(cl.at(1).startsWith(QStringLiteral("3\trejected\t")));
    CHECK(cl.at(2) == QStringLiteral("encoding: GB18030"));
    CHECK(cl.at(3) == QStringLiteral("imported 2, warnings 1, rejected 1"));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = ?"), {QString::fromUtf8("李四")}).toInt() == 1);

    Run header = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), file});
    CHECK(header.code == 1);
    oneLine(header);
    CHECK(header.err.contains(QStringLiteral("header")));
    Run usage = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("cars"), file});
    CHECK(usage.code == 2);
    Run missing = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("vehicles"), file + QStringLiteral(".nope")});
    CHECK(missing.code == 1);
    oneLine(missing);
    // A UTF-8 file with a damaged byte is refused, naming the line, instead of being read as GB18030.
    const QByteArray owner = QString::fromUtf8("张三丰").toUtf8();
    const QString damaged = writeFile(t, QStringLiteral("damaged.csv"),
                                      "vin,plate,brand,model,color,owner_name,owner_phone\n"
                                      "LSVAU218XN2183294,,VW,Lavida,white," + owner.left(owner.size() - 1) +
                                          ",13812345678\n");
    Run refused = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("vehicles"), damaged});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("line 2,")));
}

TEST_CASE("cli: workorders lists work orders tab-separated, filtered by state", "[cli]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    const QStringList plain = dbArgs(t);
    Run demo = dealerdesk(plain + QStringList{QStringLiteral("demo")}); // an empty database: no sign-in yet
    CHECK(demo.code == 0);
    REQUIRE(dealerdesk(plain + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                           QStringLiteral("--role"), QStringLiteral("admin")},
                       adminPassword + QLatin1Char('\n'))
                .code
            == 0);
    const QStringList base = plain + asAdmin();
    Run all = dealerdesk(base + QStringList{QStringLiteral("workorders")});
    CHECK(all.code == 0);
    const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &l : lines) {
        INFO(l.toStdString());
        const QStringList f = l.split(QLatin1Char('\t'));
        REQUIRE(f.size() == 5);
        CHECK(f.at(0).startsWith(QStringLiteral("WO")));
        CHECK(QDateTime::fromString(f.at(4), Qt::ISODate).isValid());
    }
    Run drafts = dealerdesk(base + QStringList{QStringLiteral("workorders"), QStringLiteral("--state"), QStringLiteral("draft")});
    CHECK(drafts.code == 0);
    for (const QString &l : drafts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        CHECK(l.split(QLatin1Char('\t')).at(2) == QStringLiteral("draft"));
    CHECK(dealerdesk(base + QStringList{QStringLiteral("workorders"), QStringLiteral("--state"), QStringLiteral("nonsense")}).code == 2);
}

TEST_CASE("cli: import the catalogs, labor operations, parts and canned jobs", "[cli][import]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    const QStringList base = withAdmin(t);
    const QString labor = writeFile(t, QStringLiteral("labor.csv"),
                                    "code,description,model_family,hours,labor_category\n"
                                    "LUB-001,\xe6\x8d\xa2\xe6\x9c\xba\xe6\xb2\xb9,,0.5,\n" // 换机油
                                    "LUB-002,,,0.5,\n");                                  // no description
    const QString parts = writeFile(t, QStringLiteral("parts.csv"),
                                    "part_number,name,brand_spec,unit,price,source\nFLT-1,Oil filter,MAHLE,pc,45.00,oem\n");
    const QString jobs = writeFile(t, QStringLiteral("jobs.csv"),
                                   "job_code,job_name,model_family,kind,code,quantity\n"
                                   "M05K,Oil change,,labor,LUB-001,\nM05K,Oil change,,part,FLT-1,1\n");
    Run r = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("labor"), labor});
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("2\trejected\t")));
    CHECK(r.out.endsWith(QStringLiteral("imported 1, warnings 0, rejected 1\n")));
    CHECK(dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("parts"), parts}).out ==
          QStringLiteral("encoding: UTF-8\nimported 1, warnings 0, rejected 0\n"));
    CHECK(dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("jobs"), jobs}).out ==
          QStringLiteral("encoding: UTF-8\nimported 2, warnings 0, rejected 0\n"));
    auto db = t.open();
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM canned_job_items")).toInt() == 2);

    Run wrong = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("prices"), parts});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QStringLiteral("customers|vehicles|labor|parts|jobs")));
}

// Issue 15, point 6: the command line signs in.
TEST_CASE("cli: without --user only the set-up commands run, and USER=attacker is nobody", "[cli][signin]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    const QStringList base = dbArgs(t);
    const QStringList admin = withAdmin(t);
    qputenv("USER", "attacker");
    Run evil = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("evil"),
                                            QStringLiteral("--role"), QStringLiteral("admin")},
                          QStringLiteral("evil-password-99\n"));
    CHECK(evil.code == 2);
    oneLine(evil);
    CHECK(evil.err.contains(QStringLiteral("--user NAME")));
    for (const QStringList &cmd : {QStringList{QStringLiteral("workorders")}, QStringList{QStringLiteral("user"), QStringLiteral("list")},
                                   QStringList{QStringLiteral("backup"), t.dir() + QStringLiteral("/b.db")},
                                   QStringList{QStringLiteral("import"), QStringLiteral("labor"), t.dir() + QStringLiteral("/x.csv")},
                                   QStringList{QStringLiteral("print"), QStringLiteral("dayclose"), QStringLiteral("2026-11-30"),
                                               QStringLiteral("--pdf"), t.dir() + QStringLiteral("/x.pdf")},
                                   QStringList{QStringLiteral("check")},
                                   QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin")},
                                   QStringList{QStringLiteral("demo")}}) {
        INFO("command: " << cmd.join(QLatin1Char(' ')).toStdString());
        Run r = dealerdesk(base + cmd, QStringLiteral("x-password-1\n"));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("--user NAME")));
    }
    CHECK(dealerdesk(base + QStringList{QStringLiteral("migrate")}).code == 0);
    CHECK(dealerdesk({QStringLiteral("--version")}).code == 0);

    // Signed in, the GUI's role checks apply: an advisor may not add users.
    Run advisor = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wangfang"),
                                                 QStringLiteral("--role"), QStringLiteral("advisor")},
                             QStringLiteral("wang-fang-88\n"));
    REQUIRE(advisor.code == 0);
    qputenv("DEALERDESK_PASSWORD", "wang-fang-88");
    Run forbidden = dealerdesk(base + QStringList{QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("user"),
                                                  QStringLiteral("add"), QStringLiteral("evil"), QStringLiteral("--role"),
                                                  QStringLiteral("admin")},
                               QStringLiteral("evil-password-99\n"));
    CHECK(forbidden.code == 1);
    oneLine(forbidden);
    CHECK(dealerdesk(base + QStringList{QStringLiteral("--user"), QStringLiteral("wangfang"), QStringLiteral("workorders")}).code == 0);

    // The audit names the DealerDesk user, the operating-system user and the host.
    asAdmin();
    Run ok = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("liqiang"),
                                            QStringLiteral("--role"), QStringLiteral("cashier")},
                        QStringLiteral("li-qiang-2026\n"));
    REQUIRE(ok.code == 0);
    auto db = t.open();
    QSqlQuery q = db->query(QStringLiteral("SELECT user_name, station FROM audit_log WHERE command = 'user.add' ORDER BY id DESC"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("admin"));
    CHECK(q.value(1).toString().contains(Database::stationName()));
    CHECK(q.value(1).toString().contains(QStringLiteral("OS user attacker")));
    qunsetenv("USER");
}

TEST_CASE("cli: the sign-in password from standard input, wrong passwords throttled as at the counter", "[cli][signin]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("backend: " << name(backend));
    TestDb t(backend);
    const QStringList admin = withAdmin(t);
    qunsetenv("DEALERDESK_PASSWORD");
    // From standard input: the first line signs in, the next is the new user's password.
    Run stdinAdd = dealerdesk(admin + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangwei"),
                                                  QStringLiteral("--role"), QStringLiteral("controller")},
                              adminPassword + QStringLiteral("\nzhang-wei-77\n"));
    CHECK(stdinAdd.code == 0);
    qputenv("DEALERDESK_PASSWORD", "wrong-password");
    for (int i = 0; i < 3; ++i) {
        Run wrong = dealerdesk(admin + QStringList{QStringLiteral("workorders")});
        CHECK(wrong.code == 1);
        oneLine(wrong);
    }
    // The fourth wrong try waits, and so does the right password right after it.
    Run throttled = dealerdesk(admin + QStringList{QStringLiteral("workorders")});
    CHECK(throttled.code == 1);
    asAdmin();
    Run waiting = dealerdesk(admin + QStringList{QStringLiteral("workorders")});
    CHECK(waiting.code == 1);
    CHECK(waiting.err.contains(QStringLiteral("second")));
}

TEST_CASE("cli: --db without a file, and commands that must not create a database", "[cli]")
{
    TestDb t(Backend::Sqlite);
    for (const QStringList &args : {QStringList{QStringLiteral("--db"), QString(), QStringLiteral("migrate")},
                                    QStringList{QStringLiteral("--db"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("--db"), QStringLiteral("--version"), QStringLiteral("migrate")},
                                    QStringList{QStringLiteral("--user"), QString(), QStringLiteral("workorders")}}) {
        INFO("args: " << args.join(QLatin1Char(' ')).toStdString());
        Run r = dealerdesk(args);
        CHECK(r.code == 2);
        oneLine(r);
        CHECK_FALSE(QFile::exists(QStringLiteral("--help")));
    }
    const QString mistyped = t.dir() + QStringLiteral("/dealerdsk.db");
    for (const QStringList &cmd : {QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin")},
                                   QStringList{QStringLiteral("workorders")}, QStringList{QStringLiteral("check")}}) {
        Run r = dealerdesk(QStringList{QStringLiteral("--db"), mistyped} + asAdmin() + cmd, QStringLiteral("x-password-1\n"));
        CHECK(r.code == 1);
        oneLine(r);
        CHECK(r.err.contains(QStringLiteral("migrate")));
        CHECK_FALSE(QFile::exists(mistyped));
    }
}

TEST_CASE("cli: a damaged database is noticed by every command and by check", "[cli][damage]")
{
    // SQLite only: a PostgreSQL server keeps its own pages.
    TestDb t(Backend::Sqlite);
    const QStringList admin = withAdmin(t);
    {
        auto db = t.open();
        Commands c(*db, Session::system(QStringLiteral("test"), QStringLiteral("test")));
        c.run(QStringLiteral("test.fill"), std::nullopt, [&](CommandContext &ctx) {
            for (int i = 0; i < 3000; ++i)
                ctx.audit(QStringLiteral("test"), i, CommandContext::Action::Event, {},
                          {{QStringLiteral("text"), QString(200, QLatin1Char('x'))}});
        });
        db->query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    Run healthy = dealerdesk(admin + QStringList{QStringLiteral("check")});
    CHECK(healthy.code == 0);
    CHECK(healthy.out.contains(QStringLiteral("no damage")));
    {
        QFile f(t.target().path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        f.seek((pages / 2) * 4096 + 8);
        f.write(QByteArray(4096 - 16, '\x5a'));
    }
    const QByteArray before = hashOf(t.target().path);
    const QString csv = writeFile(t, QStringLiteral("labor.csv"), "code,description,model_family,hours,labor_category\nL-1,x,,1,\n");
    for (const QStringList &cmd : {QStringList{QStringLiteral("migrate")}, QStringList{QStringLiteral("workorders")},
                                   QStringList{QStringLiteral("import"), QStringLiteral("labor"), csv},
                                   QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x9"), QStringLiteral("--role"),
                                               QStringLiteral("cashier")},
                                   QStringList{QStringLiteral("print"), QStringLiteral("dayclose"), QStringLiteral("2026-11-30"),
                                               QStringLiteral("--pdf"), t.dir() + QStringLiteral("/x.pdf")}}) {
        INFO("command: " << cmd.join(QLatin1Char(' ')).toStdString());
        Run r = dealerdesk(admin + cmd, QStringLiteral("cashier-pass-1\n"));
        CHECK(r.code == 1);
        oneLine(r);
        CHECK(r.err.contains(QStringLiteral("damaged")));
        CHECK(r.err.contains(QStringLiteral("backup")));
    }
    CHECK(hashOf(t.target().path) == before);
    Run check = dealerdesk(admin + QStringList{QStringLiteral("check")});
    CHECK(check.code == 1);
    CHECK(check.err.contains(QStringLiteral("damaged")));
    CHECK(check.err.count(QLatin1Char('\n')) >= 2); // the first problems, one a line
}
