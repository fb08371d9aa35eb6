#include "importer.h"

#include <QHash>

#include "core/csv.h"
#include "core/identifiers.h"
#include "customerstore.h"

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

QStringList Importer::header(Kind kind)
{
    if (kind == Kind::Vehicles)
        return {QStringLiteral("vin"),   QStringLiteral("plate"),      QStringLiteral("brand"), QStringLiteral("model"),
                QStringLiteral("color"), QStringLiteral("owner_name"), QStringLiteral("owner_phone")};
    return {QStringLiteral("name"),       QStringLiteral("kind"),       QStringLiteral("phone"),
            QStringLiteral("phone2"),     QStringLiteral("id_number"),  QStringLiteral("address"),
            QStringLiteral("tax_number"), QStringLiteral("followup_consent"), QStringLiteral("marketing_consent"),
            QStringLiteral("notes")};
}

Importer::Report Importer::run(Commands &commands, Kind kind, const QByteArray &data, bool dryRun)
{
    Report report;
    const QList<Csv::Row> rows = Csv::parse(Csv::decode(data, &report.encoding));
    const QStringList expected = header(kind);
    if (rows.isEmpty())
        throw StoreError(StoreError::Kind::Validation, tr("The file is empty; its first line must be the header: %1")
                                                           .arg(expected.join(QLatin1Char(','))));
    QStringList got;
    for (const QString &h : rows.first().fields)
        got << h.trimmed().toLower();
    if (got != expected)
        throw StoreError(StoreError::Kind::Validation,
                         tr("The header is \"%1\"; it must be \"%2\". Nothing was imported.")
                             .arg(rows.first().fields.join(QLatin1Char(',')), expected.join(QLatin1Char(','))));

    const QString commandName = kind == Kind::Vehicles ? QStringLiteral("import.vehicles") : QStringLiteral("import.customers");
    auto body = [&](CommandContext &ctx) {
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
                if (kind == Kind::Vehicles) {
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
                                         tr("kind must be person or company, not \"%1\"").arg(f.at(1)));
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
                report.lines << Line{lineNo, true, e.message().simplified()};
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
        if (dryRun)
            throw DryRunDone{};
    };
    try {
        commands.run(commandName, Permission::ImportData, body);
    } catch (const DryRunDone &) {
    }
    return report;
}

} // namespace dd
