#include "importer.h"

#include <QHash>

#include "catalogstore.h"
#include "core/csv.h"
#include "core/identifiers.h"
#include "customerstore.h"
#include "dealershipstore.h"

namespace dd {

namespace {
struct DryRunDone {
};

bool yes(const QString &s)
{
    const QString v = s.trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("y") || v == QLatin1String("true")
        || v == QStringLiteral("是") || v == QStringLiteral("同意");
}

QString firstLine(const QStringList &messages)
{
    return messages.join(QStringLiteral(" "));
}
} // namespace

std::optional<Importer::Kind> Importer::kindFromName(const QString &name)
{
    const QStringList names = kindNames();
    const int i = int(names.indexOf(name.trimmed().toLower()));
    if (i < 0)
        return std::nullopt;
    return Kind(i);
}

QStringList Importer::kindNames()
{
    return {QStringLiteral("customers"), QStringLiteral("vehicles"), QStringLiteral("labor"), QStringLiteral("parts"),
            QStringLiteral("jobs")};
}

QStringList Importer::header(Kind kind)
{
    if (kind == Kind::LaborOperations)
        return {QStringLiteral("code"), QStringLiteral("description"), QStringLiteral("model_family"),
                QStringLiteral("hours"), QStringLiteral("labor_category")};
    if (kind == Kind::Parts)
        return {QStringLiteral("part_number"), QStringLiteral("name"), QStringLiteral("brand_spec"), QStringLiteral("unit"),
                QStringLiteral("price"), QStringLiteral("source")};
    if (kind == Kind::CannedJobs)
        return {QStringLiteral("job_code"), QStringLiteral("job_name"), QStringLiteral("model_family"), QStringLiteral("kind"),
                QStringLiteral("code"), QStringLiteral("quantity")};
    if (kind == Kind::Vehicles)
        return {QStringLiteral("vin"),   QStringLiteral("plate"),      QStringLiteral("brand"), QStringLiteral("model"),
                QStringLiteral("color"), QStringLiteral("owner_name"), QStringLiteral("owner_phone")};
    return {QStringLiteral("name"),       QStringLiteral("kind"),       QStringLiteral("phone"),
            QStringLiteral("phone2"),     QStringLiteral("id_number"),  QStringLiteral("address"),
            QStringLiteral("tax_number"), QStringLiteral("followup_consent"), QStringLiteral("marketing_consent"),
            QStringLiteral("notes")};
}

QStringList Importer::optionalColumns(Kind kind)
{
    // jobs: the work-order type the job sets (maintenance, repair …, or 保养, 维修 …), empty for none
    return kind == Kind::CannedJobs ? QStringList{QStringLiteral("wo_type")} : QStringList{};
}

QList<Csv::Row> Importer::rowsOf(Kind kind, const Csv::Decoded &decoded)
{
    if (!decoded.ok())
        throw StoreError(StoreError::Kind::Validation, decoded.error);
    const QList<Csv::Row> rows = Csv::parse(decoded.text);
    const QStringList expected = header(kind);
    if (rows.isEmpty())
        throw StoreError(StoreError::Kind::Validation, tr("The file is empty; its first line must be the header: %1")
                                                           .arg(expected.join(QLatin1Char(','))));
    // Only the last row can hold a quote that never closes: it swallowed the rest of the file.
    if (rows.last().unclosedQuote)
        throw StoreError(StoreError::Kind::Validation,
                         tr("Line %1 of the file opens a quoted field (\") that is never closed, so the rest of the "
                            "file would run into it. Nothing was imported; close the quote and import again.")
                             .arg(rows.last().line));
    QStringList got;
    for (const QString &h : rows.first().fields)
        got << h.trimmed().toLower();
    // Columns added later are optional at the end: older files keep importing.
    const QStringList optional = optionalColumns(kind);
    if (got != expected && got != expected + optional)
        throw StoreError(StoreError::Kind::Validation,
                         tr("The header is \"%1\"; it must be \"%2\". Nothing was imported.")
                             .arg(Csv::excerpt(rows.first().fields.join(QLatin1Char(','))),
                                  (expected + optional).join(QLatin1Char(','))));
    return rows;
}

Importer::Report Importer::run(Commands &commands, Kind kind, const QByteArray &data, bool dryRun)
{
    Report report;
    const Csv::Decoded decoded = Csv::decode(data);
    const QList<Csv::Row> rows = rowsOf(kind, decoded);
    report.encoding = decoded.encoding;
    // The column people recognise a row by: the customer's, the owner's, the operation's, the part's, the job's.
    const int nameColumn = kind == Kind::Customers ? 0 : kind == Kind::Vehicles ? 5 : 1;
    for (int i = 1; i < rows.size() && report.samples.size() < 3; ++i) {
        const QString name = Csv::excerpt(rows.at(i).fields.value(nameColumn), 40);
        if (!name.isEmpty() && !report.samples.contains(name))
            report.samples << name;
    }

    try {
        commands.run(QStringLiteral("import.") + kindNames().at(int(kind)), Permission::ImportData, [&](CommandContext &ctx) {
            runIn(ctx, kind, rows, report);
            if (dryRun)
                throw DryRunDone{};
        });
    } catch (const DryRunDone &) {
    }
    return report;
}

void Importer::lockForImport(CommandContext &ctx, Kind kind)
{
    // On SQLite the command's BEGIN IMMEDIATE already holds the database's one write lock. On PostgreSQL the
    // "already on file" checks would run before the inserts without one, and two stations importing the same
    // file at once each found nothing and both inserted (1,929 duplicate customers in a test). SHARE ROW
    // EXCLUSIVE conflicts with itself and with every writer of the table, not with readers: the second import
    // waits for the first to commit, then finds its rows on file; a station saving a customer meanwhile waits
    // until the import is done.
    if (ctx.database().isSqlite())
        return;
    const QString tables = kind == Kind::Customers   ? QStringLiteral("customers, customer_phones")
                           : kind == Kind::Vehicles  ? QStringLiteral("customers, customer_phones, vehicles")
                           : kind == Kind::Parts     ? QStringLiteral("parts_catalog")
                           : kind == Kind::CannedJobs ? QStringLiteral("canned_jobs, canned_job_items")
                                                      : QStringLiteral("labor_operations");
    ctx.exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(tables));
}

