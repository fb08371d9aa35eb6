// Imports on both databases that cannot garble or duplicate: two stations importing the same file at once,
// files in GBK or Big5 named and shown before anything is written, damaged files refused untouched, CR-only
// line endings, messages that quote little of a file and print codes as they are.
#include <catch2/catch.hpp>

#include <QStringEncoder>
#include <QThread>
#include <array>
#include <latch>

#include "core/identifiers.h"
#include "fixtures.h"
#include "store/catalogstore.h"
#include "store/importer.h"

using namespace dd;
using namespace ddtest;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

const char *const kCustomerHeader = "name,kind,phone,phone2,id_number,address,tax_number,followup_consent,"
                                    "marketing_consent,notes\n";

QByteArray customersCsv(int rows)
{
    QByteArray csv(kCustomerHeader);
    for (int i = 0; i < rows; ++i)
        csv += q("客户%1,person,139%2,,,,,yes,no,\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8();
    return csv;
}

QString vin(int i)
{
    QString v = QStringLiteral("LSVAU218XN%1").arg(i, 7, 10, QLatin1Char('0'));
    v[8] = Vin::expectedCheckDigit(v);
    return v;
}

QByteArray vehiclesCsv(int rows)
{
    QByteArray csv("vin,plate,brand,model,color,owner_name,owner_phone\n");
    for (int i = 0; i < rows; ++i)
        csv += q("%1,,VW,Lavida,white,车主%2,137%3\n").arg(vin(i)).arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8();
    return csv;
}

QByteArray partsCsv(int rows)
{
    QByteArray csv("part_number,name,brand_spec,unit,price,source\n");
    for (int i = 0; i < rows; ++i)
        csv += q("P-%1,配件%1,原厂,个,%2.00,oem\n").arg(i).arg(10 + i).toUtf8();
    return csv;
}

struct Outcome {
    Importer::Report report;
    QString failure;
};

// Two stations, each with its own connection in its own thread, start the same import at the same moment.
std::array<Outcome, 2> importAtOnce(const TestDb &t, Importer::Kind kind, const QByteArray &data)
{
    std::array<Outcome, 2> out;
    std::latch start(2);
    QThread *threads[2];
    for (int s = 0; s < 2; ++s) {
        threads[s] = QThread::create([&, s] {
            try {
                auto db = t.open(false);
                Commands station(*db, Session::system(QStringLiteral("station %1").arg(s), QStringLiteral("pc%1").arg(s)));
                db->scalar(QStringLiteral("SELECT COUNT(*) FROM users")); // connected before the start
                start.arrive_and_wait();
                out[s].report = Importer::run(station, kind, data, false);
            } catch (const StoreError &e) {
                out[s].failure = e.message() + QStringLiteral(" / ") + e.detail();
            }
        });
        threads[s]->start();
    }
    for (QThread *th : threads) {
        th->wait();
        delete th;
    }
    return out;
}

int count(Database &db, const char *sql) { return db.scalar(QString::fromUtf8(sql)).toInt(); }

// Enough rows that the two PostgreSQL transactions overlap for certain (without the import's lock they
// produced duplicates, or driver errors); on SQLite the second station waits for the first within the busy
// timeout (5 s), so its file stays small enough for a loaded machine.
int raceRows(Backend backend, int postgres) { return backend == Backend::Sqlite ? 40 : postgres; }
} // namespace

TEST_CASE("import: two stations importing the same customers at once leave no duplicates", "[store][import][race]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    const int rows = raceRows(backend, 150);
    const std::array<Outcome, 2> o = importAtOnce(t, Importer::Kind::Customers, customersCsv(rows));
    CHECK(o[0].failure.toStdString() == "");
    CHECK(o[1].failure.toStdString() == "");
    CHECK(count(*db, "SELECT COUNT(*) FROM customers") == rows);
    CHECK(count(*db, "SELECT COUNT(*) FROM (SELECT phone FROM customer_phones GROUP BY phone HAVING COUNT(*) > 1) d") == 0);
    // One station imported them; the other found each on file, as if it had come second.
    CHECK(o[0].report.imported + o[1].report.imported == rows);
    CHECK(o[0].report.rejected + o[1].report.rejected == rows);
    for (const Outcome &x : o)
        for (const Importer::Line &l : x.report.lines)
            CHECK(l.reason.contains(QStringLiteral("already on file")));
}

