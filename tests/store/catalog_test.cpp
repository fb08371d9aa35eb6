// The catalogs on both databases: CSV import of labor operations, the price list and canned jobs (a row with a
// key on file replaces it; a job is imported whole or not at all), lookups per model family, part search.
#include <catch2/catch.hpp>

#include "fixtures.h"
#include "store/catalogstore.h"
#include "store/importer.h"

using namespace dd;
using namespace ddtest;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

void addRates(Database &db)
{
    Commands admin(db, adminSession());
    DealershipStore d(db);
    d.addLaborRate(admin, LaborRate{0, QStringLiteral("MECH"), q("机修"), 18000});
    d.addLaborRate(admin, LaborRate{0, QStringLiteral("ELEC"), q("电器"), 20000});
}

Importer::Report import(Commands &c, Importer::Kind kind, const char *csv, bool dryRun = false)
{
    return Importer::run(c, kind, QByteArray(csv), dryRun);
}

const char *const kLabor = "code,description,model_family,hours,labor_category\n"
                           "LUB-001,更换机油及机油滤清器,,0.5,MECH\n"
                           "LUB-001,更换机油及机油滤清器,凯美瑞,0.6,\n"
                           "ELE-010,更换蓄电池,,0.3,ELEC\n"
                           "BAD-1,没有工时,,,MECH\n"
                           "BAD-2,未知工种,,1,WASH\n"
                           "lub-001,更换机油及机油滤清器（新）,,0.4,MECH\n";

const char *const kParts = "part_number,name,brand_spec,unit,price,source\n"
                           "90915-YZZD1,机油滤清器,丰田原厂,个,68.00,原厂\n"
                           "OIL-5W30-1L,全合成机油 5W-30,嘉实多 极护,升,98,同质\n"
                           "FLT-OIL-GEN,机油滤清器,马勒 通用,个,45.00,\n"
                           "BAT-60AH,蓄电池 60Ah,瓦尔塔,个,八百五,同质\n"
                           "SPK-GEN,火花塞,NGK,个,85.00,客户自带\n";
} // namespace

TEST_CASE("catalog import: labor operations and the price list, rows replaced by key", "[store][catalog]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    addRates(*db);
    Commands manager(*db, signedIn(*db, QStringLiteral("chenjing"), {Role::ServiceManager}, q("陈静")));
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    CatalogStore catalog(*db);

    // A dry run checks every row and keeps nothing.
    Importer::Report r = import(manager, Importer::Kind::LaborOperations, kLabor, true);
    CHECK(r.imported == 4);
    CHECK(r.rejected == 2);
    CHECK(catalog.operations().isEmpty());

    r = import(manager, Importer::Kind::LaborOperations, kLabor);
    CHECK(r.imported == 4);
    CHECK(r.rejected == 2);
    REQUIRE(r.lines.size() == 3);
    CHECK(r.lines[0].line == 4);
    CHECK(r.lines[0].reason.contains(QStringLiteral("hours")));
    CHECK(r.lines[1].line == 5);
    CHECK(r.lines[1].reason.contains(QStringLiteral("WASH")));
    CHECK_FALSE(r.lines[2].rejected); // the same code again in the file: the later line counts, with a warning
    CHECK(r.lines[2].line == 6);
    CHECK(r.lines[2].reason.contains(QStringLiteral("LUB-001")));

    const QList<LaborOperation> ops = catalog.operations();
    REQUIRE(ops.size() == 3);
    CHECK(catalog.operationFor(QStringLiteral("lub-001"), q("凯美瑞 2.0G"))->centiHours == 60);
    CHECK(catalog.operationFor(QStringLiteral("LUB-001"), q("雅阁"))->centiHours == 40);
    CHECK(catalog.operationFor(QStringLiteral("LUB-001"), q("雅阁"))->description == q("更换机油及机油滤清器（新）"));
    CHECK_FALSE(catalog.operationFor(QStringLiteral("BAD-2"), q("雅阁")));

    // The price list: Chinese source names, yuan with or without fen; wrong prices and sources named.
    r = import(manager, Importer::Kind::Parts, kParts);
    CHECK(r.imported == 3);
    CHECK(r.rejected == 2);
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].reason.contains(q("八百五")));
    CHECK(r.lines[1].reason.contains(q("客户自带")));
    const std::optional<CatalogPart> oil = catalog.part(QStringLiteral("oil-5w30-1l"));
    REQUIRE(oil);
    CHECK(oil->priceFen == 9800);
    CHECK(oil->source == QStringLiteral("equivalent"));
    CHECK(oil->unit == q("升"));
    CHECK(catalog.part(QStringLiteral("FLT-OIL-GEN"))->source == QStringLiteral("oem"));
    CHECK(catalog.partCount() == 3);

    // Importing the same price list again changes nothing and writes no audit rows.
    const int audits = db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    import(manager, Importer::Kind::Parts, kParts);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == audits);

    // A new price list: the changed price is audited with its old value.
    import(manager, Importer::Kind::Parts, "part_number,name,brand_spec,unit,price,source\n90915-YZZD1,机油滤清器,丰田原厂,个,72.00,原厂\n");
    CHECK(catalog.part(QStringLiteral("90915-YZZD1"))->priceFen == 7200);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'parts_catalog' AND action = 'update' "
                                    "AND old_values LIKE '%6800%' AND new_values LIKE '%7200%'"))
              .toInt() == 1);

    // Part search: the number's start, the name's start, any part of the name.
    auto numbers = [&](const QString &text) {
        QStringList out;
        for (const CatalogPart &p : catalog.findParts(text))
            out << p.partNumber;
        out.sort();
        return out;
    };
    CHECK(numbers(QStringLiteral("9091")) == QStringList{QStringLiteral("90915-YZZD1")});
    CHECK(numbers(q("机油")) == QStringList{QStringLiteral("90915-YZZD1"), QStringLiteral("FLT-OIL-GEN")});
    CHECK(numbers(q("油滤清")) == QStringList{QStringLiteral("90915-YZZD1"), QStringLiteral("FLT-OIL-GEN")});
    CHECK(numbers(QStringLiteral("5W-30")) == QStringList{QStringLiteral("OIL-5W30-1L")});
    CHECK(numbers(QStringLiteral("100%")).isEmpty());
    CHECK(numbers(QString()).size() == 3);

    // Importing catalogs is not an advisor's job.
    CHECK(errorKind([&] { import(advisor, Importer::Kind::Parts, kParts); }) == StoreError::Kind::Forbidden);
    // A wrong header imports nothing and says which header is expected.
    CHECK(errorMessage([&] { import(manager, Importer::Kind::Parts, "number,name\nX,Y\n"); })
              .contains(QStringLiteral("part_number,name,brand_spec,unit,price,source")));
}

