#include "dealershipstore.h"

#include <QSqlQuery>

#include "sql.h"

namespace dd {

QString DealershipStore::prefixColumn(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WorkOrder: return QStringLiteral("prefix_work_order");
    case DocumentKind::Settlement: return QStringLiteral("prefix_settlement");
    case DocumentKind::Appointment: return QStringLiteral("prefix_appointment");
    case DocumentKind::Certificate: return QStringLiteral("prefix_certificate");
    case DocumentKind::Complaint: return QStringLiteral("prefix_complaint");
    }
    return {};
}

namespace {
void throwIfInvalid(const Validation &v)
{
    if (!v.ok())
        throw StoreError(StoreError::Kind::Validation, v.errors.join(QLatin1Char('\n')));
}
} // namespace

DealershipSettings DealershipStore::load()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT name, address, phone, tax_number, logo_png, vat_rate_bp, "
                                           "prefix_work_order, prefix_settlement, prefix_appointment, handover_terms, "
                                           "version, auto_lock_minutes, greeting_limit_seconds, approval_alert_minutes, "
                                           "discount_limit_advisor_bp, discount_limit_cashier_bp, maintenance_interval_km, "
                                           "maintenance_interval_months, workshop_opens, workshop_closes, workshop_days_off, "
                                           "default_labor_rate, no_show_grace_minutes, prefix_certificate, guarantee_commitments, prefix_complaint, followup_rules, fallback_template FROM dealership "
                                           "WHERE id = 1"));
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, tr("The dealership settings are missing from the database."));
    DealershipSettings s;
    s.name = q.value(0).toString();
    s.address = q.value(1).toString();
    s.phone = q.value(2).toString();
    s.taxNumber = q.value(3).toString();
    s.logoPng = q.value(4).toByteArray();
    s.vatRateBp = q.value(5).toInt();
    s.prefixes.insert(DocumentKind::WorkOrder, q.value(6).toString());
    s.prefixes.insert(DocumentKind::Settlement, q.value(7).toString());
    s.prefixes.insert(DocumentKind::Appointment, q.value(8).toString());
    s.handoverTerms = q.value(9).toString();
    s.version = q.value(10).toInt();
    s.autoLockMinutes = q.value(11).toInt();
    s.greetingLimitSeconds = q.value(12).toInt();
    s.approvalAlertMinutes = q.value(13).toInt();
    s.discountLimitAdvisorBp = q.value(14).toInt();
    s.discountLimitCashierBp = q.value(15).toInt();
    s.maintenanceIntervalKm = q.value(16).toInt();
    s.maintenanceIntervalMonths = q.value(17).toInt();
    const QTime opens = QTime::fromString(q.value(18).toString(), QStringLiteral("HH:mm"));
    const QTime closes = QTime::fromString(q.value(19).toString(), QStringLiteral("HH:mm"));
    if (opens.isValid())
        s.workshopHours.opens = opens;
    if (closes.isValid())
        s.workshopHours.closes = closes;
    s.workshopHours.daysOff = WorkshopHours::parseDaysOff(q.value(20).toString());
    s.defaultLaborRate = q.value(21).toString();
    s.noShowGraceMinutes = q.value(22).toInt();
    s.prefixes.insert(DocumentKind::Certificate, q.value(23).toString());
    s.guarantees = DealershipRules::parseGuarantees(q.value(24).toString());
    s.prefixes.insert(DocumentKind::Complaint, q.value(25).toString());
    s.followUp = FollowUpRules::parseSettings(q.value(26).toString());
    s.fallbackTemplate = q.value(27).toString();
    return s;
}

void DealershipStore::save(Commands &commands, const DealershipSettings &s)
{
    commands.run(QStringLiteral("dealership.save"), Permission::ManageSettings, [&](CommandContext &ctx) {
        saveIn(ctx, s);
        checkDefaultRate(ctx, s.defaultLaborRate);
    });
}

void DealershipStore::checkDefaultRate(CommandContext &ctx, const QString &code)
{
    if (code.isEmpty())
        return;
    if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM labor_rates WHERE code = ? AND active = 1"), {code}, 0).toInt() == 0)
        throw StoreError(StoreError::Kind::Validation,
                         tr("The default labor rate %1 is not an active labor rate; choose another one.").arg(code));
}