void Importer::runIn(CommandContext &ctx, Kind kind, const QList<Csv::Row> &rows, Report &report)
{
    const QStringList expected = header(kind);
    lockForImport(ctx, kind);
    if (kind == Kind::CannedJobs)
        return importJobs(ctx, rows, report);
    const QList<LaborRate> rates = DealershipStore(ctx.database()).laborRates(true);
    QHash<QString, int> catalogKeys; // catalog key → the line that had it first in this file
    CustomerStore customers(ctx.database());
    VehicleStore vehicles(ctx.database());
    QHash<QString, qint64> ownersByKey; // name + phone → customer imported or found in this run
    for (int i = 1; i < rows.size(); ++i) {
        const int lineNo = i;
        QStringList f = rows.at(i).fields;
        if (f.size() != expected.size()) {
            report.lines << Line{lineNo, true, tr("%1 fields instead of %2").arg(f.size()).arg(expected.size())};
            ++report.rejected;
            continue;
        }
        for (QString &s : f)
            s = s.trimmed();
        QStringList warnings;
        // A savepoint per row: a rejected row leaves nothing behind (e.g. its new owner).
        ctx.exec(QStringLiteral("SAVEPOINT import_row"));
        try {
            if (kind == Kind::LaborOperations || kind == Kind::Parts) {
                const QString key = catalogRow(ctx, kind, f, rates);
                if (catalogKeys.contains(key))
                    warnings << tr("%1 was already on line %2 of this file; this line replaces it.")
                                    .arg(key, QString::number(catalogKeys.value(key)));
                else
                    catalogKeys.insert(key, lineNo);
            } else if (kind == Kind::Vehicles) {
                Vehicle v;
                v.vin = f.at(0);
                v.plate = f.at(1);
                v.brand = f.at(2);
                v.model = f.at(3);
                v.color = f.at(4);
                v.ownerId = 1; // checked below; validation needs an owner
                Validation val = VehicleRules::validate(v, ctx.now().toLocalTime().date());
                if (!val.ok())
                    throw StoreError(StoreError::Kind::Validation, firstLine(val.errors));
                if (!val.warnings.isEmpty()) {
                    v.vinWarning = val.warnings.first();
                    warnings << val.warnings;
                }
                const Phone::Parsed phone = Phone::parse(f.at(6));
                if (phone.kind == Phone::Kind::Invalid)
                    throw StoreError(StoreError::Kind::Validation, firstLine(Phone::validate(f.at(6)).errors));
                if (f.at(5).isEmpty())
                    throw StoreError(StoreError::Kind::Validation, tr("The owner's name is empty."));
                const QString key = f.at(5) + QLatin1Char('\n') + phone.number;
                qint64 owner = ownersByKey.value(key);
                if (!owner) {
                    for (const Customer &c : customers.byPhone(phone.number)) {
                        if (c.name == f.at(5).simplified())
                            owner = c.id;
                    }
                }
                if (!owner) {
                    Customer c;
                    c.name = f.at(5);
                    c.phones << PhoneNumber{phone.number, phone.kind == Phone::Kind::Mobile, {}};
                    owner = customers.saveIn(ctx, c);
                }
                ownersByKey.insert(key, owner);
                v.ownerId = owner;
                vehicles.saveIn(ctx, v);
            } else {
                Customer c;
                c.name = f.at(0);
                const QString k = f.at(1).toLower();
                if (k == QLatin1String("company") || k == QStringLiteral("公司") || k == QStringLiteral("单位"))
                    c.kind = Customer::Kind::Company;
                else if (!k.isEmpty() && k != QLatin1String("person") && k != QStringLiteral("个人"))
                    throw StoreError(StoreError::Kind::Validation,
                                     tr("kind must be person or company, not \"%1\"").arg(Csv::excerpt(f.at(1))));
                for (int p : {2, 3})
                    if (!f.at(p).isEmpty())
                        c.phones << PhoneNumber{f.at(p), true, {}};
                c.idNumber = f.at(4);
                c.address = f.at(5);
                c.taxNumber = f.at(6);
                c.followUpConsent = yes(f.at(7));
                c.marketingConsent = yes(f.at(8));
                c.notes = f.at(9);
                Validation val = CustomerRules::validate(c);
                if (!val.ok())
                    throw StoreError(StoreError::Kind::Validation, firstLine(val.errors));
                for (const PhoneNumber &p : c.phones) {
                    for (const Customer &other : customers.byPhone(p.number)) {
                        if (other.name == c.name)
                            throw StoreError(StoreError::Kind::Validation,
                                             tr("%1 with phone %2 is already on file").arg(c.name, p.number));
                        warnings << tr("the phone %1 is also on file for %2").arg(p.number, other.name);
                    }
                }
                customers.saveIn(ctx, c);
            }
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::Validation)
                throw; // the database failed: the whole import is rolled back and named
            ctx.exec(QStringLiteral("ROLLBACK TO SAVEPOINT import_row"));
            ctx.exec(QStringLiteral("RELEASE SAVEPOINT import_row"));
            report.lines << Line{lineNo, true, Csv::excerpt(e.message(), 300)}; // never the whole file
            ++report.rejected;
            continue;
        }
        ctx.exec(QStringLiteral("RELEASE SAVEPOINT import_row"));
        ++report.imported;
        if (!warnings.isEmpty()) {
            report.lines << Line{lineNo, false, warnings.join(QStringLiteral(" ")).simplified()};
            ++report.warnings;
        }
    }
}