TEST_CASE("catalog import: canned jobs whole or not at all, resolved for the car's model family", "[store][catalog]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    addRates(*db);
    Commands manager(*db, signedIn(*db, QStringLiteral("chenjing"), {Role::ServiceManager}, q("陈静")));
    CatalogStore catalog(*db);
    import(manager, Importer::Kind::LaborOperations, kLabor);
    import(manager, Importer::Kind::Parts, kParts);

    Importer::Report r = import(manager, Importer::Kind::CannedJobs,
                                "job_code,job_name,model_family,kind,code,quantity\n"
                                "M05K,5000公里保养,,labor,LUB-001,\n"
                                "M05K,5000公里保养,,part,OIL-5W30-1L,4\n"
                                "M05K,5000公里保养,,part,FLT-OIL-GEN,1\n"
                                "M05K,5000公里保养（凯美瑞）,凯美瑞,工时,LUB-001,\n"
                                "M05K,5000公里保养（凯美瑞）,凯美瑞,配件,90915-YZZD1,1\n"
                                "M05K,5000公里保养（凯美瑞）,凯美瑞,part,OIL-5W30-1L,4.5\n"
                                "BAT,换蓄电池,,labor,ELE-010,0.5\n"
                                "BAT,换蓄电池,,part,BAT-60AH,1\n"
                                "WASH,洗车,,labor,WSH-001,\n");
    CHECK(r.imported == 6);
    CHECK(r.rejected == 3);
    REQUIRE(r.lines.size() == 3);
    CHECK(r.lines[0].line == 7); // BAT: its part is not in the price list, so the whole job waits
    CHECK(r.lines[1].line == 8);
    CHECK(r.lines[1].reason.contains(QStringLiteral("BAT-60AH")));
    CHECK(r.lines[2].reason.contains(QStringLiteral("WSH-001")));

    const QList<LaborRate> rates = DealershipStore(*db).laborRates();
    // A Camry gets its own job: the Camry's hours and the OEM filter.
    QList<CannedJob> jobs = catalog.jobsFor(q("凯美瑞 2.0G 豪华版"));
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].name == q("5000公里保养（凯美瑞）"));
    CatalogStore::Resolved camry = catalog.resolve(jobs[0], q("凯美瑞 2.0G 豪华版"), rates);
    CHECK(camry.missing.isEmpty());
    REQUIRE(camry.lines.size() == 3);
    CHECK(camry.lines[0].centiHours == 60);
    CHECK(camry.lines[0].rateFen == rates.first().ratePerHour); // no category: the first rate, as on screen
    CHECK(camry.lines[1].code == QStringLiteral("90915-YZZD1"));
    CHECK(camry.lines[2].quantityMilli == 4500);
    CHECK(camry.lines[2].amount() == 44100);

    // Another car gets the general job, with the general hours.
    jobs = catalog.jobsFor(q("雅阁"));
    REQUIRE(jobs.size() == 1);
    CatalogStore::Resolved accord = catalog.resolve(jobs[0], q("雅阁"), rates);
    REQUIRE(accord.lines.size() == 3);
    CHECK(accord.lines[0].centiHours == 40);
    CHECK(accord.lines[1].code == QStringLiteral("OIL-5W30-1L"));

    // Re-importing a job replaces its items; a part gone from the price list is named when the job is used.
    r = import(manager, Importer::Kind::CannedJobs,
               "job_code,job_name,model_family,kind,code,quantity\n"
               "M05K,5000公里常规保养,,labor,LUB-001,\nM05K,5000公里常规保养,,part,OIL-5W30-1L,5\n");
    CHECK(r.rejected == 0);
    jobs = catalog.jobsFor(q("雅阁"));
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].name == q("5000公里常规保养"));
    REQUIRE(jobs[0].items.size() == 2);
    CHECK(jobs[0].items[1].quantityMilli == 5000);
    db->query(QStringLiteral("UPDATE parts_catalog SET active = 0 WHERE part_number = 'OIL-5W30-1L'"));
    accord = catalog.resolve(jobs[0], q("雅阁"), rates);
    CHECK(accord.lines.size() == 1);
    CHECK(accord.missing == QStringList{CatalogStore::tr("part %1").arg(QStringLiteral("OIL-5W30-1L"))});
}

