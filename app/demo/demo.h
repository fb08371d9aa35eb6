#pragma once
#include <QCoreApplication>
#include <QStringList>

#include "store/commands.h"

namespace dd {

class Users;
class DealershipStore;

// A realistic demo dealership for training and trying things out: the dealership's data, labour rates and
// staff in every role. Later workstations add their own demo records here. Demo staff get no password:
// an administrator sets one (no default password exists anywhere).
class Demo
{
    Q_DECLARE_TR_FUNCTIONS(dd::Demo)
public:
    struct Summary {
        QStringList lines; // what was added, one line each
    };
    // One command: all of it lands, or nothing. Refused on a database that already holds demo data or staff
    // other than administrators.
    static Summary load(Commands &commands, Users &users, DealershipStore &dealership);
    static Summary loadIn(CommandContext &ctx, Users &users, DealershipStore &dealership);
    // Customers, vehicles with history, today's and tomorrow's appointments, arrivals at the counter.
    // Labor operations, parts and canned jobs from db/demo/*.csv, through the importer.
    static void loadCatalogsIn(CommandContext &ctx, Summary &summary);
    static void loadReceptionIn(CommandContext &ctx, Summary &summary);
    // Today's work orders in every state, with technicians and add-on findings (demoworkshop.cpp).
    static void loadWorkshopIn(CommandContext &ctx, Summary &summary);
    // After the visit: complaints in each state the desk meets (demoaftervisit.cpp).
    static void loadAfterVisitIn(CommandContext &ctx, Summary &summary);
    static void settleDemoOrdersIn(CommandContext &ctx, const QList<qint64> &workOrderIds, Summary &summary);
};

} // namespace dd
