// The demo's workshop: today's work orders in every state of their way from the signed estimate to the
// cashier, with technicians, causes and corrections, and add-on findings approved, declined and pending.
#include <QSqlQuery>

#include "demo.h"
#include "core/customer.h"
#include "store/sequences.h"
#include "store/settlementstore.h"
#include "store/sql.h"
#include "store/technicianstore.h"
#include "store/workorderstore.h"

namespace dd
{

namespace
{
QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct DemoLine {
    const char *kind; // labor, part, other
    const char *code;
    const char *text;
    int centiHoursOrMilli; // labor: hours x100; parts/others: quantity x1000
    Fen price;             // parts/others: unit price; labor: 0 (the dealership's rate)
    const char *extra;     // parts: source; others: kind
    const char *unit = ""; // parts and others
};

struct DemoOrder {
    const char *state;
    const char *type;
    const char *category;
    int openedMinutesAgo;
    int promisedInMinutes;
    const char *concern;
    const char *cause; // "" while the workshop has not found it yet
    const char *correction;
    QList<DemoLine> lines;
    int rework = 0;
};

WorkOrderLine lineOf(const DemoLine &d, Fen rate, const QString &technician)
{
    WorkOrderLine l;
    l.kind = QString::fromLatin1(d.kind);
    l.code = QString::fromLatin1(d.code);
    l.description = u(d.text);
    if (l.is(LineKind::Labor)) {
        l.centiHours = d.centiHoursOrMilli;
        l.rateFen = rate;
        l.laborCategory = QStringLiteral("MECH");
        l.technicianName = technician;
    } else {
        l.quantityMilli = d.centiHoursOrMilli;
        l.unitPriceFen = d.price;
        l.unit = u(d.unit);
        if (l.is(LineKind::Part))
            l.partSource = QString::fromLatin1(d.extra);
        else
            l.otherKind = QString::fromLatin1(d.extra);
    }
    return l;
}
} // namespace

void Demo::loadWorkshopIn(CommandContext &ctx, Summary &summary)
{
    const QDateTime now = ctx.now();
    const Fen rate =
        ctx.scalar(QStringLiteral("SELECT rate_per_hour FROM labor_rates ORDER BY id LIMIT 1"), {}, 36000)
            .toLongLong();
    QStringList advisors;
    QList<qint64> advisorIds;
    QSqlQuery a = ctx.exec(
        QStringLiteral("SELECT u.id, u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id "
                       "WHERE r.role = 'service_advisor' ORDER BY u.id"));
    while (a.next()) {
        advisorIds << a.value(0).toLongLong();
        advisors << a.value(1).toString();
    }
    const QString controller =
        ctx.scalar(
               QStringLiteral(
                   "SELECT u.display_name FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = "
                   "'workshop_controller' ORDER BY CASE WHEN u.login = 'zhangwei' THEN 0 ELSE 1 END, u.id "
                   "LIMIT 1"),
               {}, u("张伟"))
            .toString();
    // The workshop's staff: two teams and a body shop, with their national grades; one retired.
    const QStringList technicians{u("李师傅"), u("陈师傅"), u("周师傅")};
    QHash<QString, qint64> technicianIds;
    {
        const struct {
            const char *name, *team, *grade;
            bool active;
        } staff[] = {{"李师傅", "机修一组", "senior", true},      {"陈师傅", "机修一组", "intermediate", true},
                     {"周师傅", "机修二组", "technician", true},  {"孙师傅", "机修二组", "junior", true},
                     {"王师傅", "钣喷组", "senior", true},        {"赵师傅", "机修一组", "senior_technician", false}};
        for (const auto &st : staff)
            technicianIds.insert(u(st.name), TechnicianStore::addIn(ctx, Technician{0, u(st.name), u(st.team),
                                                                                     QString::fromLatin1(st.grade), st.active}));
    }

    const QList<DemoOrder> orders{
        {"open",
         "maintenance",
         "level2",
         95,
         240,
         "到保养里程了，做常规保养",
         "",
         "",
         {{"labor", "MNT-20K", "20,000 公里保养工时", 120, 0, ""},
          {"part", "0W20-4L", "全合成机油 0W-20", 4500, 6800, "oem", "L"},
          {"part", "OF-101", "机油滤清器", 1000, 8500, "oem", "个"}}},
        {"dispatched",
         "repair",
         "minor",
         80,
         150,
         "刹车时方向盘抖动",
         "",
         "",
         {{"labor", "BRK-02", "更换前刹车盘及刹车片", 150, 0, ""},
          {"part", "BD-F", "前刹车盘", 2000, 42000, "oem", "个"},
          {"part", "BP-F", "前刹车片", 1000, 45000, "equivalent", "套"}}},
        {"in_progress",
         "repair",
         "minor",
         150,
         60,
         "空调制冷效果差",
         "冷凝器表面脏堵，冷媒不足",
         "",
         {{"labor", "AC-01", "空调系统检测及加注冷媒", 100, 0, ""},
          {"part", "R134A", "冷媒 R134a", 600, 12000, "oem", "kg"},
          {"other", "DIAG", "空调系统诊断", 1000, 10000, "diagnosis", "次"}}},
        {"awaiting_approval",
         "repair",
         "minor",
         130,
         90,
         "冷车启动时发动机有异响",
         "正时皮带张紧器异响",
         "",
         {{"labor", "ENG-11", "更换正时皮带张紧器", 180, 0, ""},
          {"part", "TB-T", "正时皮带张紧器", 1000, 58000, "oem", "个"}}},
        {"quality_check",
         "body_paint",
         "minor",
         300,
         30,
         "左后门有划痕需要喷漆",
         "左后门漆面划伤至底漆",
         "左后门钣金喷漆",
         {{"labor", "PNT-RD", "左后门喷漆", 350, 0, ""},
          {"other", "PAINT", "油漆辅料", 1000, 38000, "materials", "项"}}},
        {"ready",
         "repair",
         "minor",
         240,
         -20,
         "车辆跑偏，需要做四轮定位",
         "前束偏差超出标准",
         "四轮定位调整",
         {{"labor", "ALN-4", "四轮定位", 80, 0, ""}}},
        {"in_progress",
         "maintenance",
         "minor",
         200,
         40,
         "仪表盘发动机故障灯亮",
         "第三缸点火线圈故障",
         "更换第三缸点火线圈",
         {{"labor", "IGN-03", "更换点火线圈", 50, 0, ""},
          {"part", "IC-3", "点火线圈", 1000, 32000, "oem", "个"}},
         1},
        // Settled at the cashier desk below: split payment and delivered; a manager-approved discount waiting
        // for pickup; a reversal (冲红) and a new settlement, delivered.
        {"ready",
         "maintenance",
         "level2",
         330,
         -60,
         "做 10,000 公里保养",
         "保养到期",
         "完成 10,000 公里保养",
         {{"labor", "MNT-10K", "10,000 公里保养工时", 100, 0, ""},
          {"part", "0W20-4L", "全合成机油 0W-20", 4000, 6800, "oem", "L"},
          {"part", "OF-101", "机油滤清器", 1000, 8500, "oem", "个"},
          {"part", "AF-201", "空气滤清器", 1000, 12800, "equivalent", "个"}}},
        {"ready",
         "repair",
         "minor",
         360,
         -30,
         "前轮刹车有异响",
         "前刹车片磨损到限",
         "更换前刹车片",
         {{"labor", "BRK-01", "更换前刹车片", 80, 0, ""},
          {"part", "BP-F", "前刹车片", 1000, 45000, "oem", "套"},
          {"other", "DIAG", "制动系统检测", 1000, 5000, "diagnosis", "次"}}},
        {"ready",
         "repair",
         "minor",
         380,
         -90,
         "雨刮器刮不干净",
         "雨刮片老化",
         "更换前雨刮片",
         {{"labor", "WIP-01", "更换雨刮片", 20, 0, ""},
          {"part", "WB-26", "雨刮片 26 寸", 2000, 9800, "oem", "支"}}},
    };
    const int firstSettled = int(orders.size()) - 3;
    QList<qint64> woIds;

    // Cars not in the shop today, their owners and last mileage.
    QSqlQuery v = ctx.exec(QStringLiteral(
        "SELECT v.id, v.owner_id, v.mileage_km, v.energy_type FROM vehicles v WHERE NOT EXISTS (SELECT 1 FROM work_orders w "
        "WHERE "
        "w.vehicle_id = v.id AND w.state NOT IN ('settled', 'delivered', 'cancelled')) ORDER BY v.id"));
    QList<std::tuple<qint64, qint64, int>> cars;
    QList<QString> energy;
    while (v.next()) {
        cars.append({v.value(0).toLongLong(), v.value(1).toLongLong(), v.value(2).toInt()});
        energy << v.value(3).toString();
    }
    if (cars.size() < orders.size() + 21)
        return;
    // A battery electric car (on the brakes job) and a plug-in hybrid (the air conditioning) in the workshop, and no
    // car without an engine on a job for one (oil, timing belt, ignition): cars swapped in from further down.
    {
        const auto engineJob = [&](int order) {
            for (const DemoLine &l : orders[order].lines)
                for (const char *code : {"0W20-4L", "TB-T", "IC-3"})
                    if (qstrcmp(l.code, code) == 0)
                        return true;
            return false;
        };
        const auto wants = [&](int order, const QString &e) {
            if (order == 1)
                return e == QLatin1String("bev");
            if (order == 2)
                return e == QLatin1String("phev");
            return !engineJob(order) || EnergyRules::usesFuel(e);
        };
        const int end = 20 + int(orders.size());
        for (int order = 0; order < orders.size(); ++order) {
            if (wants(order, energy[20 + order]))
                continue;
            for (int k = end + 1; k < cars.size(); ++k)
                if (wants(order, energy[k])) {
                    cars.swapItemsAt(20 + order, k);
                    energy.swapItemsAt(20 + order, k);
                    break;
                }
        }
    }

    const QList<QString> path{QStringLiteral("authorize"), QStringLiteral("dispatch"),
                              QStringLiteral("start"), QStringLiteral("submit_qc"),
                              QStringLiteral("qc_pass")};
    auto stepsTo = [&](const QString &state) {
        QStringList steps;
        for (const QString &s : path) {
            if (state == QLatin1String("open") && s == QLatin1String("dispatch"))
                break;
            if (state == QLatin1String("dispatched") && s == QLatin1String("start"))
                break;
            if ((state == QLatin1String("in_progress") || state == QLatin1String("awaiting_approval")) &&
                s == QLatin1String("submit_qc"))
                break;
            if (state == QLatin1String("quality_check") && s == QLatin1String("qc_pass"))
                break;
            steps << s;
        }
        if (state == QLatin1String("awaiting_approval"))
            steps << QStringLiteral("await_approval");
        return steps;
    };

    int pendingFindings = 0, decidedFindings = 0;
    for (int i = 0; i < orders.size(); ++i) {
        const DemoOrder &d = orders[i];
        const auto [vehicleId, ownerId, lastKm] =
            cars.at(20 + i); // away from the cars the reception demo uses
        const QString advisor = advisors.value(i % qMax(1, int(advisors.size())));
        const QDateTime opened = now.addSecs(-qint64(d.openedMinutesAgo) * 60);
        const QString state = QString::fromLatin1(d.state);
        QVariantMap wo{
            {QStringLiteral("number"), DocumentSequences::next(ctx, DocumentKind::WorkOrder)},
            {QStringLiteral("vehicle_id"), vehicleId},
            {QStringLiteral("customer_id"), ownerId},
            {QStringLiteral("state"), state},
            {QStringLiteral("wo_type"), QString::fromLatin1(d.type)},
            {QStringLiteral("repair_category"), QString::fromLatin1(d.category)},
            {QStringLiteral("advisor_id"), advisorIds.value(i % qMax(1, int(advisorIds.size())))},
            {QStringLiteral("advisor_name"), advisor},
            {QStringLiteral("opened_at"), Sql::toDb(opened)},
            {QStringLiteral("promised_at"), Sql::toDb(now.addSecs(qint64(d.promisedInMinutes) * 60))},
            {QStringLiteral("mileage_km"), lastKm + 3000 + i * 137},
            {QStringLiteral("drop_off_name"), Sql::text(QString())},
            {QStringLiteral("drop_off_phone"), Sql::text(QString())},
            {QStringLiteral("authorized_at"), Sql::toDb(opened.addSecs(20 * 60))},
            {QStringLiteral("rework_count"), d.rework}};
        if (state != QLatin1String("open")) {
            wo.insert(QStringLiteral("handed_over_to"), controller);
            wo.insert(QStringLiteral("handed_over_at"), Sql::toDb(opened.addSecs(30 * 60)));
        }
        if (state == QLatin1String("ready"))
            wo.insert(QStringLiteral("inspector_name"), controller);
        // Passed the quality check: a level-2 maintenance or major repair has its certificate number, as qc_pass gives it.
        if (state == QLatin1String("ready") && WorkOrderRules::needsCertificate(QString::fromLatin1(d.category)))
            wo.insert(QStringLiteral("certificate_no"), DocumentSequences::next(ctx, DocumentKind::Certificate));
        const qint64 woId = ctx.insert(QStringLiteral("work_orders"), wo, false);
        woIds << woId;
        ctx.exec(QStringLiteral("UPDATE vehicles SET mileage_km = ? WHERE id = ?"),
                 {lastKm + 3000 + i * 137, vehicleId});
        ctx.exec(QStringLiteral(
                     "INSERT INTO work_order_concerns (work_order_id, position, text, cause, correction) "
                     "VALUES (?, 1, ?, ?, ?)"),
                 {woId, u(d.concern), u(d.cause), u(d.correction)});
        int position = 0;
        Fen total = 0;
        for (const DemoLine &l : d.lines) {
            WorkOrderLine line = lineOf(l, rate, technicians.at(i % technicians.size()));
            line.technicianId = line.technicianName.isEmpty() ? 0 : technicianIds.value(line.technicianName);
            if (state == QLatin1String("open")) {
                line.technicianName.clear(); // assigned at the handover
                line.technicianId = 0;
            }
            total += line.amount();
            WorkOrderStore::insertLine(ctx, woId, line, ++position);
        }
        ctx.exec(QStringLiteral(
                     "UPDATE work_order_lines SET approved_amount_fen = amount_fen WHERE work_order_id = ?"),
                 {woId});
        // A completed walk-around with a key tag, as every car in the workshop has.
        ctx.insert(QStringLiteral("inspections"),
                   {{QStringLiteral("work_order_id"), woId},
                    {QStringLiteral("vehicle_id"), vehicleId},
                    {QStringLiteral("state"), QStringLiteral("completed")},
                    {QStringLiteral("odometer_km"), lastKm + 3000 + i * 137},
                    {QStringLiteral("odometer_previous_km"), lastKm},
                    {QStringLiteral("fuel_eighths"), EnergyRules::usesFuel(energy[20 + i]) ? QVariant(2 + i % 6) : QVariant(QMetaType(QMetaType::Int))},
                    {QStringLiteral("soc_percent"), EnergyRules::usesCharge(energy[20 + i]) ? QVariant(35 + 7 * i) : QVariant(QMetaType(QMetaType::Int))},
                    {QStringLiteral("range_km"), EnergyRules::usesCharge(energy[20 + i]) ? QVariant(EnergyRules::usesFuel(energy[20 + i]) ? 40 + 3 * i : 150 + 17 * i) : QVariant(QMetaType(QMetaType::Int))},
                    {QStringLiteral("valuables_reminded"), 1},
                    {QStringLiteral("old_parts"),
                     i % 2 ? QStringLiteral("customer_takes") : QStringLiteral("shop_disposes")},
                    {QStringLiteral("covers_fitted"), 1},
                    {QStringLiteral("key_tag"), QStringLiteral("B%1").arg(i + 1, 2, 10, QLatin1Char('0'))},
                    {QStringLiteral("completed_at"), Sql::toDb(opened.addSecs(15 * 60))},
                    {QStringLiteral("completed_by"), advisor}},
                   false);
        // The steps it took, a few minutes apart.
        QString from = QStringLiteral("draft");
        int minute = 20;
        QStringList steps = stepsTo(state);
        if (d.rework)
            steps << QStringLiteral("submit_qc") << QStringLiteral("qc_fail");
        for (const QString &s : steps) {
            const QString to = WorkOrderRules::toState(s);
            const QString note = s == QLatin1String("dispatch") ? controller
                                 : s == QLatin1String("qc_fail") ? controller + u(": 火花塞间隙未按标准调整")
                                                                 : QString();
            ctx.exec(QStringLiteral("INSERT INTO work_order_transitions (work_order_id, transition, "
                                    "from_state, to_state, at, "
                                    "by_name, station, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {woId, s, from, to, Sql::toDb(opened.addSecs(qint64(minute) * 60)),
                      s == QLatin1String("authorize") || s == QLatin1String("await_approval") ? advisor
                                                                                              : controller,
                      QStringLiteral("RECEPTION-1"), Sql::text(note)});
            from = to;
            minute += 10;
        }

        // Add-on findings: one decided (labor approved by phone, part declined), one waiting for the
        // customer.
        auto finding = [&](const char *text, const char *reason, bool safety, int minutesAgo,
                           const QList<DemoLine> &lines, bool decided) {
            const QDateTime found = now.addSecs(-qint64(minutesAgo) * 60);
            const qint64 fid = ctx.insert(
                QStringLiteral("addon_findings"),
                {{QStringLiteral("work_order_id"), woId},
                 {QStringLiteral("source"), QStringLiteral("workshop")},
                 {QStringLiteral("description"), u(text)},
                 {QStringLiteral("reason"), u(reason)},
                 {QStringLiteral("safety_critical"), safety ? 1 : 0},
                 {QStringLiteral("extra_minutes"), 60},
                 {QStringLiteral("new_promised_at"),
                  Sql::toDb(now.addSecs(qint64(d.promisedInMinutes + 60) * 60))},
                 {QStringLiteral("warranty"), QStringLiteral("not_eligible")},
                 {QStringLiteral("warranty_reason"), u("已超出厂家保修期")},
                 {QStringLiteral("state"), decided ? QStringLiteral("decided") : QStringLiteral("pending")},
                 {QStringLiteral("found_by"), technicians.at(i % technicians.size())},
                 {QStringLiteral("relayed_to"), Sql::text(decided ? controller : QString())},
                 {QStringLiteral("relayed_at"),
                  decided ? QVariant(Sql::toDb(found.addSecs(25 * 60))) : QVariant()}},
                false);
            ctx.exec(QStringLiteral("UPDATE addon_findings SET created_at = ? WHERE id = ?"),
                     {Sql::toDb(found), fid});
            int k = 0;
            for (const DemoLine &l : lines) {
                WorkOrderLine line = lineOf(l, rate, technicians.at(i % technicians.size()));
                line.technicianId = technicianIds.value(line.technicianName);
                const bool approve = decided && k == 0;
                line.status = !decided  ? QStringLiteral("proposed")
                              : approve ? QStringLiteral("approved")
                                        : QStringLiteral("declined");
                if (decided && !approve)
                    line.reason = u("客户表示下次再换");
                const qint64 lineId = WorkOrderStore::insertLine(ctx, woId, line, ++position, fid);
                if (decided)
                    ctx.exec(
                        QStringLiteral(
                            "INSERT INTO line_decisions (line_id, finding_id, decision, decided_by, method, "
                            "contact_number, decided_at, amount_fen, reason, due_date, recorded_at, "
                            "recorded_by, station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)"),
                        {lineId, fid, line.status, u("车主本人"), QStringLiteral("phone"),
                         QStringLiteral("13812345678"), Sql::toDb(found.addSecs(15 * 60)), line.amount(),
                         Sql::text(line.reason), Sql::toDb(found.addSecs(16 * 60)), advisor,
                         QStringLiteral("RECEPTION-1")});
                if (approve)
                    total += line.amount();
                ++k;
            }
            (decided ? decidedFindings : pendingFindings)++;
        };
        if (i == 2)
            finding("冷凝器风扇电机转速偏低", "风扇转速不足会导致空调制冷差、发动机温度偏高", false, 70,
                    {{"labor", "AC-07", "更换冷凝器风扇电机", 90, 0, ""},
                     {"part", "FAN-M", "冷凝器风扇电机", 1000, 86000, "oem", "个"}},
                    true);
        if (i == 3)
            finding("右前减震器漏油", "减震器漏油会影响制动和转弯时的稳定性", true, 25,
                    {{"labor", "SUS-03", "更换右前减震器", 100, 0, ""},
                     {"part", "SA-FR", "右前减震器", 1000, 68000, "oem", "个"}},
                    false);
        ctx.exec(QStringLiteral("UPDATE work_orders SET total_fen = ? WHERE id = ?"), {total, woId});
    }
    if (woIds.size() == orders.size())
        settleDemoOrdersIn(ctx, woIds.mid(firstSettled), summary);
    {
        // Every state on the demo: one work order cancelled before authorization, with the customer's reason.
        const auto [vehicleId, ownerId, lastKm] = cars.at(20 + int(orders.size()));
        const QDateTime opened = now.addSecs(-150 * 60);
        const qint64 woId = ctx.insert(
            QStringLiteral("work_orders"),
            {{QStringLiteral("number"), DocumentSequences::next(ctx, DocumentKind::WorkOrder)},
             {QStringLiteral("vehicle_id"), vehicleId},
             {QStringLiteral("customer_id"), ownerId},
             {QStringLiteral("state"), WorkOrderCodes::code(WorkOrderState::Cancelled)},
             {QStringLiteral("wo_type"), QStringLiteral("repair")},
             {QStringLiteral("advisor_id"), advisorIds.value(0)},
             {QStringLiteral("advisor_name"), advisors.value(0)},
             {QStringLiteral("opened_at"), Sql::toDb(opened)},
             {QStringLiteral("closed_at"), Sql::toDb(opened.addSecs(40 * 60))},
             {QStringLiteral("mileage_km"), lastKm + 2100},
             {QStringLiteral("drop_off_name"), Sql::text(QString())},
             {QStringLiteral("drop_off_phone"), Sql::text(QString())},
             {QStringLiteral("cancel_reason"), u("客户嫌报价高，决定先不修，下周再来")}},
            false);
        ctx.exec(QStringLiteral("INSERT INTO work_order_concerns (work_order_id, position, text, cause, correction) "
                                "VALUES (?, 1, ?, '', '')"),
                 {woId, u("变速箱换挡有顿挫感")});
        WorkOrderLine line = lineOf({"labor", "TRN-02", "变速箱油更换", 120, 0, ""}, rate, QString());
        WorkOrderStore::insertLine(ctx, woId, line, 1);
        ctx.exec(QStringLiteral("INSERT INTO work_order_transitions (work_order_id, transition, from_state, to_state, at, "
                                "by_name, station, note) VALUES (?, 'cancel', 'draft', 'cancelled', ?, ?, 'RECEPTION-1', ?)"),
                 {woId, Sql::toDb(opened.addSecs(40 * 60)), advisors.value(0), u("客户嫌报价高，决定先不修，下周再来")});
    }
    summary.lines
        << tr("Workshop: %1 work orders from authorized to ready for settlement, one cancelled with its reason, %2 "
              "add-on finding decided, %3 waiting for the customer")
               .arg(orders.size())
               .arg(decidedFindings)
               .arg(pendingFindings);
}

void Demo::settleDemoOrdersIn(CommandContext &ctx, const QList<qint64> &ids, Summary &summary)
{
    // The demo's own staff act at their own desks, inside the demo's one transaction.
    auto staff = [&](const char *login) -> std::optional<Session> {
        QSqlQuery q = ctx.exec(QStringLiteral("SELECT id, display_name FROM users WHERE login = ?"),
                               {QString::fromLatin1(login)});
        if (!q.next())
            return std::nullopt;
        Session s;
        s.userId = q.value(0).toLongLong();
        s.login = QString::fromLatin1(login);
        s.displayName = q.value(1).toString();
        QSqlQuery r = ctx.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {s.userId});
        while (r.next())
            if (const auto role = Roles::fromCode(r.value(0).toString()))
                s.roles << *role;
        s.station = QStringLiteral("CASHIER-1");
        return s;
    };
    const std::optional<Session> cashier = staff("liuyang"), manager = staff("chenjing"),
                                 advisor = staff("wangfang");
    if (!cashier || !manager || !advisor || ids.size() != 3)
        return;
    CommandContext desk(ctx.database(), *cashier, QStringLiteral("settlement.settle"));
    CommandContext front(ctx.database(), *advisor, QStringLiteral("workorder.deliver"));
    SettlementStore settlements(ctx.database());
    auto due = [&](qint64 id, const QList<Discount> &discounts) {
        return settlements.preview(id, discounts, cashier->roles).totals.customerDue();
    };
    auto version = [&](qint64 id) { return WorkOrderStore(ctx.database()).load(id).version; };
    auto notifyReady = [&](qint64 id) {
        front.insert(QStringLiteral("delivery_notifications"),
                     {{QStringLiteral("work_order_id"), id},
                      {QStringLiteral("kind"), QStringLiteral("ready")},
                      {QStringLiteral("channel"), QStringLiteral("wechat")},
                      {QStringLiteral("at"), ctx.nowDb()},
                      {QStringLiteral("by_name"), advisor->displayName}});
    };
    auto deliver = [&](qint64 id) {
        TransitionInput in;
        in.pickedUp = DeliveryRules::pickupItems();
        in.notes = u("客户已核对车辆、随车物品和钥匙");
        // Read at the handover: the road test added a few kilometres.
        const WorkOrder o = WorkOrderStore(ctx.database()).load(id);
        if (o.mileageKm >= 0)
            in.odometerKm = o.mileageKm + 6;
        WorkOrderStore::transitionIn(front, id, version(id), QStringLiteral("deliver"), in);
    };

