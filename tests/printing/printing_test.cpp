// Every print template rendered to PDF from fixed data and read back: its text (pdftotext), its page
// count (pdfinfo), its fonts embedded (pdffonts), every word inside the page (pdftotext -bbox), and its
// barcode scanned (zbarimg). Then the issuing of documents: recorded, reprinted, re-issued when changed.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "cli/cli.h"
#include "documents/documentservice.h"
#include "documents/formregistry.h"
#include "cli/options.h"
#include "store/bootstrap.h"
#include "store/passwordhasher.h"
#include "printing/formbuilders.h"
#include "printing/formrenderer.h"
#include "printing/htmltemplate.h"
#include "printing/pdftext.h"
#include "store/documentstore.h"
#include "store/formdata.h"
#include "demo/demo.h"
#include "store/workorderstore.h"
#include <QSqlQuery>
#include "store/fixtures.h"

using namespace dd;
using namespace ddtest;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString() << ": "
                               << QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The local date a stored UTC time shows on paper (tests run in a pinned zone, tests/support/testzone.h).
QString localDay(const char *utc)
{
    return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

// The completion's local date (2026-11-22T08:00Z) moved on by days or months, as the guarantee and the next
// service are printed.
QString completedPlus(int days, int months = 0)
{
    const QDate d = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC).toLocalTime().date();
    return d.addDays(days).addMonths(months).toString(QStringLiteral("yyyy-MM-dd"));
}

QString text(const QString &pdf) { return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}); }

int pages(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// Each font line of pdffonts: name type encoding emb sub uni id gen. All must say "yes" under emb.
void requireFontsEmbedded(const QString &pdf)
{
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        INFO(line.toStdString());
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));
    }
}

// Every word's box lies inside its page.
void requireInsidePage(const QString &pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpressionMatch page =
        QRegularExpression(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\"")).match(html);
    REQUIRE(page.hasMatch());
    const double width = page.captured(1).toDouble(), height = page.captured(2).toDouble();
    const QRegularExpression word(QStringLiteral("xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)<"));
    int words = 0;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        INFO("word " << m.captured(5).toStdString());
        CHECK(m.captured(1).toDouble() >= 0);
        CHECK(m.captured(3).toDouble() <= width);
        CHECK(m.captured(2).toDouble() >= 0);
        CHECK(m.captured(4).toDouble() <= height);
        ++words;
    }
    CHECK(words > 20);
}

QString scanBarcode(const QString &pdf, const QString &dir)
{
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"),
                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                     pdf, dir + QStringLiteral("/scan")});
    return run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), dir + QStringLiteral("/scan-1.png")}).trimmed();
}

FormHeader header()
{
    return FormHeader{q("上海浦江汽车销售服务有限公司"), q("上海市浦东新区川沙路 5288 号"), q("021-5858 6688"), {}};
}

IntakeSheet intakeSheet()
{
    IntakeSheet s;
    s.header = header();
    s.workOrderNumber = QStringLiteral("WO202611220007");
    s.timeIn = QDateTime(QDate(2026, 11, 22), QTime(1, 5), Qt::UTC);
    s.advisorName = q("王芳");
    s.customerName = q("张三");
    s.customerPhone = QStringLiteral("13812345678");
    s.dropOffName = q("李师傅");
    s.dropOffPhone = QStringLiteral("13916668888");
    s.plate = q("沪A12345");
    s.vin = QStringLiteral("LSVAU218XN2183294");
    s.model = q("大众 朗逸 1.5L");
    s.color = q("白色");
    s.concerns = QStringList{q("冷车启动时发动机有异响"), q("空调制冷效果差")};
    s.promisedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    s.handoverTerms = q("1. 请随身带走贵重物品。\n2. 追加维修项目须事先征得客户同意。");
    s.plannedItems << PlannedItem{QStringLiteral("labor"), q("更换机油机滤"), QStringLiteral("1"), 18000}
                   << PlannedItem{QStringLiteral("part"), q("全合成机油 5W-30"), QStringLiteral("4.5"), 42000};
    s.estimateFen = 60000;
    Inspection &in = s.inspection;
    in.state = QStringLiteral("completed");
    in.odometerKm = 52340;
    in.previousOdometerKm = 48000;
    in.fuelEighths = 3;
    in.keyTag = QStringLiteral("A07");
    in.valuablesReminded = true;
    in.oldParts = QStringLiteral("customer_takes");
    in.belongings = QStringList{QStringLiteral("spare_tyre"), QStringLiteral("jack")};
    in.warningLamps = QStringList{QStringLiteral("engine")};
    in.checks << QuickCheck{QStringLiteral("tyres"), QStringLiteral("yellow"), q("左前 2.5 mm")};
    DamageMark old;
    old.isNew = false;
    old.view = QStringLiteral("right");
    old.kind = QStringLiteral("dent");
    old.status = QStringLiteral("present");
    old.foundIn = QStringLiteral("WO202608120001");
    old.foundAt = QDateTime(QDate(2026, 8, 12), QTime(2, 0), Qt::UTC);
    DamageMark fresh;
    fresh.view = QStringLiteral("left");
    fresh.kind = QStringLiteral("scratch");
    fresh.note = q("左后门 15 cm");
    in.marks << old << fresh;
    in.renumberMarks();
    return s;
}

AppointmentSlip appointmentSlip()
{
    AppointmentSlip s;
    s.header = header();
    s.number = QStringLiteral("AP202611230003");
    s.startsAt = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
    s.durationMin = 90;
    s.customerName = q("张三");
    s.customerPhone = QStringLiteral("13812345678");
    s.vehicle = q("沪A12345 大众 朗逸");
    s.vin = QStringLiteral("LSVAU218XN2183294");
    s.serviceType = QStringLiteral("maintenance");
    s.concerns = q("到保养里程了，做常规保养");
    s.advisorName = q("王芳");
    s.depositFen = 130000;
    s.depositPaid = true;
    s.partsPriceFen = 260000;
    s.state = QStringLiteral("booked");
    return s;
}

WorkOrderParty party()
{
    WorkOrderParty p;
    p.workOrderNumber = QStringLiteral("WO202611220007");
    p.timeIn = QDateTime(QDate(2026, 11, 22), QTime(1, 5), Qt::UTC);
    p.advisorName = q("王芳");
    p.customerName = q("张三");
    p.customerPhone = QStringLiteral("13812345678");
    p.dropOffName = q("李师傅");
    p.dropOffPhone = QStringLiteral("13916668888");
    p.plate = q("沪A12345");
    p.vin = QStringLiteral("LSVAU218XN2183294");
    p.model = q("大众 朗逸 1.5L");
    p.mileageKm = 52340;
    p.engineNo = QStringLiteral("DLC873421");
    p.vehicleType = QStringLiteral("K33");
    p.plateColor = QStringLiteral("blue");
    return p;
}

