#include "demo.h"

#include "dealershipstore.h"
#include "sql.h"
#include "users.h"

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
        };
        for (const auto &p : staffList)
            users.addIn(ctx, QString::fromUtf8(p.login), QString::fromUtf8(p.name), p.roles, QString());
        summary.lines << tr("Staff: %1, without passwords; an administrator sets them under Users.")
                             .arg(int(std::size(staffList)));

        ctx.exec(QStringLiteral("INSERT INTO dd_meta (key, value) VALUES ('demo_loaded_at', ?)"), {ctx.nowDb()});
        ctx.audit(QStringLiteral("database"), QStringLiteral("demo"), CommandContext::Action::Event, {},
                  {{QStringLiteral("loaded"), summary.lines.join(QStringLiteral("; "))}});
        return summary;
    }
}

} // namespace dd