    // 1. Split: cash with change, the rest by WeChat Pay; delivered.
    const Fen d1 = due(ids[0], {});
    const Fen cash = d1 / 2 / 100 * 100;
    const Fen tendered = (cash / 10000 + 1) * 10000;
    settlements.settleIn(
        desk, ids[0], version(ids[0]), {},
        {Payment{0, QStringLiteral("cash"), cash, tendered, {}},
         Payment{0, QStringLiteral("wechat"), d1 - cash, 0, QStringLiteral("4200002026112200871")}},
        {}, {}, {});
    notifyReady(ids[0]);
    deliver(ids[0]);

    // 2. 10 % off, above the cashier's limit: the service manager approved it at the counter; 抹零; by card.
    Discount tenth;
    tenth.scope = QStringLiteral("order");
    tenth.basisPoints = 1000;
    Discount roundOff;
    roundOff.scope = QStringLiteral("round_off");
    const QList<Discount> discounts{tenth, roundOff};
    settlements.settleIn(
        desk, ids[1], version(ids[1]), discounts,
        {Payment{0, QStringLiteral("card"), due(ids[1], discounts), 0, QStringLiteral("6222 **** 0451")}}, {},
        manager->displayName, u("老客户，第五次来店，经理同意九折"));
    notifyReady(ids[1]);

    // 3. Paid in cash by mistake, reversed by the manager (冲红), settled again by Alipay, delivered.
    const Fen d3 = due(ids[2], {});
    const qint64 wrong = settlements.settleIn(desk, ids[2], version(ids[2]), {},
                                              {Payment{0, QStringLiteral("cash"), d3, d3, {}}}, {}, {}, {});
    settlements.reverseIn(desk, wrong, u("收款方式录错：客户实际用支付宝付款"), manager->displayName);
    settlements.settleIn(desk, ids[2], version(ids[2]), {},
                         {Payment{0, QStringLiteral("alipay"), d3, 0, QStringLiteral("2026112222001400871")}},
                         {}, {}, {});
    deliver(ids[2]);
    summary.lines << tr(
        "Cashier: 4 settlements (split payment, a manager-approved discount, a reversal and its new "
        "settlement), 2 cars delivered, 1 waiting for pickup");
}

} // namespace dd