QString Importer::catalogRow(CommandContext &ctx, Kind kind, const QStringList &f, const QList<LaborRate> &rates)
{
    auto refuse = [](const QString &message) { return StoreError(StoreError::Kind::Validation, message); };
    if (kind == Kind::LaborOperations) {
        LaborOperation op;
        op.code = f.at(0);
        op.description = f.at(1);
        op.modelFamily = f.at(2);
        const std::optional<int> hours = CatalogRules::parseHours(f.at(3));
        if (!hours)
            throw refuse(tr("hours must be a number of hours such as 1.5, not \"%1\"").arg(Csv::excerpt(f.at(3))));
        op.centiHours = *hours;
        op.laborCategory = f.at(4).toUpper();
        const Validation v = CatalogRules::check(op, rates);
        if (!v.ok())
            throw refuse(firstLine(v.errors));
        CatalogStore::upsertIn(ctx, op);
        const QString family = CatalogRules::normalizeFamily(op.modelFamily);
        return family.isEmpty() ? CatalogRules::normalizeCode(op.code)
                                : QStringLiteral("%1 (%2)").arg(CatalogRules::normalizeCode(op.code), family);
    }
    CatalogPart part;
    part.partNumber = f.at(0);
    part.name = f.at(1);
    part.brandSpec = f.at(2);
    part.unit = f.at(3);
    const std::optional<Fen> price = money::parse(f.at(4));
    if (!price)
        throw refuse(tr("price must be an amount in yuan such as 48.50, not \"%1\"").arg(Csv::excerpt(f.at(4))));
    part.priceFen = *price;
    const std::optional<QString> source = CatalogRules::parseSource(f.at(5));
    if (!source)
        throw refuse(tr("source must be oem, equivalent or reconditioned (原厂, 同质, 修复), not \"%1\"").arg(Csv::excerpt(f.at(5))));
    part.source = *source;
    const Validation v = CatalogRules::check(part);
    if (!v.ok())
        throw refuse(firstLine(v.errors));
    CatalogStore::upsertIn(ctx, part);
    return CatalogRules::normalizeCode(part.partNumber);
}

