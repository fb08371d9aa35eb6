#include "demo.h"

#include <QFile>

#include "store/appointmentstore.h"
#include "core/csv.h"
#include "core/identifiers.h"
#include "store/customerstore.h"
#include "store/dealershipstore.h"
#include "demodata.h"
#include "store/importer.h"
#include "store/sequences.h"
#include "store/sql.h"
#include "store/users.h"

namespace dd {

Demo::Summary Demo::load(Commands &commands, Users &users, DealershipStore &dealership)
{
    return commands.run(QStringLiteral("demo.load"), Permission::LoadDemoData,
                        [&](CommandContext &ctx) { return loadIn(ctx, users, dealership); });
}

Demo::Summary Demo::loadIn(CommandContext &ctx, Users &users, DealershipStore &dealership)
{
    {
        if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM dd_meta WHERE key = 'demo_loaded_at'"), {}, 0).toInt() > 0)
            throw StoreError(StoreError::Kind::Validation, tr("The demo dealership is already loaded."));
        const int staff = ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM "
                                                    "user_roles r WHERE r.user_id = u.id AND r.role = ?)"),
                                     {Roles::code(Role::Administrator)}, 0)
                              .toInt();
        if (staff > 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("This database already holds a dealership's staff; the demo only goes into an "
                                "empty database."));
        Summary summary;

        DealershipSettings s = dealership.load();
        s.name = QStringLiteral("上海浦江汽车销售服务有限公司");
        s.address = QStringLiteral("上海市浦东新区川沙路 5288 号");
        s.phone = QStringLiteral("021-5858 6688");
        s.taxNumber = QStringLiteral("91310115MA1K4B2C82");
        s.vatRateBp = 1300;
        // The demo shop is in Shanghai: its printed terms are Chinese, whatever language the screens use.
        s.handoverTerms = QStringLiteral("1. 请随身带走贵重物品；本店对留在车内的贵重物品不承担责任。\n"
                                         "2. 更换下的旧件归客户所有，客户要求时予以返还。\n"
                                         "3. 追加维修项目须事先征得客户同意后方可施工。\n"
                                         "4. 客户自带配件，本店不提供质量保证。");
        dealership.saveIn(ctx, s);
        summary.lines << tr("Dealership: %1").arg(s.name);

        const struct {
            const char *code;
            const char *name;
            Fen rate;
        } rates[] = {{"MECH", "机修 Mechanical", 18000}, {"ELEC", "电器 Electrical", 20000},
                     {"BODY", "钣金 Body", 16000},        {"PAINT", "喷漆 Paint", 16000},
                     {"DIAG", "诊断 Diagnosis", 22000}};
        for (const auto &r : rates) {
            LaborRate rate;
            rate.code = QString::fromUtf8(r.code);
            rate.name = QString::fromUtf8(r.name);
            rate.ratePerHour = r.rate;
            if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM labor_rates WHERE code = ?"), {rate.code}, 0).toInt() == 0)
                dealership.addLaborRateIn(ctx, rate);
        }
        summary.lines << tr("Labor rates: %1").arg(int(std::size(rates)));

        const struct {
            const char *login;
            const char *name;
            QList<Role> roles;
        } staffList[] = {
            {"wangfang", "王芳", {Role::ServiceAdvisor}},
            {"liqiang", "李强", {Role::ServiceAdvisor}},
            {"zhangwei", "张伟", {Role::WorkshopController}},
            {"liuyang", "刘洋", {Role::Cashier}},
            {"chenjing", "陈静", {Role::ServiceManager, Role::ServiceAdvisor}},
            {"lina", "李娜", {Role::CustomerService}},
        };
        for (const auto &p : staffList)
            users.addIn(ctx, QString::fromUtf8(p.login), QString::fromUtf8(p.name), p.roles, QString());
        summary.lines << tr("Staff: %1, without passwords; an administrator sets them under Users.")
                             .arg(int(std::size(staffList)));

        loadCatalogsIn(ctx, summary);
        loadReceptionIn(ctx, summary);
        loadWorkshopIn(ctx, summary);
        loadAfterVisitIn(ctx, summary);
        ctx.exec(QStringLiteral("INSERT INTO dd_meta (key, value) VALUES ('demo_loaded_at', ?)"), {ctx.nowDb()});
        ctx.audit(QStringLiteral("database"), QStringLiteral("demo"), CommandContext::Action::Event, {},
                  {{QStringLiteral("loaded"), summary.lines.join(QStringLiteral("; "))}});
        return summary;
    }
}