void DealershipStore::saveIn(CommandContext &ctx, const DealershipSettings &s)
{
    throwIfInvalid(DealershipRules::validate(s));
    {
        QVariantMap changes{{QStringLiteral("name"), s.name.trimmed()},
                            {QStringLiteral("address"), s.address.trimmed()},
                            {QStringLiteral("phone"), s.phone.trimmed()},
                            {QStringLiteral("tax_number"), s.taxNumber.trimmed().toUpper()},
                            {QStringLiteral("logo_png"), s.logoPng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                                             : QVariant(s.logoPng)},
                            {QStringLiteral("vat_rate_bp"), s.vatRateBp},
                            {QStringLiteral("handover_terms"), s.handoverTerms},
                            {QStringLiteral("auto_lock_minutes"), s.autoLockMinutes},
                            {QStringLiteral("greeting_limit_seconds"), s.greetingLimitSeconds},
                            {QStringLiteral("approval_alert_minutes"), s.approvalAlertMinutes},
                            {QStringLiteral("discount_limit_advisor_bp"), s.discountLimitAdvisorBp},
                            {QStringLiteral("discount_limit_cashier_bp"), s.discountLimitCashierBp},
                            {QStringLiteral("maintenance_interval_km"), s.maintenanceIntervalKm},
                            {QStringLiteral("maintenance_interval_months"), s.maintenanceIntervalMonths},
                            {QStringLiteral("workshop_opens"), s.workshopHours.opens.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("workshop_closes"), s.workshopHours.closes.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("workshop_days_off"), Sql::text(WorkshopHours::daysOffText(s.workshopHours.daysOff))},
                            {QStringLiteral("default_labor_rate"), Sql::text(s.defaultLaborRate)},
                            {QStringLiteral("no_show_grace_minutes"), s.noShowGraceMinutes},
                            {QStringLiteral("guarantee_commitments"), Sql::text(DealershipRules::guaranteesText(s.guarantees))},
                            {QStringLiteral("followup_rules"), FollowUpRules::settingsText(s.followUp)},
                            {QStringLiteral("fallback_template"), Sql::text(s.fallbackTemplate.trimmed())}};
        for (DocumentKind k : DocumentNumbers::all())
            changes.insert(prefixColumn(k), s.prefix(k));
        ctx.update(QStringLiteral("dealership"), 1, s.version, changes, tr("The dealership settings"));
    }
}

QList<LaborRate> DealershipStore::laborRates(bool includeInactive)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, code, name, rate_per_hour, active, version FROM labor_rates %1 "
                                           "ORDER BY code")
                                .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    QList<LaborRate> out;
    while (q.next()) {
        LaborRate r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.ratePerHour = q.value(3).toLongLong();
        r.active = q.value(4).toInt() == 1;
        r.version = q.value(5).toInt();
        out << r;
    }
    return out;
}

qint64 DealershipStore::addLaborRate(Commands &commands, const LaborRate &rate)
{
    return commands.run(QStringLiteral("labor_rate.add"), Permission::ManageSettings,
                        [&](CommandContext &ctx) { return addLaborRateIn(ctx, rate); });
}

qint64 DealershipStore::addLaborRateIn(CommandContext &ctx, const LaborRate &rate)
{
    throwIfInvalid(DealershipRules::validate(rate));
    {
        if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM labor_rates WHERE code = ?"), {rate.code}, 0).toInt() > 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("A labor rate with the code %1 already exists.").arg(rate.code));
        return ctx.insert(QStringLiteral("labor_rates"), {{QStringLiteral("code"), rate.code},
                                                          {QStringLiteral("name"), rate.name.trimmed()},
                                                          {QStringLiteral("rate_per_hour"), rate.ratePerHour},
                                                          {QStringLiteral("active"), rate.active ? 1 : 0}});
    }
}

void DealershipStore::updateLaborRateIn(CommandContext &ctx, const LaborRate &rate)
{
    throwIfInvalid(DealershipRules::validate(rate));
    {
        if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM labor_rates WHERE code = ? AND id <> ?"), {rate.code, rate.id}, 0)
                .toInt()
            > 0)
            throw StoreError(StoreError::Kind::Validation,
                             tr("A labor rate with the code %1 already exists.").arg(rate.code));
        ctx.update(QStringLiteral("labor_rates"), rate.id, rate.version,
                   {{QStringLiteral("code"), rate.code},
                    {QStringLiteral("name"), rate.name.trimmed()},
                    {QStringLiteral("rate_per_hour"), rate.ratePerHour},
                    {QStringLiteral("active"), rate.active ? 1 : 0}},
                   tr("Labor rate %1").arg(rate.code));
    }
}

void DealershipStore::saveAll(Commands &commands, const DealershipSettings &settings, const QList<LaborRate> &rates)
{
    commands.run(QStringLiteral("dealership.save"), Permission::ManageSettings, [&](CommandContext &ctx) {
        saveIn(ctx, settings);
        for (const LaborRate &r : rates) {
            if (r.id == 0)
                addLaborRateIn(ctx, r);
            else
                updateLaborRateIn(ctx, r);
        }
        checkDefaultRate(ctx, settings.defaultLaborRate);
    });
}

} // namespace dd