WorkOrderLine line(const char *kind, const char *text, qint64 quantity, Fen price, const char *source = "")
{
    WorkOrderLine l;
    l.kind = QString::fromLatin1(kind);
    l.description = q(text);
    if (l.kind == QLatin1String("labor")) {
        l.centiHours = int(quantity);
        l.rateFen = price;
    } else {
        l.quantityMilli = quantity;
        l.unitPriceFen = price;
        l.unit = q("个");
        l.partSource = QString::fromLatin1(source);
    }
    return l;
}

AuthorizationForm authorizationForm()
{
    AuthorizationForm f;
    f.header = header();
    f.party = party();
    f.order.number = f.party.workOrderNumber;
    f.order.type = QStringLiteral("repair");
    f.order.repairCategory = QStringLiteral("level2");
    f.order.promisedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    f.order.concerns << Concern{1, q("刹车时有异响"), {}, {}, false};
    f.order.lines << line("labor", "更换前刹车片", 80, 36000) << line("part", "前刹车片", 1000, 45000, "oem")
                  << line("part", "雨刮片（客户自带）", 2000, 0, "customer_supplied");
    f.oldParts = QStringLiteral("customer_takes");
    f.handoverTerms = q("1. 请随身带走贵重物品。");
    return f;
}

AddOnForm addOnForm()
{
    AddOnForm f;
    f.header = header();
    f.party = party();
    f.promisedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    AddOnFinding a;
    a.description = q("右前减震器漏油");
    a.reason = q("减震器漏油会影响制动时的稳定性");
    a.safetyCritical = true;
    a.extraMinutes = 90;
    a.newPromisedAt = QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC);
    a.warranty = QStringLiteral("not_eligible");
    a.warrantyReason = q("已超出厂家保修期");
    a.lines << line("labor", "更换右前减震器", 100, 36000) << line("part", "右前减震器", 1000, 68000, "oem");
    for (WorkOrderLine &l : a.lines)
        l.status = QStringLiteral("proposed");
    f.findings << a;
    return f;
}

CompletionCertificate certificate()
{
    CompletionCertificate c;
    c.header = header();
    c.party = party();
    c.certificateNo = QStringLiteral("HG202611220002");
    c.repairCategory = QStringLiteral("level2");
    c.work = QStringList{q("二级维护"), q("更换前刹车片")};
    c.completedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
    c.inspectorName = q("孙丽");
    c.guaranteeKm = 8000; // the dealership commits more than the legal 5,000 km and 30 days
    c.guaranteeDays = 60;
    return c;
}

SettlementStatement settlementStatement()
{
    SettlementStatement st;
    st.header = header();
    st.taxNumber = QStringLiteral("91310115MA1K4B2C82");
    st.party = party();
    st.order = authorizationForm().order;
    WorkOrderLine w = line("part", "水泵", 1000, 12000, "oem");
    w.payType = QStringLiteral("warranty");
    w.code = QStringLiteral("WP-01");
    w.brandSpec = q("博世");
    WorkOrderLine d = line("other", "制动系统检测", 1000, 5000);
    d.otherKind = QStringLiteral("diagnosis");
    st.order.lines << w << d;
    st.guaranteeKm = 5000;
    st.guaranteeDays = 30;
    Settlement &s = st.settlement;
    s.number = QStringLiteral("ST202611220003");
    s.workOrderNumber = st.party.workOrderNumber;
    s.settledAt = QDateTime(QDate(2026, 11, 22), QTime(9, 40), Qt::UTC);
    s.cashierName = q("刘洋");
    s.oldParts = QStringLiteral("customer_takes");
    Discount tenth;
    tenth.basisPoints = 1000;
    Discount roundOff;
    roundOff.scope = QStringLiteral("round_off");
    s.discounts = {tenth, roundOff};
    s.totals = SettlementRules::compute(st.order.lines, s.discounts, 1300);
    s.approvedBy = q("陈静");
    s.payments = {Payment{0, QStringLiteral("cash"), 50000, 60000, {}},
                  Payment{0, QStringLiteral("wechat"), 20900, 0, QStringLiteral("4200001234")},
                  Payment{0, QStringLiteral("warranty_claim"), 12000, 0, {}}};
    return st;
}

ReleaseNotice releaseNotice()
{
    ReleaseNotice r;
    r.header = header();
    r.party = party();
    r.order = authorizationForm().order;
    r.settlementNumber = QStringLiteral("ST202611220003");
    r.settledAt = QDateTime(QDate(2026, 11, 22), QTime(9, 40), Qt::UTC);
    r.completedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
    r.odometerOutKm = 52340;
    r.oldParts = QStringLiteral("customer_takes");
    r.belongings = QStringList{q("行驶证"), q("备胎")};
    r.keyTag = QStringLiteral("A07");
    return r;
}

DayCloseSheet dayCloseSheet()
{
    DayCloseSheet sheet;
    sheet.header = header();
    DayCloseReport &d = sheet.report;
    d.businessDate = QDate(2026, 11, 22);
    d.settlements = 1;
    d.collectedFen = 70900;
    d.receivableFen = 12000;
    d.totalFen = 82900;
    d.rows = {{q("刘洋"), QStringLiteral("cash"), 1, 50000}, {q("刘洋"), QStringLiteral("wechat"), 1, 20900},
              {q("刘洋"), QStringLiteral("warranty_claim"), 1, 12000}};
    d.list = {settlementStatement().settlement};
    return sheet;
}