void Demo::loadCatalogsIn(CommandContext &ctx, Summary &summary)
{
    int counts[3] = {};
    const Importer::Kind kinds[] = {Importer::Kind::LaborOperations, Importer::Kind::Parts, Importer::Kind::CannedJobs};
    for (int k = 0; k < 3; ++k) {
        QFile file(QStringLiteral(":/db/demo/%1.csv").arg(Importer::kindNames().at(int(kinds[k]))));
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Failure, tr("The demo catalog %1 is missing from the program.").arg(file.fileName()));
        Importer::Report report;
        Importer::runIn(ctx, kinds[k], Importer::rowsOf(kinds[k], Csv::decode(file.readAll())), report);
        if (report.rejected)
            throw StoreError(StoreError::Kind::Failure, tr("The demo catalog %1 has rejected rows: %2")
                                                            .arg(file.fileName(), report.lines.first().reason));
        counts[k] = report.imported;
    }
    summary.lines << tr("Catalogs: %1 labor operation rows, %2 parts, %3 canned-job rows (the CSV files in db/demo).")
                         .arg(counts[0])
                         .arg(counts[1])
                         .arg(counts[2]);
}

namespace {
const char *const kConcerns[] = {"冷车启动时发动机有异响", "刹车时方向盘抖动", "空调制冷效果差",
                                 "仪表盘发动机故障灯亮", "到保养里程了，做常规保养", "左后门有划痕需要喷漆",
                                 "高速行驶时有风噪", "车辆跑偏，需要做四轮定位"};
} // namespace

