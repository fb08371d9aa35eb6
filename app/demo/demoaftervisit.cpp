// The demo's after-the-visit desk (issue 18): complaints in each state the customer-service clerk meets. They
// are taken through the complaint store by the demo's own clerk and manager at their desks, inside the demo's
// one transaction; the overdue one is then moved back to the days it was really received (the demo's past, as
// the earlier visits are).
#include <QSqlQuery>

#include "demo.h"
#include "store/complaintstore.h"
#include "store/dealershipstore.h"
#include "store/sql.h"

namespace dd {

namespace {
QString u(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

void Demo::loadAfterVisitIn(CommandContext &ctx, Summary &summary)
{
    auto staff = [&](const char *login, const char *station) -> std::optional<Session> {
        QSqlQuery q = ctx.exec(QStringLiteral("SELECT id, display_name FROM users WHERE login = ?"), {QString::fromLatin1(login)});
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
        s.station = QString::fromLatin1(station);
        return s;
    };
    const std::optional<Session> clerk = staff("lina", "KEFU-1"), manager = staff("chenjing", "MANAGER-1");
    // Three earlier visits of three customers, the latest first.
    QList<std::pair<qint64, qint64>> visits; // work order, customer
    QSqlQuery q = ctx.exec(QStringLiteral("SELECT w.id, w.customer_id FROM work_orders w WHERE w.state = 'delivered' AND "
                                          "w.delivered_at IS NULL ORDER BY w.opened_at DESC"));
    QSet<qint64> customers;
    while (q.next() && visits.size() < 3)
        if (!customers.contains(q.value(1).toLongLong())) {
            customers.insert(q.value(1).toLongLong());
            visits << std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
        }
    if (!clerk || !manager || visits.size() < 3)
        return;
    CommandContext desk(ctx.database(), *clerk, QStringLiteral("complaint.register"));
    CommandContext boss(ctx.database(), *manager, QStringLiteral("complaint.step"));
    const FollowUpSettings rules = DealershipStore(ctx.database()).load().followUp;
    auto version = [&](qint64 id) {
        return ctx.scalar(QStringLiteral("SELECT version FROM complaints WHERE id = ?"), {id}).toInt();
    };
    using A = ComplaintAction;

    // 1. General, about the price, answered and closed with a satisfied customer.
    ComplaintStore::NewComplaint price;
    price.customerId = visits[0].second;
    price.workOrderId = visits[0].first;
    price.source = ComplaintSource::Phone;
    price.category = ComplaintCategory::Price;
    price.words = u("保养结算时工时费比预约时说的高了 80 元，没有提前告知。");
    const qint64 closed = ComplaintStore::registerIn(desk, price, rules);
    ComplaintStore::logStepIn(desk, closed, version(closed),
                              {A::Investigated, u("核对工单：加做了节气门清洗，顾问口头告知但未签字确认。"), {}, 0, {}});
    ComplaintStore::logStepIn(desk, closed, version(closed),
                              {A::Replied, u("向客户致歉，退还节气门清洗工时费 80 元。"), {}, 0, {}});
    ComplaintStore::logStepIn(desk, closed, version(closed), {A::CalledBack, u("客户表示满意，感谢处理及时。"), {}, 0, true});

    // 2. General, waiting time: received three days ago, called once, no reply since: overdue, the manager's.
    ComplaintStore::NewComplaint waiting;
    waiting.customerId = visits[1].second;
    waiting.workOrderId = visits[1].first;
    waiting.source = ComplaintSource::Hotline;
    waiting.category = ComplaintCategory::Waiting;
    waiting.words = u("厂家 400 转办：客户称承诺两小时交车，实际等了四个多小时，也没人通知。");
    const qint64 late = ComplaintStore::registerIn(desk, waiting, rules);
    ComplaintStore::logStepIn(desk, late, version(late), {A::Called, u("已致电客户，客户要求车间主管说明原因。"), {}, 0, {}});
    const QDateTime received = ctx.now().addDays(-3);
    const ComplaintDeadlines d = FollowUpRules::deadlines(ComplaintSeverity::General, received, rules);
    ctx.exec(QStringLiteral("UPDATE complaints SET received_at = ?, reply_by = ?, resolve_by = ? WHERE id = ?"),
             {Sql::toDb(received), Sql::toDb(d.replyBy), Sql::toDb(d.resolveBy), late});
    ctx.exec(QStringLiteral("UPDATE complaint_actions SET at = ? WHERE complaint_id = ? AND action = 'received'"),
             {Sql::toDb(received), late});
    ctx.exec(QStringLiteral("UPDATE complaint_actions SET at = ? WHERE complaint_id = ? AND action = 'called'"),
             {Sql::toDb(received.addSecs(2 * 3600)), late});

    // 3. Major: a scratch found after the visit, compensation asked; with the service manager, investigated.
    ComplaintStore::NewComplaint damage;
    damage.customerId = visits[2].second;
    damage.workOrderId = visits[2].first;
    damage.source = ComplaintSource::Counter;
    damage.category = ComplaintCategory::Damage;
    damage.severity = ComplaintSeverity::Major;
    damage.words = u("取车回家后发现右后门有一道约 10 厘米的划痕，接车单上没有记录，要求免费补漆。");
    const qint64 major = ComplaintStore::registerIn(desk, damage, rules);
    ComplaintStore::logStepIn(boss, major, version(major),
                              {A::Investigated, u("调取车间监控，核对接车单照片，待与客户约时间看车。"), {}, 0, {}});
    summary.lines << tr("Complaints: 3 (one closed with the customer satisfied, one overdue with the service manager, "
                        "one major open)");
}

} // namespace dd