ComplaintSheet complaintSheet()
{
    ComplaintSheet s;
    s.header = header();
    s.number = QStringLiteral("TS202611250001");
    s.receivedAt = QDateTime(QDate(2026, 11, 25), QTime(1, 30), Qt::UTC);
    s.receivedBy = q("李娜");
    s.source = QStringLiteral("follow_up");
    s.customerName = q("张三");
    s.customerPhone = QStringLiteral("13812345678");
    s.vehicle = q("沪A12345 大众 朗逸");
    s.vin = QStringLiteral("LSVAU218XN2183294");
    s.workOrderNumber = QStringLiteral("WO202611220007");
    s.category = QStringLiteral("repair_quality");
    s.severity = QStringLiteral("general");
    s.words = q("刹车异响还在，修了等于没修");
    s.responsible = q("陈静");
    s.replyBy = s.receivedAt.addSecs(24 * 3600);
    s.resolveBy = s.receivedAt.addSecs(48 * 3600);
    s.repliedAt = s.receivedAt.addSecs(3 * 3600);
    s.closedAt = s.receivedAt.addSecs(30 * 3600);
    s.state = QStringLiteral("closed");
    s.satisfied = 1;
    s.steps = {{s.receivedAt, q("李娜"), QStringLiteral("received"), {}, {}, -1},
               {s.receivedAt.addSecs(600), q("李娜"), QStringLiteral("handed_over"), q("休假"), q("→ 陈静"), -1},
               {s.receivedAt.addSecs(3 * 3600), q("陈静"), QStringLiteral("replied"), q("已道歉，约好返修"), {}, -1},
               {s.receivedAt.addSecs(5 * 3600), q("陈静"), QStringLiteral("comeback"), q("返修刹车"), QStringLiteral("WO202611250004"), -1},
               {s.closedAt, q("陈静"), QStringLiteral("called_back"), q("异响消除"), {}, 1}};
    return s;
}

FormIdentity english(const QString &form)
{
    const FormSpec *spec = FormRegistry::find(form);
    REQUIRE(spec);
    return spec->identity(QStringLiteral("en"));
}

FormDocument build(const QString &form, bool hostile)
{
    const QString evil0 = q("<b>张三</b><script>alert(1)</script> & {{number}} 臺灣車主 😀") + QString(150, QChar(u'长'));
    if (form == QLatin1String("settlement")) {
        SettlementStatement st = settlementStatement();
        if (hostile) {
            st.party.customerName = evil0;
            st.order.lines.first().description = q("</td></tr></table><h1>BIG</h1>") + QString(200, QChar(u'响'));
            st.settlement.payments[1].reference = q("<i>ref</i>");
            st.party.vin.clear();
        }
        return FormBuilders::settlement(st, english(form));
    }
    if (form == QLatin1String("release")) {
        ReleaseNotice r = releaseNotice();
        if (hostile) {
            r.party.customerName = evil0;
            r.belongings << q("<img src=x> ") + QString(200, QChar(u'响'));
            r.keyTag.clear();
        }
        return FormBuilders::release(r, english(form));
    }
    if (form == QLatin1String("complaint")) {
        ComplaintSheet c = complaintSheet();
        if (hostile) {
            c.customerName = evil0;
            c.words = q("</p><h1>BIG</h1>") + QString(400, QChar(u'响'));
            c.steps.first().notes = q("<script>x</script>");
            c.vin.clear();
        }
        return FormBuilders::complaint(c, english(form));
    }
    if (form == QLatin1String("dayclose")) {
        DayCloseSheet d = dayCloseSheet();
        if (hostile) {
            d.report.rows.first().cashier = evil0;
            d.report.list.first().cashierName = q("<script>");
        }
        return FormBuilders::dayClose(d, english(form));
    }
    if (form == QLatin1String("certificate")) {
        CompletionCertificate c = certificate();
        if (hostile) {
            c.party.customerName = q("<b>张三</b><script>alert(1)</script> & {{number}} 臺灣車主 😀") + QString(150, QChar(u'长'));
            c.work << q("<i>") + QString(200, QChar(u'响'));
            c.inspectorName.clear();
        }
        return FormBuilders::certificate(c, english(form));
    }
    const QString evil = q("<b>张三</b><script>alert(1)</script> & {{number}} 臺灣車主 😀") + QString(150, QChar(u'长'));
    if (form == QLatin1String("authorization")) {
        AuthorizationForm f = authorizationForm();
        if (hostile) {
            f.party.customerName = evil;
            f.party.vin.clear();
            f.party.dropOffName.clear();
            f.order.concerns.first().text = q("<img src=x> ") + QString(200, QChar(u'响'));
            f.order.lines.first().description = q("</td></tr></table><h1>BIG</h1>");
        }
        return FormBuilders::authorization(f, english(form));
    }
    if (form == QLatin1String("addon")) {
        AddOnForm f = addOnForm();
        if (hostile) {
            f.party.customerName = evil;
            f.findings.first().reason = q("<i>") + QString(200, QChar(u'响'));
            f.party.model.clear();
        }
        return FormBuilders::addon(f, english(form));
    }
    if (form == QLatin1String("intake")) {
        IntakeSheet s = intakeSheet();
        if (hostile) {
            s.customerName = q("<b>张三</b><script>alert(1)</script> & {{number}} [[Customer]] 臺灣車主 😀") +
                             QString(150, QChar(u'长'));
            s.dropOffName.clear();
            s.dropOffPhone.clear();
            s.vin.clear();
            s.color.clear();
            s.model.clear();
            s.concerns = QStringList{q("<img src=x> 冷车 ") + QString(200, QChar(u'响'))};
            s.inspection.marks[1].note = q("</td></tr></table><h1>BIG</h1>");
        }
        return FormBuilders::intake(s, english(form));
    }
    AppointmentSlip s = appointmentSlip();
    if (hostile) {
        s.customerName = q("<b>张三</b><script>alert(1)</script> & {{number}} 臺灣車主 😀") + QString(150, QChar(u'长'));
        s.concerns = q("<i>") + QString(200, QChar(u'响'));
        s.vin.clear();
        s.advisorName.clear();
        s.customerPhone.clear();
    }
    return FormBuilders::appointment(s, english(form));
}
} // namespace