void Demo::loadReceptionIn(CommandContext &ctx, Summary &summary)
{
    DemoData::Rng rng(20261122);
    const QDateTime now = ctx.now();
    const QDate today = now.toLocalTime().date();
    const QString woPrefix = ctx.scalar(QStringLiteral("SELECT prefix_work_order FROM dealership WHERE id = 1")).toString();
    // Bays
    const char *const bays[][2] = {{"B1", "1号工位 快修"}, {"B2", "2号工位 快修"}, {"B3", "3号工位 机修"},
                                   {"B4", "4号工位 机修"}, {"B5", "5号工位 钣喷"}, {"B6", "6号工位 洗车美容"}};
    QList<qint64> bayIds;
    for (const auto &b : bays)
        bayIds << ctx.insert(QStringLiteral("bays"), {{QStringLiteral("code"), QString::fromUtf8(b[0])},
                                                      {QStringLiteral("name"), QString::fromUtf8(b[1])}});
    QList<qint64> advisors;
    QStringList advisorNames;
    for (const char *login : {"wangfang", "liqiang", "chenjing"}) {
        QSqlQuery u = ctx.exec(QStringLiteral("SELECT id, display_name FROM users WHERE login = ?"), {QString::fromUtf8(login)});
        if (u.next()) {
            advisors << u.value(0).toLongLong();
            advisorNames << u.value(1).toString();
        }
    }

    CustomerStore customers(ctx.database());
    VehicleStore vehicles(ctx.database());
    QList<qint64> vehicleIds, ownerIds;
    int people = 0, companies = 0, europeans = 0;
    for (int i = 0; i < 36; ++i) {
        Customer c;
        const bool company = i % 9 == 4;
        c.kind = company ? Customer::Kind::Company : Customer::Kind::Person;
        c.name = company ? DemoData::companyName(rng) : DemoData::personName(rng);
        if (i == 0)
            c.name = QStringLiteral("张三");
        c.phones << PhoneNumber{DemoData::mobile(rng), true, {}};
        if (company) {
            c.phones << PhoneNumber{QStringLiteral("021-5%1").arg(DemoData::pick(rng, 1000000, 9999999)), false,
                                    QStringLiteral("前台")};
            c.contacts << ContactPerson{DemoData::personName(rng), DemoData::mobile(rng), QStringLiteral("车队主管")};
            c.taxNumber = QStringLiteral("91310115MA1K4B2C82");
            c.onAccount = i % 2 == 0;
            c.creditLimitFen = c.onAccount ? 5000000 : 0; // 50,000 yuan may stand open
        }
        c.address = QStringLiteral("上海市浦东新区%1路%2号").arg(QStringList{QStringLiteral("张杨"), QStringLiteral("世纪大道"),
                                                                          QStringLiteral("川沙"), QStringLiteral("龙阳")}
                                                                  .at(i % 4))
                        .arg(DemoData::pick(rng, 1, 2000));
        c.followUpConsent = i % 3 != 0;
        c.marketingConsent = i % 4 == 0;
        c.preferredTime = i % 2 ? QStringLiteral("工作日下午") : QString();
        if (customers.byPhone(c.phones.first().number).size() > 0)
            c.phones.first().number = DemoData::mobile(rng);
        const qint64 id = customers.saveIn(ctx, c);
        (company ? companies : people)++;
        const int cars = company ? 3 : (i % 7 == 0 ? 2 : 1);
        for (int k = 0; k < cars; ++k) {
            const DemoData::Model &m = DemoData::model(rng);
            Vehicle v;
            v.ownerId = id;
            v.modelYear = DemoData::pick(rng, 2016, 2025);
            v.vin = DemoData::vin(rng, m, v.modelYear);
            v.plate = DemoData::plate(rng, m);
            if (i == 0 && k == 0)
                v.plate = QStringLiteral("沪A12345");
            if (vehicles.byPlate(v.plate))
                v.plate = DemoData::plate(rng, m);
            v.brand = QString::fromUtf8(m.brand);
            v.energyType = QString::fromLatin1(m.energy);
            v.series = QString::fromUtf8(m.series);
            v.model = QString::fromUtf8(m.model);
            v.color = DemoData::color(rng);
            v.engineNo = QStringLiteral("E%1").arg(DemoData::pick(rng, 1000000, 9999999));
            // GA 802: the demo's cars are small passenger cars, their sedans small sedans.
            v.vehicleType = v.model.contains(QStringLiteral("SUV")) || v.series.contains(QStringLiteral("X"))
                                ? QStringLiteral("K31")
                                : QStringLiteral("K33");
            v.firstRegistration = QDate(v.modelYear, DemoData::pick(rng, 1, 12), DemoData::pick(rng, 1, 28));
            if (v.firstRegistration > today)
                v.firstRegistration = today.addDays(-30);
            v.purchaseDate = v.firstRegistration.addDays(-DemoData::pick(rng, 1, 20));
            const int years = qMax(1, today.year() - v.modelYear);
            v.mileageKm = years * DemoData::pick(rng, 8000, 16000);
            v.nextServiceKm = (v.mileageKm / 10000 + 1) * 10000;
            v.nextServiceDate = today.addDays(DemoData::pick(rng, -20, 160));
            const Validation check = VehicleRules::validate(v, today);
            if (!check.warnings.isEmpty()) {
                v.vinWarning = check.warnings.first();
                ++europeans;
            }
            vehicleIds << vehicles.saveIn(ctx, v);
            ownerIds << id;
        }
    }
    summary.lines << tr("Customers: %1 people and %2 companies").arg(people).arg(companies);
    summary.lines << tr("Vehicles: %1 (%2 European VINs without a check digit)").arg(vehicleIds.size()).arg(europeans);

    // Past visits over three years: delivered work orders with their lines, some work declined or deferred.
    int visits = 0;
    QHash<QString, int> seqPerDay;
    for (int i = 0; i < vehicleIds.size(); ++i) {
        const int n = DemoData::pick(rng, 1, 6);
        int km = 3000;
        for (int k = n; k >= 1; --k) {
            const QDate day = today.addDays(-k * DemoData::pick(rng, 100, 180));
            const QDateTime opened(day, QTime(DemoData::pick(rng, 8, 16), DemoData::pick(rng, 0, 59)));
            const QString number = DemoData::workOrderNumber(woPrefix, day, ++seqPerDay[day.toString(Qt::ISODate)]);
            km += DemoData::pick(rng, 5000, 11000);
            const int advisor = DemoData::pick(rng, 0, int(advisors.size()) - 1);
            const bool maintenance = DemoData::pick(rng, 0, 2) > 0;
            const QVariantMap wo{{QStringLiteral("number"), number},
                                 {QStringLiteral("vehicle_id"), vehicleIds.at(i)},
                                 {QStringLiteral("customer_id"), ownerIds.at(i)},
                                 {QStringLiteral("state"), QStringLiteral("delivered")},
                                 {QStringLiteral("wo_type"), maintenance ? QStringLiteral("maintenance") : QStringLiteral("repair")},
                                 {QStringLiteral("advisor_id"), advisors.value(advisor)},
                                 {QStringLiteral("advisor_name"), advisorNames.value(advisor)},
                                 {QStringLiteral("opened_at"), Sql::toDb(opened.toUTC())},
                                 {QStringLiteral("closed_at"), Sql::toDb(opened.addSecs(4 * 3600).toUTC())},
                                 {QStringLiteral("mileage_km"), km},
                                 {QStringLiteral("drop_off_name"), QString()},
                                 {QStringLiteral("drop_off_phone"), QString()}};
            QVariantMap row = wo;
            row[QStringLiteral("drop_off_name")] = QStringLiteral("");
            row[QStringLiteral("drop_off_phone")] = QStringLiteral("");
            const qint64 woId = ctx.insert(QStringLiteral("work_orders"), row, false);
            Fen total = 0;
            int pos = 0;
            const int lines = DemoData::pick(rng, 2, 4);
            int first = 0;
            for (int l = 0; l < lines; ++l) {
                // Different jobs on one work order: the first at random, the others after it.
                const int drawn = DemoData::pick(rng, 0, 7);
                if (l == 0)
                    first = drawn;
                const int index = (first + 3 * l) % 8;
                const DemoData::Job &job = DemoData::job(maintenance, index);
                QString status = QStringLiteral("approved"), reason;
                QVariant due = QVariant(QMetaType(QMetaType::QString));
                if (k == 1 && l == lines - 1 && i % 3 == 0) {
                    status = i % 2 ? QStringLiteral("declined") : QStringLiteral("deferred");
                    reason = i % 2 ? QStringLiteral("客户认为暂时不需要") : QStringLiteral("客户要求下次保养时再做");
                    due = day.addMonths(3).toString(Qt::ISODate);
                }
                ctx.exec(QStringLiteral("INSERT INTO work_order_lines (work_order_id, position, kind, description, "
                                        "unit_price_fen, amount_fen, status, reason, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {woId, ++pos, QString::fromUtf8(job.kind), QString::fromUtf8(job.text), job.amountFen, job.amountFen,
                          status, Sql::text(reason), due});
                if (status == QLatin1String("approved"))
                    total += job.amountFen;
            }
            ctx.exec(QStringLiteral("UPDATE work_orders SET total_fen = ? WHERE id = ?"), {total, woId});
            ++visits;
            if (k == 1 && i % 8 == 1)
                ctx.insert(QStringLiteral("promises"),
                           {{QStringLiteral("vehicle_id"), vehicleIds.at(i)},
                            {QStringLiteral("work_order_id"), woId},
                            {QStringLiteral("text"), QStringLiteral("右后轮胎已订货，到货后电话通知客户免费更换")},
                            {QStringLiteral("due_date"), today.addDays(7).toString(Qt::ISODate)}},
                           false);
        }
        ctx.exec(QStringLiteral("UPDATE vehicles SET mileage_km = ? WHERE id = ? AND mileage_km < ?"),
                 {km, vehicleIds.at(i), km});
    }
    summary.lines << tr("Past visits: %1").arg(visits);

    // Appointments today and tomorrow, spread over the advisors and bays.
    int appointments = 0;
    for (int dayOffset = 0; dayOffset <= 1; ++dayOffset) {
        const QDate day = today.addDays(dayOffset);
        const int count = dayOffset == 0 ? 6 : 8;
        for (int k = 0; k < count; ++k) {
            const int i = (dayOffset * 11 + k * 3 + 2) % int(vehicleIds.size());
            const QDateTime start(day, QTime(8 + k, k % 2 ? 30 : 0));
            const QVariantMap a{
                {QStringLiteral("number"), DocumentSequences::next(ctx, DocumentKind::Appointment)},
                {QStringLiteral("customer_id"), ownerIds.at(i)},
                {QStringLiteral("vehicle_id"), vehicleIds.at(i)},
                {QStringLiteral("starts_at"), Sql::toDb(start.toUTC())},
                {QStringLiteral("duration_min"), k % 3 == 0 ? 120 : 60},
                {QStringLiteral("service_type"), k % 3 == 0 ? QStringLiteral("repair") : QStringLiteral("maintenance")},
                {QStringLiteral("concerns"), QString::fromUtf8(kConcerns[(k + dayOffset) % 8])},
                {QStringLiteral("advisor_id"), advisors.value(k % advisors.size())},
                {QStringLiteral("bay_id"), bayIds.at(k % 4)},
                {QStringLiteral("parts_price_fen"), k == 2 ? 260000 : 0},
                {QStringLiteral("deposit_fen"), k == 2 ? 130000 : 0},
                {QStringLiteral("deposit_paid"), k == 2 ? 1 : 0},
                {QStringLiteral("state"), dayOffset == 0 && k < 2 ? QStringLiteral("confirmed") : QStringLiteral("booked")},
            };
            ctx.insert(QStringLiteral("appointments"), a);
            ++appointments;
        }
    }
    summary.lines << tr("Appointments today and tomorrow: %1").arg(appointments);

    // This morning at the counter: one car waiting too long, one being received, one checked in.
    const int waiting = 5, receiving = 9, checked = 13;
    auto visit = [&](int i, int minutesAgo, int greetedAfter, const QString &state) {
        QVariantMap v{{QStringLiteral("arrived_at"), Sql::toDb(now.addSecs(-minutesAgo * 60))},
                      {QStringLiteral("plate"), vehicles.byId(vehicleIds.at(i))->plate},
                      {QStringLiteral("vehicle_id"), vehicleIds.at(i)},
                      {QStringLiteral("state"), state}};
        if (greetedAfter >= 0) {
            v.insert(QStringLiteral("received_at"), Sql::toDb(now.addSecs(-minutesAgo * 60 + greetedAfter)));
            v.insert(QStringLiteral("advisor_id"), advisors.value(i % advisors.size()));
        }
        return ctx.insert(QStringLiteral("visits"), v);
    };
    visit(waiting, 4, -1, QStringLiteral("waiting"));
    visit(receiving, 12, 75, QStringLiteral("in_reception"));
    const qint64 visitId = visit(checked, 40, 50, QStringLiteral("checked_in"));
    const QString number = DocumentSequences::next(ctx, DocumentKind::WorkOrder);
    const qint64 woId = ctx.insert(
        QStringLiteral("work_orders"),
        {{QStringLiteral("number"), number},
         {QStringLiteral("vehicle_id"), vehicleIds.at(checked)},
         {QStringLiteral("customer_id"), ownerIds.at(checked)},
         {QStringLiteral("visit_id"), visitId},
         {QStringLiteral("state"), QStringLiteral("draft")},
         {QStringLiteral("advisor_id"), advisors.value(checked % advisors.size())},
         {QStringLiteral("advisor_name"), advisorNames.value(checked % advisors.size())},
         {QStringLiteral("opened_at"), Sql::toDb(now.addSecs(-35 * 60))},
         {QStringLiteral("mileage_km"), vehicles.byId(vehicleIds.at(checked))->mileageKm + 850},
         {QStringLiteral("drop_off_name"), QStringLiteral("李师傅")},
         {QStringLiteral("drop_off_phone"), QStringLiteral("13916668888")}});
    ctx.exec(QStringLiteral("UPDATE visits SET work_order_id = ? WHERE id = ?"), {woId, visitId});
    ctx.exec(QStringLiteral("INSERT INTO work_order_concerns (work_order_id, position, text) VALUES (?, 1, ?)"),
             {woId, QStringLiteral("冷车启动时发动机有异响，热车后消失")});
    ctx.exec(QStringLiteral("INSERT INTO work_order_concerns (work_order_id, position, text) VALUES (?, 2, ?)"),
             {woId, QStringLiteral("空调制冷效果差")});
    summary.lines << tr("At the counter now: 3 arrivals, work order %1 in draft").arg(number);

    // Inspections. Some cars carry damage recorded at an earlier visit; this morning's car had its walk-around
    // completed (one old mark still there, one repaired, two new ones); a second car is being inspected now.
    auto inspection = [&](qint64 wo, qint64 vehicleId, const QVariantMap &fields) {
        QVariantMap row = fields;
        row.insert(QStringLiteral("work_order_id"), wo);
        row.insert(QStringLiteral("vehicle_id"), vehicleId);
        return ctx.insert(QStringLiteral("inspections"), row, false);
    };
    auto mark = [&](qint64 inspectionId, qint64 vehicleId, const char *view, int x, int y, const char *kind,
                    const char *note) {
        return ctx.insert(QStringLiteral("damage_marks"),
                          {{QStringLiteral("inspection_id"), inspectionId},
                           {QStringLiteral("vehicle_id"), vehicleId},
                           {QStringLiteral("view"), QString::fromLatin1(view)},
                           {QStringLiteral("x_permille"), x},
                           {QStringLiteral("y_permille"), y},
                           {QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("note"), QString::fromUtf8(note)}},
                          false);
    };
    const QVariantMap pastCompleted{{QStringLiteral("state"), QStringLiteral("completed")},
                                    {QStringLiteral("fuel_eighths"), 4},
                                    {QStringLiteral("valuables_reminded"), 1},
                                    {QStringLiteral("old_parts"), QStringLiteral("shop_disposes")},
                                    {QStringLiteral("covers_fitted"), 1},
                                    {QStringLiteral("belongings"), QStringLiteral("spare_tyre,jack,triangle")},
                                    {QStringLiteral("key_tag"), QStringLiteral("A01")},
                                    {QStringLiteral("completed_by"), advisorNames.value(0)}};
    int withOldDamage = 0;
    for (int i = 4; i < vehicleIds.size(); i += 4) {
        QSqlQuery last = ctx.exec(QStringLiteral("SELECT id, opened_at, mileage_km FROM work_orders WHERE vehicle_id = ? "
                                                 "AND state = 'delivered' ORDER BY opened_at DESC LIMIT 1"),
                                  {vehicleIds.at(i)});
        if (!last.next())
            continue;
        QVariantMap fields = pastCompleted;
        fields.insert(QStringLiteral("odometer_km"), last.value(2));
        fields.insert(QStringLiteral("completed_at"), last.value(1));
        fields.insert(QStringLiteral("key_released_at"), last.value(1));
        const qint64 insp = inspection(last.value(0).toLongLong(), vehicleIds.at(i), fields);
        mark(insp, vehicleIds.at(i), "left", 300 + (i * 37) % 400, 560, "scratch", "约 10 cm");
        mark(insp, vehicleIds.at(i), i % 8 == 0 ? "front" : "rear", 500, 700, "chip", "");
        ++withOldDamage;
    }
    // This morning's car: its earlier visit left two marks.
    QSqlQuery last = ctx.exec(QStringLiteral("SELECT id, opened_at, mileage_km FROM work_orders WHERE vehicle_id = ? AND "
                                             "state = 'delivered' ORDER BY opened_at DESC LIMIT 1"),
                              {vehicleIds.at(checked)});
    QList<qint64> oldMarks;
    if (last.next()) {
        QVariantMap fields = pastCompleted;
        fields.insert(QStringLiteral("odometer_km"), last.value(2));
        fields.insert(QStringLiteral("completed_at"), last.value(1));
        fields.insert(QStringLiteral("key_released_at"), last.value(1));
        const qint64 insp = inspection(last.value(0).toLongLong(), vehicleIds.at(checked), fields);
        oldMarks << mark(insp, vehicleIds.at(checked), "right", 420, 600, "dent", "右前门 硬币大小")
                 << mark(insp, vehicleIds.at(checked), "front", 260, 820, "scratch", "前保险杠左侧 5 cm");
    }
    const QDateTime promised(today, QTime(17, 30));
    ctx.exec(QStringLiteral("UPDATE work_orders SET promised_at = ? WHERE id = ?"), {Sql::toDb(promised.toUTC()), woId});
    const int lastKm = vehicles.byId(vehicleIds.at(checked))->mileageKm;
    const int readKm = lastKm + 850;
    // As a completed inspection leaves them: its reading on the work order and the vehicle.
    ctx.exec(QStringLiteral("UPDATE work_orders SET mileage_km = ? WHERE id = ?"), {readKm, woId});
    ctx.exec(QStringLiteral("UPDATE vehicles SET mileage_km = ?, mileage_at = ? WHERE id = ?"),
             {readKm, Sql::toDb(now.addSecs(-20 * 60)), vehicleIds.at(checked)});
    const qint64 done = inspection(
        woId, vehicleIds.at(checked),
        {{QStringLiteral("state"), QStringLiteral("completed")},
         {QStringLiteral("odometer_km"), readKm},
         {QStringLiteral("odometer_previous_km"), lastKm},
         {QStringLiteral("fuel_eighths"), 3},
         {QStringLiteral("warning_lamps"), QStringLiteral("engine")},
         {QStringLiteral("belongings"), QStringLiteral("spare_tyre,jack,tool_kit,triangle,licence,booklet")},
         {QStringLiteral("belongings_other"), QStringLiteral("儿童安全座椅 1 个")},
         {QStringLiteral("valuables_reminded"), 1},
         {QStringLiteral("old_parts"), QStringLiteral("customer_takes")},
         {QStringLiteral("covers_fitted"), 1},
         {QStringLiteral("wash"), 1},
         {QStringLiteral("customer_waits"), 0},
         {QStringLiteral("key_tag"), QStringLiteral("A07")},
         {QStringLiteral("completed_at"), Sql::toDb(now.addSecs(-20 * 60))},
         {QStringLiteral("completed_by"), advisorNames.value(checked % advisors.size())}});
    for (int k = 0; k < oldMarks.size(); ++k) {
        ctx.exec(QStringLiteral("INSERT INTO damage_mark_checks (inspection_id, mark_id, status) VALUES (?, ?, ?)"),
                 {done, oldMarks.at(k), k == 0 ? QStringLiteral("present") : QStringLiteral("repaired")});
        if (k == 1)
            ctx.exec(QStringLiteral("UPDATE damage_marks SET repaired_inspection_id = ? WHERE id = ?"), {done, oldMarks.at(k)});
    }
    mark(done, vehicleIds.at(checked), "left", 720, 520, "scratch", "左后门 约 15 cm");
    mark(done, vehicleIds.at(checked), "top", 560, 480, "chip", "车顶 2 处");
    for (const auto &c : {std::tuple{"tyres", "yellow", "左前胎花纹深度 2.5 mm"}, std::tuple{"glass", "green", ""},
                          std::tuple{"lamps", "green", ""}, std::tuple{"wipers", "red", "雨刮片老化，刮不干净"},
                          std::tuple{"battery", "green", ""}})
        ctx.exec(QStringLiteral("INSERT INTO inspection_checks (inspection_id, item, rating, note) VALUES (?, ?, ?, ?)"),
                 {done, QString::fromLatin1(std::get<0>(c)), QString::fromLatin1(std::get<1>(c)),
                  QString::fromUtf8(std::get<2>(c))});

    // A second car checked in a few minutes ago, its walk-around under way: marks placed, key not yet tagged.
    const int second = 17;
    const qint64 secondVisit = visit(second, 18, 40, QStringLiteral("checked_in"));
    const QString secondNumber = DocumentSequences::next(ctx, DocumentKind::WorkOrder);
    const int secondKm = vehicles.byId(vehicleIds.at(second))->mileageKm + 1200;
    const qint64 secondWo = ctx.insert(
        QStringLiteral("work_orders"),
        {{QStringLiteral("number"), secondNumber},
         {QStringLiteral("vehicle_id"), vehicleIds.at(second)},
         {QStringLiteral("customer_id"), ownerIds.at(second)},
         {QStringLiteral("visit_id"), secondVisit},
         {QStringLiteral("state"), QStringLiteral("draft")},
         {QStringLiteral("advisor_id"), advisors.value(0)},
         {QStringLiteral("advisor_name"), advisorNames.value(0)},
         {QStringLiteral("opened_at"), Sql::toDb(now.addSecs(-15 * 60))},
         {QStringLiteral("mileage_km"), secondKm},
         {QStringLiteral("drop_off_name"), QStringLiteral("")},
         {QStringLiteral("drop_off_phone"), QStringLiteral("")}});
    ctx.exec(QStringLiteral("UPDATE visits SET work_order_id = ? WHERE id = ?"), {secondWo, secondVisit});
    ctx.exec(QStringLiteral("INSERT INTO work_order_concerns (work_order_id, position, text) VALUES (?, 1, ?)"),
             {secondWo, QString::fromUtf8(kConcerns[4])});
    const qint64 open = inspection(secondWo, vehicleIds.at(second),
                                   {{QStringLiteral("odometer_km"), secondKm},
                                    {QStringLiteral("odometer_previous_km"), vehicles.byId(vehicleIds.at(second))->mileageKm},
                                    {QStringLiteral("fuel_eighths"), 6},
                                    {QStringLiteral("covers_fitted"), 1}});
    mark(open, vehicleIds.at(second), "rear", 700, 760, "dent", "后保险杠右侧");
    summary.lines << tr("Inspections: %1 earlier ones with damage marks, %2 completed this morning, %3 under way")
                         .arg(withOldDamage)
                         .arg(1)
                         .arg(1);
}

} // namespace dd
