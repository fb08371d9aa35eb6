#pragma once
#include <QCoreApplication>

#include "commands.h"
#include "core/technician.h"

namespace dd {

// The workshop's technicians: the list the labor lines choose from.
class TechnicianStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::TechnicianStore)
public:
    explicit TechnicianStore(Database &db) : m_db(db) {}

    // By team, then by name; the retired ones only when asked.
    QList<Technician> all(bool includeInactive = false);
    // The list screen's save: every new or changed technician in one command; a row another station changed
    // meanwhile refuses the whole save (nothing is written) and names who changed it.
    void saveAll(Commands &commands, const QList<Technician> &list);
    static qint64 addIn(CommandContext &ctx, const Technician &t);

private:
    Database &m_db;
};

} // namespace dd