TEST_CASE("every form prints its data with fonts embedded on its pages", "[printing]")
{
    struct Row {
        const char *form;
        int pages;
        QStringList expected;
        QStringList absent;
    };
    const Row rows[] = {
        {"intake",
         1,
         {QStringLiteral("WO202611220007"), q("张三"), QStringLiteral("138****5678"), QStringLiteral("139****8888"),
          q("沪A12345"), QStringLiteral("LSVAU218XN2183294"), q("冷车启动时发动机有异响"), q("左后门 15 cm"),
          QStringLiteral("52,340 km"), QStringLiteral("A07"), QStringLiteral("recorded ") + localDay("2026-08-12T02:00:00Z"), q("¥600.00"),
          q("上海浦江汽车销售服务有限公司"), QStringLiteral("Page 1 of 1"), q("请随身带走贵重物品")},
         {QStringLiteral("13812345678"), QStringLiteral("13916668888"), q("⻋")}},
        {"appointment",
         1,
         {QStringLiteral("AP202611230003"), q("张三"), QStringLiteral("138****5678"), q("沪A12345"), q("¥1,300.00"),
          q("到保养里程了"), QStringLiteral("Page 1 of 1")},
         {QStringLiteral("13812345678")}},
        {"authorization",
         1,
         {QStringLiteral("WO202611220007"), q("张三"), QStringLiteral("138****5678"), q("沪A12345"), q("刹车时有异响"),
          q("更换前刹车片"), q("¥288.00"), q("¥450.00"), q("¥738.00"), q("¥84.90"), QStringLiteral("5,000 km or 30 days"),
          QStringLiteral("no quality guarantee"), QStringLiteral("I authorize the work above"), QStringLiteral("Page 1 of 1")},
         {QStringLiteral("13812345678"), QStringLiteral("13916668888")}},
        {"addon",
         1,
         {QStringLiteral("WO202611220007"), q("右前减震器漏油"), QStringLiteral("Safety-critical"), q("已超出厂家保修期"),
          q("¥360.00"), q("¥680.00"), q("¥1,040.00"), QStringLiteral("Extra time 90 min"), QStringLiteral("138****5678"),
          QStringLiteral("Page 1 of 1")},
         {QStringLiteral("13812345678")}},
        {"certificate",
         3,
         {QStringLiteral("HG202611220002"), QStringLiteral("WO202611220007"), q("沪A12345"), QStringLiteral("Blue plate"),
          QStringLiteral("Small sedan"), QStringLiteral("DLC873421"), QStringLiteral("LSVAU218XN2183294"),
          QStringLiteral("Level-2 maintenance"), q("孙丽"), q("更换前刹车片"), QStringLiteral("Original"),
          QStringLiteral("Counterfoil"), QStringLiteral("passed the inspection and may leave the shop"),
          QStringLiteral("Received by the customer"), QStringLiteral("Shop's seal"), QStringLiteral("021-5858 6688"),
          QStringLiteral("Quality Guarantee Card"), QStringLiteral("8,000 km or 60 days"),
          QStringLiteral("legal minimum for Level-2 maintenance: 5,000 km or 30 days"),
          QStringLiteral("until %1 or 60,340 km").arg(completedPlus(60)), QStringLiteral("Page 3 of 3")},
         {}},
        {"settlement",
         2,
         {QStringLiteral("ST202611220003"), QStringLiteral("WO202611220007"), q("张三"), q("李师傅"), q("沪A12345"),
          QStringLiteral("LSVAU218XN2183294"), QStringLiteral("52,340 km"), QStringLiteral("Labor"), QStringLiteral("Materials"),
          QStringLiteral("Other charges"), q("¥288.00"), q("¥450.00"), QStringLiteral("WP-01"), q("博世"), q("¥50.00"),
          QStringLiteral("Warranty (manufacturer)"), q("¥120.00"), q("-¥78.80"), q("-¥0.20"), q("¥829.00"), q("¥709.00"),
          q("¥95.37"), q("捌佰贰拾玖元整"), q("¥600.00"), q("¥100.00"), QStringLiteral("4200001234"),
          QStringLiteral("Warranty claim"), QStringLiteral("Taken back by the customer"), QStringLiteral("91310115MA1K4B2C82"),
          QStringLiteral("approved by"), q("刘洋"), QStringLiteral("Customer signature"), QStringLiteral("DLC873421"),
          QStringLiteral("Small sedan"), QStringLiteral("Blue plate"), QStringLiteral("Mileage out"), q("刹车时有异响"),
          QStringLiteral("Own"), QStringLiteral("two copies"), QStringLiteral("takes effect when the customer signs"),
          QStringLiteral("no quality guarantee from the shop"), QStringLiteral("5,000 km or 30 days"), QStringLiteral("Shop's seal"),
          QStringLiteral("Copy 1"), QStringLiteral("Copy 2"), QStringLiteral("Page 2 of 2")},
         {QStringLiteral("13812345678")}},
        {"release",
         1,
         {QStringLiteral("WO202611220007"), QStringLiteral("ST202611220003"), q("沪A12345"), QStringLiteral("52,340 km"),
          QStringLiteral("%1 or 57,340 km").arg(completedPlus(30)), QStringLiteral("%1 or 57,340 km").arg(completedPlus(0, 6)), q("行驶证"), q("备胎"),
          QStringLiteral("Keys (tag A07)"), QStringLiteral("Old parts"), QStringLiteral("not a completion certificate"),
          QStringLiteral("Gate"), QStringLiteral("Page 1 of 1")},
         {}},
        {"complaint",
         1,
         {QStringLiteral("TS202611250001"), q("张三"), QStringLiteral("138****5678"), q("沪A12345"), QStringLiteral("WO202611220007"),
          QStringLiteral("Repair quality"), QStringLiteral("Follow-up call"), q("刹车异响还在"), q("陈静"), QStringLiteral("Handed over"),
          QStringLiteral("WO202611250004"), QStringLiteral("Comeback work"), QStringLiteral("satisfied"),
          QStringLiteral("Closed, customer satisfied"), QStringLiteral("Service manager"), QStringLiteral("Page 1 of 1")},
         {QStringLiteral("13812345678")}},
        {"dayclose",
         1,
         {QStringLiteral("2026-11-22"), q("刘洋"), QStringLiteral("Cash"), QStringLiteral("WeChat Pay"), q("¥709.00"),
          q("¥120.00"), QStringLiteral("ST202611220003"), QStringLiteral("Not closed yet"), QStringLiteral("Page 1 of 1")},
         {}},
    };
    QStringList tested; // a row for every form in the registry
    for (const Row &row : rows)
        tested << QString::fromLatin1(row.form);
    for (const FormSpec &spec : FormRegistry::all()) {
        INFO("the registry's form " << spec.code.toStdString() << " needs a row here");
        CHECK(tested.contains(spec.code));
    }
    QTemporaryDir dir;
    // DD_PRINT_DIR=folder keeps the PDFs there, to look at.
    const QString keep = qEnvironmentVariable("DD_PRINT_DIR");
    for (const Row &row : rows) {
        const QString form = QString::fromLatin1(row.form);
        INFO("form " << row.form);
        const QString pdf = (keep.isEmpty() ? dir.path() : keep) + QLatin1Char('/') + form + QStringLiteral(".pdf");
        FormRenderer renderer(build(form, false));
        QString error;
        RenderOptions options;
        options.printedAt = QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);
        options.printedBy = q("王芳");
        REQUIRE(renderer.writePdf(pdf, options, &error));
        const QString t = text(pdf).simplified(); // a value may wrap in its cell
        for (const QString &e : row.expected) {
            INFO("expected " << e.toStdString());
            CHECK(t.contains(e));
        }
        for (const QString &a : row.absent) {
            INFO("absent " << a.toStdString());
            CHECK_FALSE(t.contains(a));
        }
        CHECK(pages(pdf) == row.pages);
        CHECK(renderer.pageCount() == row.pages);
        requireFontsEmbedded(pdf);
        requireInsidePage(pdf);
        CHECK(scanBarcode(pdf, dir.path()).endsWith(build(form, false).number));
    }
}