TEST_CASE("import: stations racing with the same vehicles are told 'already on file', never driver text",
          "[store][import][race]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    const int rows = raceRows(backend, 120);
    const std::array<Outcome, 2> o = importAtOnce(t, Importer::Kind::Vehicles, vehiclesCsv(rows));
    CHECK(o[0].failure.toStdString() == "");
    CHECK(o[1].failure.toStdString() == "");
    CHECK(count(*db, "SELECT COUNT(*) FROM vehicles") == rows);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers") == rows); // each owner once
    CHECK(o[0].report.imported + o[1].report.imported == rows);
    const Importer::Report &second = o[0].report.imported ? o[1].report : o[0].report;
    REQUIRE(second.lines.size() == rows);
    CHECK(second.lines.first().reason.contains(QStringLiteral("already on file")));
    CHECK(second.lines.first().reason.contains(vin(0)));
}

TEST_CASE("import: overlapping price-list imports both land, the second replacing the first's rows",
          "[store][import][race]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    const int rows = raceRows(backend, 150);
    const std::array<Outcome, 2> o = importAtOnce(t, Importer::Kind::Parts, partsCsv(rows));
    CHECK(o[0].failure.toStdString() == "");
    CHECK(o[1].failure.toStdString() == "");
    CHECK(o[0].report.imported == rows);
    CHECK(o[1].report.imported == rows);
    CHECK(count(*db, "SELECT COUNT(*) FROM parts_catalog") == rows);
}

TEST_CASE("import: GBK and Big5 files are named, their first names shown in the dry run, and stored right",
          "[store][import][encoding]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands admin(*db, adminSession());
    const QString traditional = q(kCustomerHeader) + q("陳大文,person,13812345678,,,臺北市信義區松高路11號,,yes,no,\n"
                                                       "林美玲,person,13900002222,,,高雄市前鎮區中華五路789號,,1,0,\n"
                                                       "張國榮,person,13700003333,,,新北市板橋區文化路一段,,是,否,\n"
                                                       "黃小明,person,13600004444,,,臺中市西屯區,,,,\n");
    QStringEncoder big5("Big5");
    REQUIRE(big5.isValid());
    const QByteArray big5File = big5(traditional);

    Importer::Report dry = Importer::run(admin, Importer::Kind::Customers, big5File, true);
    CHECK(dry.encoding == QStringLiteral("Big5"));
    CHECK(dry.samples == QStringList{q("陳大文"), q("林美玲"), q("張國榮")});
    CHECK(dry.imported == 4);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers") == 0);
    Importer::Report real = Importer::run(admin, Importer::Kind::Customers, big5File, false);
    CHECK(real.imported == 4);
    CHECK(db->scalar(QStringLiteral("SELECT address FROM customers WHERE name = ?"), {q("陳大文")}).toString() ==
          q("臺北市信義區松高路11號"));

    QStringEncoder gbk("GB18030");
    const QByteArray gbkFile = gbk(q("part_number,name,brand_spec,unit,price,source\n"
                                     "90915-YZZD1,机油滤清器,丰田原厂,个,68.00,原厂\n"
                                     "OIL-5W30-1L,全合成机油 5W-30,嘉实多 极护,升,98,同质\n"));
    dry = Importer::run(admin, Importer::Kind::Parts, gbkFile, true);
    CHECK(dry.encoding == QStringLiteral("GB18030"));
    CHECK(dry.samples == QStringList{q("机油滤清器"), q("全合成机油 5W-30")});
}

TEST_CASE("import: a damaged file is refused naming where, and nothing of it is imported", "[store][import][encoding]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands admin(*db, adminSession());
    // One bad byte in a UTF-8 file used to make the whole file GB18030: 张三 came out as 寮犱笁 with exit 0.
    QByteArray damaged = QByteArray(kCustomerHeader) + q("张三,person,13812345678,,,上海市,,,,\n").toUtf8() +
                         q("李四,person,13900002222,,,北京市,,,,\n").toUtf8();
    damaged.insert(damaged.lastIndexOf(",,,,"), '\xB7');
    const QString message = errorMessage([&] { Importer::run(admin, Importer::Kind::Customers, damaged, false); });
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("UTF-8")));
    CHECK(message.contains(QStringLiteral("line 3,")));
    CHECK(count(*db, "SELECT COUNT(*) FROM customers") == 0);

    // Bytes that are text in none of the encodings.
    CHECK(errorMessage([&] {
              Importer::run(admin, Importer::Kind::Customers, QByteArray(kCustomerHeader) + "A\x80\xFF,person\n", true);
          }).contains(QStringLiteral("line 2,")));
}

