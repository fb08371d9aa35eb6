#include "settlementstore.h"
#include "settlementrows.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include "core/csv.h"
#include "dealershipstore.h"
#include "sequences.h"
#include "sql.h"
#include "users.h"
#include "workorderstore.h"

// Telling the customer (ready, delayed) and handing the car over: DeliveryStore.
namespace dd {

using namespace settlementrows;

void DeliveryStore::notify(Commands &commands, qint64 workOrderId, const DeliveryNotification &n)
{
    commands.run(QStringLiteral("delivery.notify"), Permission::EditWorkOrders, [&](CommandContext &ctx) {
        const WorkOrder o = WorkOrderStore(ctx.database()).load(workOrderId);
        QStringList problems;
        if (!DeliveryRules::notificationKinds().contains(n.kind))
            problems << tr("Unknown kind of notification \"%1\".").arg(n.kind);
        if (!DeliveryRules::channels().contains(n.channel))
            problems << tr("Say how the customer was told (phone, text message, WeChat or in person).");
        if (n.kind == QLatin1String("delay") && n.reason.trimmed().isEmpty())
            problems << tr("A delay notification needs the reason given to the customer.");
        if (n.kind == QLatin1String("delay") && n.newPromisedAt.isValid() && n.newPromisedAt <= ctx.now())
            problems << tr("The new promised time must be later than now.");
        if (QStringList{QStringLiteral("delivered"), QStringLiteral("cancelled")}.contains(o.state))
            problems << tr("Work order %1 is %2; there is nobody to notify.")
                            .arg(o.number, WorkOrderRules::stateName(o.state).toLower());
        throwIf(problems);
        ctx.insert(QStringLiteral("delivery_notifications"),
                   {{QStringLiteral("work_order_id"), workOrderId},
                    {QStringLiteral("kind"), n.kind},
                    {QStringLiteral("channel"), n.channel},
                    {QStringLiteral("at"), ctx.nowDb()},
                    {QStringLiteral("by_name"), ctx.session().displayName},
                    {QStringLiteral("reason"), Sql::text(n.reason.trimmed())},
                    {QStringLiteral("new_promised_at"), n.newPromisedAt.isValid()
                                                            ? QVariant(Sql::toDb(n.newPromisedAt))
                                                            : QVariant(QMetaType(QMetaType::QString))}});
        if (n.kind == QLatin1String("delay") && n.newPromisedAt.isValid())
            ctx.update(QStringLiteral("work_orders"), workOrderId, o.version,
                       {{QStringLiteral("promised_at"), Sql::toDb(n.newPromisedAt)}},
                       tr("Work order %1").arg(o.number));
    });
}

QList<DeliveryNotification> DeliveryStore::notifications(qint64 workOrderId)
{
    QList<DeliveryNotification> list;
    QSqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT kind, channel, at, by_name, reason, new_promised_at FROM delivery_notifications "
            "WHERE work_order_id = ? ORDER BY at, id"),
        {workOrderId});
    while (q.next())
        list << DeliveryNotification{q.value(0).toString(), q.value(1).toString(), Sql::fromDb(q.value(2)),
                                     q.value(3).toString(), q.value(4).toString(), Sql::fromDb(q.value(5))};
    return list;
}

WorkOrder DeliveryStore::deliver(Commands &commands, qint64 workOrderId, int version,
                                 const QStringList &pickedUp, const QString &remarks, int odometerOutKm)
{
    commands.run(QStringLiteral("workorder.deliver"),
                 WorkOrderRules::permissionFor(QStringLiteral("deliver")), [&](CommandContext &ctx) {
                     TransitionInput in;
                     in.pickedUp = pickedUp;
                     in.notes = remarks;
                     in.odometerKm = odometerOutKm;
                     WorkOrderStore::transitionIn(ctx, workOrderId, version, QStringLiteral("deliver"), in);
                 });
    return WorkOrderStore(m_db).load(workOrderId);
}

} // namespace dd
