#include "catalogstore.h"

#include <QHash>
#include <QSet>

#include "searchkeys.h"
#include "sql.h"

namespace dd
{

namespace
{
const QString kOperationColumns =
    QStringLiteral("id, code, model_family, description, centi_hours, labor_category, active, version");
const QString kPartColumns =
    QStringLiteral("id, part_number, name, brand_spec, unit, price_fen, source, active, version");

LaborOperation operationFrom(const QSqlQuery &q)
{
    LaborOperation op;
    op.id = q.value(0).toLongLong();
    op.code = q.value(1).toString();
    op.modelFamily = q.value(2).toString();
    op.description = q.value(3).toString();
    op.centiHours = q.value(4).toInt();
    op.laborCategory = q.value(5).toString();
    op.active = q.value(6).toInt() != 0;
    op.version = q.value(7).toInt();
    return op;
}

CatalogPart partFrom(const QSqlQuery &q)
{
    CatalogPart p;
    p.id = q.value(0).toLongLong();
    p.partNumber = q.value(1).toString();
    p.name = q.value(2).toString();
    p.brandSpec = q.value(3).toString();
    p.unit = q.value(4).toString();
    p.priceFen = q.value(5).toLongLong();
    p.source = q.value(6).toString();
    p.active = q.value(7).toInt() != 0;
    p.version = q.value(8).toInt();
    return p;
}

// Insert the row, or update the one with the same key; returns its id.
qint64 upsert(CommandContext &ctx, const QString &table, const QString &keyWhere, const QVariantList &key,
              const QVariantMap &values, const QString &label)
{
    QSqlQuery q = ctx.exec(QStringLiteral("SELECT id, version FROM %1 WHERE %2").arg(table, keyWhere), key);
    if (!q.next())
        return ctx.insert(table, values);
    const qint64 id = q.value(0).toLongLong();
    ctx.update(table, id, q.value(1).toInt(), values, label);
    return id;
}
} // namespace

QString CatalogStore::vehicleModelOf(qint64 workOrderId)
{
    // The series (车系) is the model family; the model after it may name the trim ("凯美瑞 2.0G 豪华版").
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT v.series, v.model FROM work_orders w JOIN vehicles v ON v.id = w.vehicle_id WHERE w.id = ?"),
        {workOrderId});
    if (!q.next())
        return QString();
    return (q.value(0).toString().simplified() + QLatin1Char(' ') + q.value(1).toString().simplified()).trimmed();
}

QList<LaborOperation> CatalogStore::operations(bool includeInactive)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1 FROM labor_operations %2 ORDER BY code, model_family")
            .arg(kOperationColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    QList<LaborOperation> out;
    while (q.next())
        out << operationFrom(q);
    return out;
}

std::optional<LaborOperation> CatalogStore::operationFor(const QString &code, const QString &vehicleModel)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM labor_operations WHERE code = ? AND active = 1")
                                 .arg(kOperationColumns),
                             {CatalogRules::normalizeCode(code)});
    QList<LaborOperation> rows;
    while (q.next())
        rows << operationFrom(q);
    return CatalogRules::bestFit(rows, vehicleModel);
}

std::optional<CatalogPart> CatalogStore::part(const QString &partNumber)
{
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT %1 FROM parts_catalog WHERE part_number = ?").arg(kPartColumns),
                   {CatalogRules::normalizeCode(partNumber)});
    if (!q.next())
        return std::nullopt;
    return partFrom(q);
}