TEST_CASE("the forms registry is the one list of forms: names, titles, templates, help", "[printing]")
{
    QStringList codes, names, titles;
    for (const FormSpec &spec : FormRegistry::all()) {
        INFO("form " << spec.code.toStdString());
        CHECK_FALSE(codes.contains(spec.code));
        CHECK_FALSE(names.contains(spec.cliName));
        CHECK_FALSE(titles.contains(spec.translatedTitle()));
        codes << spec.code;
        names << spec.cliName;
        titles << spec.translatedTitle();
        CHECK(QFile::exists(QStringLiteral(":/print/%1.html").arg(spec.templateName)));
        CHECK(QString::fromLatin1(spec.numberHint).size() > 5);
        CHECK(bool(spec.build));
        CHECK(FormRegistry::find(spec.cliName) == &spec);
        CHECK(FormRegistry::title(spec.code) == spec.translatedTitle());
        const FormIdentity id = spec.identity(QStringLiteral("en"));
        CHECK(id.form == spec.code);
        CHECK(id.templateName == spec.templateName);
        CHECK(build(spec.code, false).title == spec.translatedTitle()); // the builder prints the registry's title
        CHECK(Options::helpText().contains(spec.cliName + QStringLiteral("  ")));
        CHECK(Options::helpText().contains(spec.translatedTitle()));
    }
    CHECK(codes.size() == 9);
    CHECK(FormRegistry::find(QStringLiteral("invoice")) == nullptr);
    CHECK(FormRegistry::title(QStringLiteral("invoice")) == QStringLiteral("invoice"));
}

namespace {
QString pageText(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, QStringLiteral("-")});
}

// An intake with `items` estimate lines and `marks` damage marks.
IntakeSheet intakeWith(int items, int marks)
{
    IntakeSheet s = intakeSheet();
    s.plannedItems.clear();
    s.estimateFen = 0;
    for (int i = 0; i < items; ++i) {
        s.plannedItems << PlannedItem{i % 2 ? QStringLiteral("part") : QStringLiteral("labor"),
                                      q("项目 %1 更换前刹车片及制动液").arg(i + 1), QStringLiteral("1"), 10000 + i};
        s.estimateFen += 10000 + i;
    }
    s.inspection.marks.clear();
    const QStringList views{QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("top"), QStringLiteral("front"),
                            QStringLiteral("rear")};
    for (int i = 0; i < marks; ++i) {
        DamageMark m;
        m.view = views.at(i % views.size());
        m.kind = i % 2 ? QStringLiteral("dent") : QStringLiteral("scratch");
        m.x = 200 + (i * 97) % 600;
        m.y = 300 + (i * 53) % 400;
        m.note = q("约 %1 cm").arg(i + 3);
        s.inspection.marks << m;
    }
    s.inspection.renumberMarks();
    s.inspection.checks.clear();
    for (const QString &item : InspectionRules::checkItemsFor(QString()))
        s.inspection.checks << QuickCheck{item, QStringLiteral("green"), QString()};
    s.inspection.belongings = InspectionRules::belongings();
    return s;
}

QString writePdf(const FormDocument &doc, const QString &path, const QString &station = QString())
{
    RenderOptions options;
    options.printedAt = QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);
    options.printedBy = q("王芳");
    options.station = station;
    QString error;
    INFO(error.toStdString());
    REQUIRE(FormRenderer(doc).writePdf(path, options, &error));
    if (const QString keep = qEnvironmentVariable("DD_PRINT_DIR"); !keep.isEmpty()) // to look at
        QFile::copy(path, keep + QLatin1Char('/') + QFileInfo(path).fileName());
    return path;
}
} // namespace

TEST_CASE("the intake sheet fits one page for a typical visit and continues cleanly beyond", "[printing]")
{
    QTemporaryDir dir;
    const IntakeSheet small = intakeWith(1, 0);
    const IntakeSheet typical = intakeWith(12, 6);
    const IntakeSheet large = intakeWith(40, 14);
    for (const auto &[name, sheet] : {std::pair{"small", small}, std::pair{"typical", typical}}) {
        INFO(name);
        const QString pdf = writePdf(FormBuilders::intake(sheet, english(QStringLiteral("intake"))),
                                     dir.filePath(QString::fromLatin1(name) + QStringLiteral(".pdf")));
        CHECK(pages(pdf) == 1);
        const QString t = text(pdf);
        CHECK(t.contains(QStringLiteral("Customer signature")));
        CHECK(t.contains(QStringLiteral("Estimate, VAT included")));
        requireInsidePage(pdf);
    }
    const QString pdf = writePdf(FormBuilders::intake(large, english(QStringLiteral("intake"))), dir.filePath(QStringLiteral("large.pdf")));
    const int n = pages(pdf);
    REQUIRE(n >= 2);
    requireInsidePage(pdf);
    // The estimate runs over: its header row is repeated at the top of the next page's part of the table.
    const QString second = pageText(pdf, 2);
    CHECK(second.contains(q("项目 40")));
    CHECK(second.contains(QStringLiteral("Amount")));
    // The signature block never stands alone: the terms and the last lines of the estimate are with it.
    const QString last = pageText(pdf, n);
    CHECK(last.contains(QStringLiteral("Customer signature")));
    CHECK(last.contains(QStringLiteral("Terms")));
    CHECK(last.contains(QStringLiteral("Estimate, VAT included")));
}