TEST_CASE("a canned job names the work-order type it sets, the default rate and the workshop hours are settings",
          "[store][catalog][settings]")
{
    // Issue 17 points 5 and 6.
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    addRates(*db);
    Commands admin(*db, adminSession());
    import(admin, Importer::Kind::LaborOperations, kLabor);
    import(admin, Importer::Kind::Parts, kParts);
    // The older six-column file still imports; the seventh column names the type in a code or a word.
    Importer::Report old = import(admin, Importer::Kind::CannedJobs,
                                  "job_code,job_name,model_family,kind,code,quantity\nOLD,旧格式,,labor,LUB-001,\n");
    CHECK(old.imported == 1);
    Importer::Report r = import(admin, Importer::Kind::CannedJobs,
                                "job_code,job_name,model_family,kind,code,quantity,wo_type\n"
                                "M05K,5000公里保养,,labor,LUB-001,,保养\n"
                                "M05K,5000公里保养,,part,OIL-5W30-1L,4,\n"
                                "BAT,换蓄电池,,labor,ELE-010,0.5,repair\n"
                                "ODD,怪,,labor,ELE-010,,洗车\n");
    CHECK(r.imported == 3);
    REQUIRE(r.rejected == 1);
    CHECK(r.lines[0].reason.contains(QStringLiteral("wo_type")));
    QMap<QString, QString> types;
    for (const CannedJob &j : CatalogStore(*db).jobs())
        types.insert(j.code, j.woType);
    CHECK(types.value(QStringLiteral("M05K")) == QStringLiteral("maintenance"));
    CHECK(types.value(QStringLiteral("BAT")) == QStringLiteral("repair"));
    CHECK(types.value(QStringLiteral("OLD")).isEmpty());
    CHECK_FALSE(types.contains(QStringLiteral("ODD")));
    // A wrong header names the optional column too.
    const QString header = [&] {
        try {
            import(admin, Importer::Kind::CannedJobs, "job_code,name\nX,Y\n");
        } catch (const StoreError &e) {
            return e.message();
        }
        return QString();
    }();
    CHECK(header.contains(QStringLiteral("quantity,wo_type")));

    DealershipStore dealership(*db);
    DealershipSettings s = dealership.load();
    CHECK(s.workshopHours == WorkshopHours{}); // 08:30-18:00, every day, until set
    CHECK(s.defaultLaborRate.isEmpty());
    s.name = q("浦江汽车");
    s.workshopHours.opens = QTime(8, 0);
    s.workshopHours.closes = QTime(17, 30);
    s.workshopHours.daysOff = {7};
    s.defaultLaborRate = QStringLiteral("MECH");
    dealership.save(admin, s);
    const DealershipSettings back = dealership.load();
    CHECK(back.workshopHours.opens == QTime(8, 0));
    CHECK(back.workshopHours.closes == QTime(17, 30));
    CHECK(back.workshopHours.daysOff == QList<int>{7});
    CHECK(back.defaultLaborRate == QStringLiteral("MECH"));
    // A default rate that is not an active rate, or a workshop closing before it opens, is refused.
    DealershipSettings bad = back;
    bad.defaultLaborRate = QStringLiteral("NOPE");
    CHECK(errorKind([&] { dealership.save(admin, bad); }) == StoreError::Kind::Validation);
    bad = back;
    bad.workshopHours.closes = QTime(7, 0);
    CHECK(errorKind([&] { dealership.save(admin, bad); }) == StoreError::Kind::Validation);
    CHECK(dealership.load().workshopHours == back.workshopHours);
}
