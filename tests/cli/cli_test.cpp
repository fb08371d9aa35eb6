// The command line: exit codes (0 success, 1 failure, 2 usage), one clear line on stderr, passwords from stdin.
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

#include "cli/cli.h"
#include "store/passwordhasher.h"
#include "store/users.h"
#include "support/testdb.h"

using namespace dd;
using namespace ddtest;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run dealerdesk(const QStringList &args, const QString &stdinText = {})
{
    static const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    Run r;
    QString input = stdinText;
    QTextStream out(&r.out), err(&r.err), in(&input);
    const Options options = Options::parse(QStringList{QStringLiteral("dealerdesk")} + args);
    r.code = Cli(options, hasher, {out, err, in, false}).run();
    out.flush();
    err.flush();
    return r;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
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

TEST_CASE("cli: migrate, users, demo and backup on an SQLite file", "[cli]")
{
    TestDb t(Backend::Sqlite);
    const QString db = t.target().path;
    const QStringList base{QStringLiteral("--db"), db};

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

    Run noRole = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1")},
                            QStringLiteral("Staff-Key-4826\n"));
    CHECK(noRole.code == 2);
    oneLine(noRole);
    Run noPassword = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x2"),
                                                   QStringLiteral("--role"), QStringLiteral("cashier")});
    CHECK(noPassword.code == 1);
    oneLine(noPassword);
    CHECK(noPassword.err.contains(QStringLiteral("no default passwords")));
    Run weak = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x3"),
                                             QStringLiteral("--role"), QStringLiteral("cashier")},
                          QStringLiteral("short\n"));
    CHECK(weak.code == 1);
    oneLine(weak);
    Run twice = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ADMIN"),
                                              QStringLiteral("--role"), QStringLiteral("cashier")},
                           QStringLiteral("front-desk-2\n"));
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("already taken")));

    Run demo = dealerdesk(base + QStringList{QStringLiteral("demo")});
    CHECK(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("上海浦江汽车销售服务有限公司")));
    Run demoAgain = dealerdesk(base + QStringList{QStringLiteral("demo")});
    CHECK(demoAgain.code == 1);
    oneLine(demoAgain);

    Run passwd = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("wangfang")},
                            QStringLiteral("wang-fang-88\n"));
    CHECK(passwd.code == 0);
    Run list = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.code == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 6);
    CHECK(lines.contains(QStringLiteral("admin\t赵敏\tadministrator\tactive\tpassword")));
    CHECK(lines.contains(QStringLiteral("wangfang\t王芳\tservice_advisor\tactive\tpassword")));
    CHECK(lines.contains(QStringLiteral("liqiang\t李强\tservice_advisor\tactive\tno-password")));
    Run nobody = dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody")},
                            QStringLiteral("whatever-1\n"));
    CHECK(nobody.code == 1);

    const QString copy = t.dir() + QStringLiteral("/copy.db");
    Run b = dealerdesk(base + QStringList{QStringLiteral("backup"), copy});
    CHECK(b.code == 0);
    CHECK(QFile::exists(copy));
    const QByteArray copyHash = hashOf(copy);
    Run again = dealerdesk(base + QStringList{QStringLiteral("backup"), copy});
    CHECK(again.code == 1);
    oneLine(again);
    CHECK(hashOf(copy) == copyHash);
    Run fromCopy = dealerdesk({QStringLiteral("--db"), copy, QStringLiteral("user"), QStringLiteral("list")});
    CHECK(fromCopy.out == list.out);
}

TEST_CASE("cli: a file that is not DealerDesk's is refused untouched with exit 1", "[cli]")
{
    TestDb t(Backend::Sqlite);
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
    CHECK(dealerdesk(base + QStringList{QStringLiteral("user"), QStringLiteral("list")}).out.startsWith(QStringLiteral("admin\t")));
    Run b = dealerdesk(base + QStringList{QStringLiteral("backup"), t.dir() + QStringLiteral("/x.db")});
    CHECK(b.code == 1);
    CHECK(b.err.contains(QStringLiteral("pg_dump")));

    Run down = dealerdesk({QStringLiteral("--db"), QStringLiteral("postgresql://dealerdesk@127.0.0.1:1/none"),
                           QStringLiteral("migrate")});
    CHECK(down.code == 1);
    oneLine(down);
    CHECK(down.err.contains(QStringLiteral("127.0.0.1:1")));
}

namespace {
QStringList dbArgs(const TestDb &t)
{
    const DbTarget &d = t.target();
    if (t.backend() == Backend::Sqlite)
        return {QStringLiteral("--db"), d.path};
    return {QStringLiteral("--db"),
            QStringLiteral("postgresql://%1@%2:%3/%4").arg(d.user, d.host).arg(d.port).arg(d.databaseName)};
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
    const QStringList base = dbArgs(t);
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
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).startsWith(QStringLiteral("2\taccepted-with-warning\t")));
    CHECK(lines.at(1).startsWith(QStringLiteral("3\trejected\tVIN check digit should be 1")));
    CHECK(lines.at(2).startsWith(QStringLiteral("4\trejected\t")));
    CHECK(lines.at(3).startsWith(QStringLiteral("5\trejected\t")));
    CHECK(lines.at(4) == QStringLiteral("would import 2, warnings 1, rejected 3"));
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
    Run c = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), customers});
    CHECK(c.code == 0);
    const QStringList cl = c.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(cl.size() == 3);
    CHECK(cl.at(0).startsWith(QStringLiteral("1\taccepted-with-warning\t")));
    CHECK(cl.at(1).startsWith(QStringLiteral("3\trejected\t")));
    CHECK(cl.at(2) == QStringLiteral("imported 2, warnings 1, rejected 1"));
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
}

TEST_CASE("cli: workorders lists work orders tab-separated, filtered by state", "[cli]")
{
    TestDb t(Backend::Sqlite);
    const QStringList base = dbArgs(t);
    CHECK(dealerdesk(base + QStringList{QStringLiteral("demo")}).code == 0);
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
    TestDb t(Backend::Sqlite);
    const QStringList base = dbArgs(t);
    REQUIRE(dealerdesk(base + QStringList{QStringLiteral("migrate")}).code == 0);
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
          QStringLiteral("imported 1, warnings 0, rejected 0\n"));
    CHECK(dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("jobs"), jobs}).out ==
          QStringLiteral("imported 2, warnings 0, rejected 0\n"));
    auto db = t.open();
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM canned_job_items")).toInt() == 2);

    Run wrong = dealerdesk(base + QStringList{QStringLiteral("import"), QStringLiteral("prices"), parts});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QStringLiteral("customers|vehicles|labor|parts|jobs")));
}