QList<CatalogPart> CatalogStore::findParts(const QString &text, int limit)
{
    QList<CatalogPart> out;
    QSet<qint64> seen;
    auto add = [&](const QString &sql, const QVariantList &params) {
        if (out.size() >= limit)
            return;
        QVariantList p = params;
        p << limit;
        QSqlQuery q = m_db.query(sql, p);
        while (q.next() && out.size() < limit) {
            const CatalogPart part = partFrom(q);
            if (!seen.contains(part.id)) {
                seen.insert(part.id);
                out << part;
            }
        }
    };
    const QString number = CatalogRules::normalizeCode(text);
    if (number.isEmpty()) {
        add(QStringLiteral("SELECT %1 FROM parts_catalog WHERE active = 1 ORDER BY part_number LIMIT ?")
                .arg(kPartColumns),
            {});
        return out;
    }
    add(QStringLiteral(
            "SELECT %1 FROM parts_catalog WHERE part_number >= ? AND part_number < ? AND active = 1 "
            "ORDER BY part_number LIMIT ?")
            .arg(kPartColumns),
        {number, SearchKeys::prefixEnd(number)});
    const QString key = CatalogRules::nameKey(text);
    add(QStringLiteral("SELECT %1 FROM parts_catalog WHERE name_key >= ? AND name_key < ? AND active = 1 "
                       "ORDER BY name_key LIMIT ?")
            .arg(kPartColumns),
        {key, SearchKeys::prefixEnd(key)});
    if (text.simplified().size() >= 3) {
        if (m_db.isSqlite())
            add(QStringLiteral(
                    "SELECT %1 FROM parts_catalog WHERE id IN (SELECT rowid FROM parts_catalog_fts WHERE "
                    "parts_catalog_fts MATCH ?) AND active = 1 ORDER BY part_number LIMIT ?")
                    .arg(kPartColumns),
                {QStringLiteral("name : ") + SearchKeys::ftsPhrase(text.simplified())});
        else
            add(QStringLiteral(
                    "SELECT %1 FROM parts_catalog WHERE name ILIKE ? AND active = 1 ORDER BY part_number "
                    "LIMIT ?")
                    .arg(kPartColumns),
                {QLatin1Char('%') + SearchKeys::likeEscaped(text.simplified()) + QLatin1Char('%')});
    }
    return out;
}

int CatalogStore::partCount()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM parts_catalog WHERE active = 1"), {}, 0).toInt();
}

QList<CannedJob> CatalogStore::jobs(bool includeInactive)
{
    QList<CannedJob> out;
    QHash<qint64, int> index;
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT id, code, model_family, name, active, version, wo_type FROM canned_jobs %1 "
                                  "ORDER BY code, model_family")
                       .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    while (q.next()) {
        CannedJob j;
        j.id = q.value(0).toLongLong();
        j.code = q.value(1).toString();
        j.modelFamily = q.value(2).toString();
        j.name = q.value(3).toString();
        j.active = q.value(4).toInt() != 0;
        j.version = q.value(5).toInt();
        j.woType = q.value(6).toString();
        index.insert(j.id, int(out.size()));
        out << j;
    }
    QSqlQuery items = m_db.query(QStringLiteral(
        "SELECT job_id, kind, code, quantity_milli FROM canned_job_items ORDER BY job_id, position"));
    while (items.next()) {
        const auto it = index.constFind(items.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].items << CannedJobItem{items.value(1).toString(), items.value(2).toString(),
                                            items.value(3).toLongLong()};
    }
    return out;
}