TEST_CASE("the signature block moves to the next page with what comes before it, never alone", "[printing]")
{
    // Lengthen the concerns line by line: wherever the page breaks, the page with the signatures also holds the
    // terms (the stretch from the "keep" anchor), and nothing is cut.
    QTemporaryDir dir;
    bool brokeBefore = false;
    for (int extra = 0; extra < 40 && !brokeBefore; extra += 2) {
        IntakeSheet s = intakeWith(12, 6);
        for (int i = 0; i < extra; ++i)
            s.concerns << q("补充说明 %1：客户要求检查底盘异响").arg(i + 1);
        FormRenderer r(FormBuilders::intake(s, english(QStringLiteral("intake"))));
        if (r.pageCount() < 2)
            continue;
        brokeBefore = true;
        const QString pdf = writePdf(r.document(), dir.filePath(QStringLiteral("long.pdf")));
        const QString last = pageText(pdf, pages(pdf));
        INFO("extra concerns: " << extra);
        CHECK(last.contains(QStringLiteral("Customer signature")));
        CHECK(last.contains(QStringLiteral("Terms")));
    }
    CHECK(brokeBefore);
}

TEST_CASE("the settlement statement: one customer amount, no internal approvals on the customer's copy, date out at delivery", "[printing]")
{
    QTemporaryDir dir;
    SettlementStatement st = settlementStatement();
    QString pdf = writePdf(FormBuilders::settlement(st, english(QStringLiteral("settlement"))), dir.filePath(QStringLiteral("s.pdf")));
    REQUIRE(pages(pdf) == 2);
    const QString customerCopy = pageText(pdf, 1);
    const QString shopCopy = pageText(pdf, 2);
    CHECK(customerCopy.contains(QStringLiteral("Copy 1")));
    CHECK(shopCopy.contains(QStringLiteral("Copy 2")));
    CHECK(customerCopy.contains(q("¥709.00")));
    CHECK_FALSE(customerCopy.contains(q("¥788.00"))); // the customer's share before the discount was a second amount
    CHECK_FALSE(customerCopy.contains(QStringLiteral("approved by")));
    CHECK_FALSE(customerCopy.contains(q("陈静")));
    CHECK(shopCopy.contains(QStringLiteral("approved by")));
    CHECK(shopCopy.contains(q("陈静")));
    // Settled, not delivered: the date out and the mileage out are left for the pen, never the settlement time.
    const QRegularExpression dateOut(QStringLiteral("Date out\\s+Service advisor"));
    CHECK(customerCopy.contains(dateOut));
    CHECK(customerCopy.contains(QRegularExpression(QStringLiteral("Mileage out\\s+Old parts"))));
    st.order.deliveredAt = QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC);
    st.order.odometerOutKm = 52352;
    pdf = writePdf(FormBuilders::settlement(st, english(QStringLiteral("settlement"))), dir.filePath(QStringLiteral("d.pdf")));
    const QString delivered = pageText(pdf, 1);
    CHECK(delivered.contains(QRegularExpression(QStringLiteral("Date out\\s+") +
                                                st.order.deliveredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    CHECK(delivered.contains(QStringLiteral("52,352 km")));
    // A statement without customer-supplied parts still says they carry no guarantee; the old parts in the standard's words.
    st.order.lines.removeAt(2);
    st.settlement.oldParts = QStringLiteral("waived");
    pdf = writePdf(FormBuilders::settlement(st, english(QStringLiteral("settlement"))), dir.filePath(QStringLiteral("w.pdf")));
    CHECK(pageText(pdf, 1).simplified().contains(QStringLiteral("Taken back by the repairer")));
}

TEST_CASE("the footer names who printed the form and at which station", "[printing]")
{
    QTemporaryDir dir;
    const QString pdf = writePdf(build(QStringLiteral("release"), false), dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("FRONT-2"));
    CHECK(text(pdf).contains(q("by 王芳 at FRONT-2")));
}

TEST_CASE("hostile data prints literally and stays inside the page", "[printing]")
{
    QTemporaryDir dir;
    for (const FormSpec &spec : FormRegistry::all()) {
        INFO("form " << spec.code.toStdString());
        const QString pdf = dir.filePath(spec.code + QStringLiteral(".pdf"));
        const FormDocument doc = build(spec.code, true);
        CHECK_FALSE(doc.html.contains(QStringLiteral("<script>")));
        CHECK(doc.html.contains(QStringLiteral("&lt;script&gt;")));
        REQUIRE(FormRenderer(doc).writePdf(pdf, {}));
        QString t = text(pdf);
        t.remove(QRegularExpression(QStringLiteral("\\s"))); // long values wrap inside their cells
        CHECK(t.contains(QStringLiteral("<b>")));
        CHECK(t.contains(QStringLiteral("<script>alert(1)</script>")));
        CHECK(t.contains(QStringLiteral("{{number}}"))); // a value is never read as a placeholder
        CHECK(t.contains(q("臺灣車主")));
        CHECK(t.contains(q("长长长长")));
        requireFontsEmbedded(pdf);
        requireInsidePage(pdf);
        CHECK(pages(pdf) <= 2 * FormRenderer(build(spec.code, false)).pageCount()); // long values take at most a page more per copy
    }
}

TEST_CASE("a PDF's text reads the characters printed, not look-alike radicals", "[printing]")
{
    const QHash<char16_t, char16_t> map = PdfText::radicalMap(QStringLiteral("Noto Sans CJK SC"));
    CHECK(map.value(u'⻋') == u'车');
    CHECK(map.value(u'⼾') == u'户');
    QByteArray cmap("2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<5BA2> <2F3E> <2ECB> ]\n<0004> <0004> <2ECB>\n"
                    "<0005> <0006> <2F3E>\nendbfrange\n1 beginbfchar\n<2ECB> <2ECB>\nendbfchar\n");
    const qsizetype size = cmap.size();
    CHECK(PdfText::rewrite(cmap, map) == 4);
    CHECK(cmap.size() == size);
    CHECK(cmap.contains("[<5BA2> <6237> <8F66> ]"));
    CHECK(cmap.contains("<0004> <0004> <8F66>"));
    CHECK(cmap.contains("<0005> <0006> <2F3E>")); // a run of two cannot change without changing length
    CHECK(cmap.contains("<2ECB> <8F66>"));         // the glyph id stays, the character is fixed
}

TEST_CASE("templates fill every placeholder and list every label for translation", "[printing]")
{
    QFile strings(QStringLiteral(DD_SOURCE_DIR "/app/printing/templatestrings.cpp"));
    REQUIRE(strings.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(strings.readAll()).simplified();
    // Every template, also those a form prints besides its own (the certificate's guarantee card).
    const QStringList templates = QDir(QStringLiteral(DD_SOURCE_DIR "/resources/print")).entryList({QStringLiteral("*.html")});
    CHECK(templates.contains(QStringLiteral("guarantee.html")));
    for (const QString &file : templates) {
        const std::string name = file.toStdString();
        QFile f(QStringLiteral(DD_SOURCE_DIR "/resources/print/") + file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        for (const QString &label : HtmlTemplate::labels(QString::fromUtf8(f.readAll()))) {
            INFO(name << ": [[" << label.toStdString() << "]] must be listed in templatestrings.cpp");
            CHECK(listed.contains(QStringLiteral("\"") + label.simplified() + QStringLiteral("\"")));
        }
    }
    CHECK_THROWS(HtmlTemplate(QStringLiteral("<p>{{missing}}</p>")).fill());
    CHECK(HtmlTemplate(QStringLiteral("<p>{{a}}|{{{b}}}</p>"))
              .set(QStringLiteral("a"), QStringLiteral("<x> & \"y\"\nz"))
              .setHtml(QStringLiteral("b"), QStringLiteral("<i>ok</i>"))
              .fill() == QStringLiteral("<p>&lt;x&gt; &amp; &quot;y&quot;<br/>z|<i>ok</i></p>"));
}

TEST_CASE("documents are recorded when issued, reprinted when unchanged, reissued when changed", "[printing][store]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Commands admin(*db, adminSession());
    Commands advisor(*db, signedIn(*db, QStringLiteral("wangfang"), {Role::ServiceAdvisor}, q("王芳")));
    t.rawExec(QStringLiteral("INSERT INTO customers (name, created_at, updated_at, updated_by, updated_station) VALUES "
                             "('张三', 'x', 'x', 'x', 'x')"));
    t.rawExec(QStringLiteral("INSERT INTO customer_phones (customer_id, phone, phone_reversed, kind) VALUES "
                             "(1, '13812345678', '87654321831', 'mobile')"));
    t.rawExec(QStringLiteral("INSERT INTO vehicles (vin, plate, owner_id, created_at, updated_at, updated_by, updated_station) "
                             "VALUES ('LSVAU218XN2183294', '沪A12345', 1, 'x', 'x', 'x', 'x')"));
    t.rawExec(QStringLiteral("INSERT INTO appointments (number, customer_id, vehicle_id, starts_at, duration_min, "
                             "service_type, created_at, updated_at, updated_by, updated_station) VALUES ('AP202611230001', "
                             "1, 1, '2026-11-23T02:00:00.000Z', 60, 'maintenance', 'x', 'x', 'x', 'x')"));
    QTemporaryDir dir;
    DocumentService service(*db);
    PrintRequest request;
    request.form = QStringLiteral("appointment");
    request.number = QStringLiteral("ap202611230001"); // typed in lower case
    request.pdfPath = dir.filePath(QStringLiteral("a.pdf"));
    request.copies = 2;

    const PrintOutcome first = service.issue(advisor, request);
    CHECK_FALSE(first.reprint);
    CHECK(first.pages == 1);
    CHECK_FALSE(text(request.pdfPath).contains(QStringLiteral("REPRINT")));

    request.pdfPath = dir.filePath(QStringLiteral("b.pdf"));
    const PrintOutcome again = service.issue(advisor, request);
    CHECK(again.reprint);
    CHECK(text(request.pdfPath).contains(QStringLiteral("REPRINT")));

    // The appointment moves: the slip changes, so it is a new original.
    t.rawExec(QStringLiteral("UPDATE appointments SET starts_at = '2026-11-24T02:00:00.000Z'"));
    request.pdfPath = dir.filePath(QStringLiteral("c.pdf"));
    const PrintOutcome moved = service.issue(advisor, request);
    CHECK_FALSE(moved.reprint);
    CHECK(text(request.pdfPath).contains(localDay("2026-11-24T02:00:00Z")));

    // A reprint of the first issue from the history gives the first content, marked.
    request.pdfPath = dir.filePath(QStringLiteral("d.pdf"));
    request.reprintOf = first.documentId;
    const PrintOutcome old = service.issue(advisor, request);
    CHECK(old.reprint);
    const QString oldText = text(request.pdfPath);
    CHECK(oldText.contains(localDay("2026-11-23T02:00:00Z")));
    CHECK(oldText.contains(QStringLiteral("REPRINT")));

    DocumentStore store(*db);
    const QList<IssuedDocument> history = store.history(QStringLiteral("appointment"), QStringLiteral("AP202611230001"));
    REQUIRE(history.size() == 4);
    CHECK(history[0].reprintOf == first.documentId);
    CHECK(history[1].reprintOf == 0);
    CHECK(history[2].reprintOf == first.documentId);
    CHECK(history[3].copies == 2);
    CHECK(history[3].issuedBy == q("王芳"));
    CHECK(history[3].output.startsWith(QStringLiteral("pdf: ")));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'document.print'")).toInt() == 4);

    // What cannot be printed says why; nothing is recorded.
    request.reprintOf = 0;
    request.form = QStringLiteral("intake");
    request.number = QStringLiteral("WO209901010001");
    CHECK(errorMessage([&] { service.issue(advisor, request); }).contains(QStringLiteral("WO209901010001")));
    request.form = QStringLiteral("settlement");
    CHECK(errorKind([&] { service.issue(advisor, request); }) == StoreError::Kind::NotFound);
    request.form = QStringLiteral("appointment");
    request.number = QStringLiteral("AP202611230001");
    request.pdfPath = dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    CHECK(errorMessage([&] { service.issue(advisor, request); }).contains(QStringLiteral("folder")));
    CHECK(store.history(QStringLiteral("appointment"), QStringLiteral("AP202611230001")).size() == 4);
    (void)admin;
}

TEST_CASE("cli: print writes a form to PDF, says so, and refuses what cannot print", "[printing][cli]")
{
    static const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.db"));
    auto run = [&](const QStringList &args, QString input) {
        struct {
            int code;
            QString out, err;
        } r;
        QTextStream out(&r.out), err(&r.err), in(&input);
        const Options options = Options::parse(QStringList{QStringLiteral("dealerdesk"), QStringLiteral("--db"), db} + args);
        r.code = Cli(options, hasher, {out, err, in, false}).run();
        out.flush();
        err.flush();
        return r;
    };
    // Signed in as the administrator, the password from DEALERDESK_PASSWORD.
    auto cli = [&](const QStringList &args) {
        return run(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + args, QString());
    };
    REQUIRE(run({QStringLiteral("demo")}, QString()).code == 0); // an empty database: no sign-in yet
    REQUIRE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                 QStringLiteral("admin")},
                QStringLiteral("Print-Desk-2026!\n"))
                .code
            == 0);
    qputenv("DEALERDESK_PASSWORD", "Print-Desk-2026!");
    // The demo's first work order today has a completed inspection; its second one is still being inspected.
    Database probe(Bootstrap::chooseTarget(db).target);
    probe.open();
    const QString done = probe.scalar(QStringLiteral("SELECT w.number FROM work_orders w JOIN inspections i ON "
                                                     "i.work_order_id = w.id WHERE i.state = 'completed' AND "
                                                     "i.key_released_at IS NULL")).toString();
    const QString open = probe.scalar(QStringLiteral("SELECT w.number FROM work_orders w JOIN inspections i ON "
                                                     "i.work_order_id = w.id WHERE i.state = 'open'")).toString();
    REQUIRE_FALSE(done.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("intake.pdf"));

    auto printed = cli({QStringLiteral("print"), QStringLiteral("intake"), done, QStringLiteral("--pdf"), pdf});
    INFO(printed.err.toStdString());
    CHECK(printed.code == 0);
    CHECK(printed.out.startsWith(QStringLiteral("Printed intake ") + done));
    CHECK(text(pdf).contains(done));
    CHECK(pages(pdf) == 1);
    auto again = cli({QStringLiteral("print"), QStringLiteral("intake"), done, QStringLiteral("--pdf"), pdf});
    CHECK(again.out.startsWith(QStringLiteral("Reprinted")));

    auto unfinished = cli({QStringLiteral("print"), QStringLiteral("intake"), open, QStringLiteral("--pdf"), pdf});
    CHECK(unfinished.code == 1);
    CHECK(unfinished.err.contains(QStringLiteral("key tag")));
    CHECK(cli({QStringLiteral("print"), QStringLiteral("intake"), QStringLiteral("WO209901010001"), QStringLiteral("--pdf"),
               pdf}).code == 1);
    CHECK(cli({QStringLiteral("print"), QStringLiteral("intake"), done}).code == 2);
    CHECK(cli({QStringLiteral("print"), QStringLiteral("receipt"), done, QStringLiteral("--pdf"), pdf}).code == 2);
    CHECK(cli({QStringLiteral("print"), QStringLiteral("intake"), done, QStringLiteral("--printer"),
               QStringLiteral("No Such Printer")}).code == 1);
    CHECK(cli({QStringLiteral("workorders"), QStringLiteral("--pdf"), pdf}).code == 2);
}

TEST_CASE("a completion certificate only for level-2 and major repairs, after the quality check", "[printing][store]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    Commands admin(*db, adminSession());
    Demo::load(admin, users, dealership);
    Commands staff(*db, signedIn(*db, QStringLiteral("boss"), {Role::ServiceManager}, q("陈静")));
    WorkOrderStore orders(*db);
    DocumentService service(*db);
    QString ready, level2;
    QSqlQuery q1 = db->query(QStringLiteral("SELECT number, state, repair_category FROM work_orders WHERE state IN ('ready', 'open')"));
    while (q1.next()) {
        if (q1.value(1).toString() == QLatin1String("ready"))
            ready = q1.value(0).toString();
        if (q1.value(2).toString() == QLatin1String("level2"))
            level2 = q1.value(0).toString();
    }
    REQUIRE_FALSE(ready.isEmpty());
    REQUIRE_FALSE(level2.isEmpty());
    // Minor repairs get a release notice, never a certificate.
    CHECK(errorMessage([&] { service.build(QStringLiteral("certificate"), ready); }).contains(QStringLiteral("release notice")));
    // Level-2 maintenance: only once the quality check is passed.
    CHECK(errorMessage([&] { service.build(QStringLiteral("certificate"), level2); }).contains(QStringLiteral("quality check")));
    WorkOrder o = orders.load(*orders.idOf(level2));
    o = orders.assignTechnician(staff, o.id, o.version, o.lines[0].id, 0, q("李师傅"));
    o = orders.transition(staff, o.id, o.version, QStringLiteral("dispatch"), {q("张伟"), {}, {}, {}});
    o = orders.transition(staff, o.id, o.version, QStringLiteral("start"));
    QList<Concern> concerns = o.concerns;
    concerns[0].correction = q("完成二级维护");
    o = orders.saveConcerns(staff, o.id, o.version, concerns);
    o = orders.transition(staff, o.id, o.version, QStringLiteral("submit_qc"));
    o = orders.transition(staff, o.id, o.version, QStringLiteral("qc_pass"), {{}, q("孙丽"), {}, {}});
    const FormDocument doc = service.build(QStringLiteral("certificate"), level2);
    CHECK(doc.html.contains(q("孙丽")));
    CHECK(doc.pageSize == QPageSize::A5);
    // Its own number, from its own sequence (prefix HG), given at the pass: the barcode and the first field.
    CHECK(o.certificateNo.startsWith(QStringLiteral("HG")));
    CHECK(o.certificateNo.size() == 14);
    CHECK(doc.number == o.certificateNo);
    REQUIRE(doc.parts.size() == 3); // the owner's copy, the shop's copy, the guarantee card
    for (const FormPart &part : doc.parts)
        CHECK(part.html.contains(o.certificateNo));
    // The guarantee the dealership commits to: above the legal minimum it is printed, below it is refused.
    DealershipSettings d = dealership.load();
    d.guarantees.insert(QStringLiteral("level2"), Guarantee{8000, 60});
    dealership.save(admin, d);
    CHECK(service.build(QStringLiteral("certificate"), level2).parts.last().html.contains(QStringLiteral("8,000 km or 60 days")));
    d = dealership.load();
    CHECK(d.guaranteeFor(QStringLiteral("level2")) == Guarantee{8000, 60});
    d.guarantees.insert(QStringLiteral("level2"), Guarantee{3000, 60});
    CHECK(errorMessage([&] { dealership.save(admin, d); }).contains(QStringLiteral("legal 5,000 km and 30 days")));
    // Shaped like every document number: a scanner typing it finds the form.
    CHECK(DocumentNumbers::looksLikeNumber(o.certificateNo));
}
