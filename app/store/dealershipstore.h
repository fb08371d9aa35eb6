#pragma once
#include <QCoreApplication>

#include "commands.h"
#include "core/dealership.h"

namespace dd {

// The dealership's settings (one row) and its labour rates.
class DealershipStore
{
    Q_DECLARE_TR_FUNCTIONS(dd::DealershipStore)
public:
    explicit DealershipStore(Database &db) : m_db(db) {}

    DealershipSettings load();
    // Saves if nobody changed the settings since `settings.version` was read; warnings are accepted.
    void save(Commands &commands, const DealershipSettings &settings);
    void saveIn(CommandContext &ctx, const DealershipSettings &settings);
    // The settings screen's save: the settings and every new or changed labour rate, in one command.
    void saveAll(Commands &commands, const DealershipSettings &settings, const QList<LaborRate> &rates);

    QList<LaborRate> laborRates(bool includeInactive = false);
    qint64 addLaborRate(Commands &commands, const LaborRate &rate);
    qint64 addLaborRateIn(CommandContext &ctx, const LaborRate &rate);
    void updateLaborRateIn(CommandContext &ctx, const LaborRate &rate);

    // The dealership column holding the number prefix of a kind of document.
    static QString prefixColumn(DocumentKind kind);

private:
    static void checkDefaultRate(CommandContext &ctx, const QString &code);
    Database &m_db;
};

} // namespace dd