void Importer::importJobs(CommandContext &ctx, const QList<Csv::Row> &rows, Report &report)
{
    struct Pending {
        CannedJob job;
        QList<int> lines;
        QStringList problems; // "line N: ..."
    };
    QList<Pending> jobs;
    QHash<QString, int> byKey;
    const int fieldCount = int(rows.first().fields.size()); // with or without the optional wo_type
    CatalogStore catalog(ctx.database());
    for (int i = 1; i < rows.size(); ++i) {
        QStringList f = rows.at(i).fields;
        for (QString &s : f)
            s = s.trimmed();
        if (f.size() != fieldCount || f.at(0).isEmpty()) {
            report.lines << Line{i, true,
                                 f.size() != fieldCount ? tr("%1 fields instead of %2").arg(f.size()).arg(fieldCount)
                                                        : tr("job_code is empty")};
            ++report.rejected;
            continue;
        }
        const QString key = CatalogRules::normalizeCode(f.at(0)) + QLatin1Char('\n') + CatalogRules::normalizeFamily(f.at(2));
        if (!byKey.contains(key)) {
            byKey.insert(key, int(jobs.size()));
            Pending p;
            p.job.code = f.at(0);
            p.job.modelFamily = f.at(2);
            jobs << p;
        }
        Pending &p = jobs[byKey.value(key)];
        p.lines << i;
        if (p.job.name.isEmpty())
            p.job.name = f.at(1);
        if (f.size() > 6 && !f.at(6).isEmpty()) {
            const std::optional<QString> type = CatalogRules::parseWorkOrderType(f.at(6));
            if (!type)
                p.problems << tr("line %1: wo_type must be one of %2, not \"%3\"")
                                  .arg(QString::number(i), WorkOrderCodes::types().codes().join(QStringLiteral(", ")),
                                       Csv::excerpt(f.at(6)));
            else if (!p.job.woType.isEmpty() && p.job.woType != *type)
                p.problems << tr("line %1: the job already sets the type %2").arg(QString::number(i), p.job.woType);
            else
                p.job.woType = *type;
        }
        CannedJobItem item;
        item.kind = f.at(3).toLower();
        if (item.kind == QStringLiteral("工时"))
            item.kind = QStringLiteral("labor");
        else if (item.kind == QStringLiteral("配件") || item.kind == QStringLiteral("材料"))
            item.kind = QStringLiteral("part");
        item.code = f.at(4);
        if (!f.at(5).isEmpty()) {
            const std::optional<qint64> q = CatalogRules::parseQuantity(f.at(5));
            if (!q)
                p.problems << tr("line %1: quantity must be a number such as 4 or 0.5, not \"%2\"")
                                  .arg(QString::number(i), Csv::excerpt(f.at(5)));
            else
                item.quantityMilli = *q;
        }
        // The job refers to the catalogs: what it names must be there (import labor and parts first).
        if (item.is(LineKind::Labor) && !item.code.isEmpty() &&
            !catalog.operationFor(item.code, CatalogRules::normalizeFamily(f.at(2))))
            p.problems << tr("line %1: the labor operation %2 is not in the catalog; import the labor operations first")
                              .arg(QString::number(i), Csv::excerpt(item.code));
        else if (item.is(LineKind::Part) && !item.code.isEmpty() && !catalog.part(item.code))
            p.problems << tr("line %1: the part %2 is not in the price list; import the parts first")
                              .arg(QString::number(i), Csv::excerpt(item.code));
        p.job.items << item;
    }
    for (Pending &p : jobs) {
        const Validation v = CatalogRules::check(p.job);
        for (const QString &e : v.errors)
            p.problems << e;
        if (!p.problems.isEmpty()) {
            const QString reason = tr("the job %1 was not imported: %2")
                                       .arg(Csv::excerpt(p.job.code), Csv::excerpt(p.problems.join(QStringLiteral("; ")), 500));
            for (int line : p.lines)
                report.lines << Line{line, true, reason};
            report.rejected += int(p.lines.size());
            continue;
        }
        CatalogStore::upsertIn(ctx, p.job);
        report.imported += int(p.lines.size());
    }
    std::sort(report.lines.begin(), report.lines.end(), [](const Line &a, const Line &b) { return a.line < b.line; });
}

} // namespace dd
