#include "technicianstore.h"

#include <QSqlQuery>
#include <algorithm>

#include "sql.h"

namespace dd {

QList<Technician> TechnicianStore::all(bool includeInactive)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, name, team, grade, active, version FROM technicians %1")
                                 .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    QList<Technician> out;
    while (q.next()) {
        Technician t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.team = q.value(2).toString();
        t.grade = q.value(3).toString();
        t.active = q.value(4).toInt() == 1;
        t.version = q.value(5).toInt();
        out << t;
    }
    // Teams together, then names, in the user's collation (pinyin for Chinese names).
    std::sort(out.begin(), out.end(), [](const Technician &a, const Technician &b) {
        if (a.team != b.team)
            return a.team.isEmpty() != b.team.isEmpty() ? !a.team.isEmpty() : a.team.localeAwareCompare(b.team) < 0;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

qint64 TechnicianStore::addIn(CommandContext &ctx, const Technician &t)
{
    return ctx.insert(QStringLiteral("technicians"), {{QStringLiteral("name"), t.name.trimmed()},
                                                      {QStringLiteral("team"), Sql::text(t.team.trimmed())},
                                                      {QStringLiteral("grade"), Sql::text(t.grade)},
                                                      {QStringLiteral("active"), t.active ? 1 : 0}});
}

void TechnicianStore::saveAll(Commands &commands, const QList<Technician> &list)
{
    commands.run(QStringLiteral("technicians.save"), Permission::ManageTechnicians, [&](CommandContext &ctx) {
        const Validation v = TechnicianRules::validate(list);
        if (!v.ok())
            throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
        // Names are unique across the stored list too, retired technicians included.
        for (const Technician &t : list) {
            const qint64 other =
                ctx.scalar(QStringLiteral("SELECT id FROM technicians WHERE name = ?"), {t.name.trimmed()}, 0).toLongLong();
            bool renamedAway = false; // the other row is renamed in this same save
            for (const Technician &u : list)
                renamedAway = renamedAway || (u.id == other && u.name.trimmed() != t.name.trimmed());
            if (other && other != t.id && !renamedAway)
                throw StoreError(StoreError::Kind::Validation,
                                 tr("A technician named %1 is already on the list (perhaps retired); tick Active on that "
                                    "row instead.")
                                     .arg(t.name.trimmed()));
        }
        for (const Technician &t : list) {
            if (t.id == 0) {
                addIn(ctx, t);
                continue;
            }
            ctx.update(QStringLiteral("technicians"), t.id, t.version,
                       {{QStringLiteral("name"), t.name.trimmed()},
                        {QStringLiteral("team"), Sql::text(t.team.trimmed())},
                        {QStringLiteral("grade"), Sql::text(t.grade)},
                        {QStringLiteral("active"), t.active ? 1 : 0}},
                       tr("Technician %1").arg(t.name.trimmed()));
        }
    });
}

} // namespace dd