QList<CannedJob> CatalogStore::jobsFor(const QString &vehicleModel)
{
    QMap<QString, QList<CannedJob>> byCode;
    for (const CannedJob &j : jobs())
        byCode[j.code] << j;
    QList<CannedJob> out;
    for (const QList<CannedJob> &rows : std::as_const(byCode))
        if (const std::optional<CannedJob> best = CatalogRules::bestFit(rows, vehicleModel))
            out << *best;
    // Jobs for this very model first, then the general ones, each by name.
    std::stable_sort(out.begin(), out.end(), [&](const CannedJob &a, const CannedJob &b) {
        const int fa = CatalogRules::fit(a.modelFamily, vehicleModel),
                  fb = CatalogRules::fit(b.modelFamily, vehicleModel);
        if ((fa > 0) != (fb > 0))
            return fa > 0;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

CatalogStore::Resolved CatalogStore::resolve(const CannedJob &job, const QString &vehicleModel,
                                             const QList<LaborRate> &rates)
{
    Resolved r;
    for (const CannedJobItem &i : job.items) {
        if (i.is(LineKind::Labor)) {
            if (const std::optional<LaborOperation> op = operationFor(i.code, vehicleModel))
                r.lines << CatalogRules::line(*op, rates, int(i.quantityMilli / 10));
            else
                r.missing << tr("labor operation %1").arg(i.code);
        } else {
            const std::optional<CatalogPart> p = part(i.code);
            if (p && p->active)
                r.lines << CatalogRules::line(*p, i.quantityMilli);
            else
                r.missing << tr("part %1").arg(i.code);
        }
    }
    return r;
}

void CatalogStore::upsertIn(CommandContext &ctx, const LaborOperation &op)
{
    const QString code = CatalogRules::normalizeCode(op.code);
    const QString family = CatalogRules::normalizeFamily(op.modelFamily);
    upsert(ctx, QStringLiteral("labor_operations"), QStringLiteral("code = ? AND model_family = ?"),
           {code, family},
           {{QStringLiteral("code"), code},
            {QStringLiteral("model_family"), Sql::text(family)},
            {QStringLiteral("description"), op.description.simplified()},
            {QStringLiteral("centi_hours"), op.centiHours},
            {QStringLiteral("labor_category"), Sql::text(op.laborCategory)},
            {QStringLiteral("active"), op.active ? 1 : 0}},
           family.isEmpty() ? tr("Labor operation %1").arg(code)
                            : tr("Labor operation %1 (%2)").arg(code, family));
}

void CatalogStore::upsertIn(CommandContext &ctx, const CatalogPart &part)
{
    const QString number = CatalogRules::normalizeCode(part.partNumber);
    upsert(ctx, QStringLiteral("parts_catalog"), QStringLiteral("part_number = ?"), {number},
           {{QStringLiteral("part_number"), number},
            {QStringLiteral("name"), part.name.simplified()},
            {QStringLiteral("name_key"), CatalogRules::nameKey(part.name)},
            {QStringLiteral("brand_spec"), Sql::text(part.brandSpec.simplified())},
            {QStringLiteral("unit"), Sql::text(part.unit.simplified())},
            {QStringLiteral("price_fen"), part.priceFen},
            {QStringLiteral("source"), part.source},
            {QStringLiteral("active"), part.active ? 1 : 0}},
           tr("Part %1").arg(number));
}

void CatalogStore::upsertIn(CommandContext &ctx, const CannedJob &job)
{
    const QString code = CatalogRules::normalizeCode(job.code);
    const QString family = CatalogRules::normalizeFamily(job.modelFamily);
    QStringList items;
    for (const CannedJobItem &i : job.items)
        items << QStringLiteral("%1 %2 %3")
                     .arg(i.kind, CatalogRules::normalizeCode(i.code), QString::number(i.quantityMilli));
    const qint64 id = upsert(ctx, QStringLiteral("canned_jobs"),
                             QStringLiteral("code = ? AND model_family = ?"), {code, family},
                             {{QStringLiteral("code"), code},
                              {QStringLiteral("model_family"), Sql::text(family)},
                              {QStringLiteral("name"), job.name.simplified()},
                              {QStringLiteral("wo_type"), Sql::text(job.woType)},
                              {QStringLiteral("active"), job.active ? 1 : 0}},
                             family.isEmpty() ? tr("Job %1").arg(code) : tr("Job %1 (%2)").arg(code, family));
    QStringList before;
    QSqlQuery old =
        ctx.exec(QStringLiteral("SELECT kind, code, quantity_milli FROM canned_job_items WHERE job_id = ? "
                                "ORDER BY position"),
                 {id});
    while (old.next())
        before << QStringLiteral("%1 %2 %3")
                      .arg(old.value(0).toString(), old.value(1).toString(),
                           QString::number(old.value(2).toLongLong()));
    if (before == items)
        return;
    ctx.exec(QStringLiteral("DELETE FROM canned_job_items WHERE job_id = ?"), {id});
    int position = 0;
    for (const CannedJobItem &i : job.items)
        ctx.exec(QStringLiteral("INSERT INTO canned_job_items (job_id, position, kind, code, quantity_milli) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {id, ++position, i.kind, CatalogRules::normalizeCode(i.code), i.quantityMilli});
    ctx.audit(QStringLiteral("canned_jobs"), id, CommandContext::Action::Update,
              {{QStringLiteral("items"), before.join(QStringLiteral("; "))}},
              {{QStringLiteral("items"), items.join(QStringLiteral("; "))}});
}

} // namespace dd