TEST_CASE("import: CR-only line endings, as old Mac and Excel files have them", "[store][import]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands admin(*db, adminSession());
    QByteArray mac = customersCsv(3);
    mac.replace('\n', '\r');
    const Importer::Report r = Importer::run(admin, Importer::Kind::Customers, mac, false);
    CHECK(r.imported == 3);
    CHECK(r.rejected == 0);
    CHECK(count(*db, "SELECT COUNT(*) FROM customers") == 3);
}

TEST_CASE("import: an error quotes at most a little of the file", "[store][import]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands admin(*db, adminSession());
    // A whole file on one line (a header that is not ours): the message names it, it does not repeat it.
    QByteArray oneLine("number,name");
    for (int i = 0; i < 5000; ++i)
        oneLine += ",col" + QByteArray::number(i);
    QString message = errorMessage([&] { Importer::run(admin, Importer::Kind::Parts, oneLine, true); });
    CHECK(message.contains(QStringLiteral("number,name,col0")));
    CHECK(message.size() < 300);

    // A quote that never closes would swallow the rest of the file into one field.
    QByteArray open = partsCsv(2) + "P-X,\"unclosed,x,y,1.00,oem\n";
    open += partsCsv(400).mid(int(qstrlen("part_number,name,brand_spec,unit,price,source\n")));
    message = errorMessage([&] { Importer::run(admin, Importer::Kind::Parts, open, false); });
    CHECK(message.contains(QStringLiteral("Line 4 ")));
    CHECK(message.size() < 300);
    CHECK(count(*db, "SELECT COUNT(*) FROM parts_catalog") == 0);

    // A field's value in a rejected row's reason is cut short too.
    const Importer::Report r = Importer::run(
        admin, Importer::Kind::Parts,
        QByteArray("part_number,name,brand_spec,unit,price,source\nP-1,x,,,") + QByteArray(10000, '9') + "x,oem\n", true);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines.first().reason.size() < 200);
}

TEST_CASE("import: canned-job codes are limited like labor codes, and codes with %1 print as they are",
          "[store][import][catalog]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands admin(*db, adminSession());
    Importer::Report r = Importer::run(admin, Importer::Kind::LaborOperations,
                                       "code,description,model_family,hours,labor_category\n"
                                       "A%1B,Oil change,,0.5,\n"
                                       "A%1B,Oil change,,0.6,\n",
                                       false);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines.first().reason.toStdString() == "A%1B was already on line 1 of this file; this line replaces it.");
    REQUIRE(Importer::run(admin, Importer::Kind::Parts,
                          "part_number,name,brand_spec,unit,price,source\nF%3,Filter,,pc,45.00,oem\n", false)
                .imported == 1);

    const QString longCode(41, QLatin1Char('J'));
    r = Importer::run(admin, Importer::Kind::CannedJobs,
                      "job_code,job_name,model_family,kind,code,quantity\n" + longCode.toUtf8() +
                          ",Oil change,,labor,A%1B,\n"
                          "J%2,Oil change,,labor,A%1B,\n"
                          "J%2,Oil change,,part,F%3,1\n",
                      false);
    CHECK(r.imported == 2);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines.first().rejected);
    CHECK(r.lines.first().reason.contains(QStringLiteral("longer than 40 characters")));
    const QList<CannedJob> jobs = CatalogStore(*db).jobs();
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.first().code == QStringLiteral("J%2"));
    // What the audit trail recorded for the job's items: the codes as they are.
    const QString items = db->scalar(QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = "
                                                    "'canned_jobs' AND new_values LIKE '%items%'"))
                              .toString();
    CHECK(items.contains(QStringLiteral("labor A%1B 0; part F%3 1000")));

    // A job that names what is not in the catalogs says so with its codes as written.
    r = Importer::run(admin, Importer::Kind::CannedJobs,
                      "job_code,job_name,model_family,kind,code,quantity\nK%1,Brakes,,part,X%1,2\n", true);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines.first().reason.contains(QStringLiteral("the job K%1 was not imported: line 1: the part X%1 is not")));
}
