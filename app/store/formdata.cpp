#include "formdata.h"

#include "complaintstore.h"
#include "settlementstore.h"

#include <QSqlQuery>

#include "addonstore.h"
#include "core/customer.h"
#include "dealershipstore.h"
#include "inspectionstore.h"
#include "sql.h"
#include "workorderstore.h"

namespace dd {

namespace {
QString firstPhone(Database &db, qint64 customerId)
{
    return db.scalar(QStringLiteral("SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY position LIMIT 1"),
                     {customerId})
        .toString();
}

QString quantityText(qint64 milli)
{
    if (milli % 1000 == 0)
        return QString::number(milli / 1000);
    QString s = QString::number(milli / 1000) + QLatin1Char('.') +
                QStringLiteral("%1").arg(qAbs(milli % 1000), 3, 10, QLatin1Char('0'));
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    return s;
}
} // namespace

FormHeader FormData::header()
{
    const DealershipSettings s = DealershipStore(m_db).load();
    return FormHeader{s.name, s.address, s.phone, s.logoPng};
}

WorkOrderParty FormData::party(const QString &workOrderNumber, qint64 *workOrderId, QString *color)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT w.id, w.opened_at, w.advisor_name, w.customer_id, c.name, w.drop_off_name, w.drop_off_phone, "
                       "v.plate, v.vin, v.brand, v.series, v.model, v.color, w.mileage_km, v.engine_no, v.vehicle_type, v.plate_color "
                       "FROM work_orders w JOIN customers c ON c.id = w.customer_id JOIN vehicles v ON v.id = w.vehicle_id "
                       "WHERE w.number = ?"),
        {workOrderNumber.trimmed().toUpper()});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound,
                         tr("There is no work order %1. Check the number on the form.").arg(workOrderNumber));
    WorkOrderParty p;
    *workOrderId = q.value(0).toLongLong();
    p.workOrderNumber = workOrderNumber.trimmed().toUpper();
    p.timeIn = Sql::fromDb(q.value(1));
    p.advisorName = q.value(2).toString();
    p.customerName = q.value(4).toString();
    p.customerPhone = firstPhone(m_db, q.value(3).toLongLong());
    p.dropOffName = q.value(5).toString();
    p.dropOffPhone = q.value(6).toString();
    p.plate = q.value(7).toString();
    p.vin = q.value(8).toString();
    p.model = QStringList{q.value(9).toString(), q.value(10).toString(), q.value(11).toString()}
                  .join(QLatin1Char(' '))
                  .simplified();
    if (color)
        *color = q.value(12).toString();
    p.mileageKm = q.value(13).isNull() ? -1 : q.value(13).toInt();
    p.engineNo = q.value(14).toString();
    p.vehicleType = q.value(15).toString();
    p.plateColor = q.value(16).toString().isEmpty() ? VehicleCodes::plateColorOf(p.plate) : q.value(16).toString();
    return p;
}

IntakeSheet FormData::intake(const QString &workOrderNumber)
{
    qint64 woId = 0;
    IntakeSheet s;
    const WorkOrderParty p = party(workOrderNumber, &woId, &s.color);
    s.header = header();
    s.handoverTerms = DealershipStore(m_db).load().handoverTerms;
    s.workOrderNumber = p.workOrderNumber;
    s.timeIn = p.timeIn;
    s.advisorName = p.advisorName;
    s.customerName = p.customerName;
    s.customerPhone = p.customerPhone;
    s.dropOffName = p.dropOffName;
    s.dropOffPhone = p.dropOffPhone;
    s.plate = p.plate;
    s.vin = p.vin;
    s.model = p.model;
    s.promisedAt = WorkOrderStore(m_db).load(woId).promisedAt;
    s.inspection = InspectionStore(m_db).load(woId);

    QSqlQuery c = m_db.query(QStringLiteral("SELECT text FROM work_order_concerns WHERE work_order_id = ? ORDER BY position"),
                             {woId});
    while (c.next())
        s.concerns << c.value(0).toString();
    QSqlQuery l = m_db.query(QStringLiteral("SELECT kind, description, quantity_milli, amount_fen FROM work_order_lines "
                                            "WHERE work_order_id = ? AND status IN ('proposed', 'approved') AND finding_id IS NULL "
                                            "ORDER BY position"),
                             {woId});
    while (l.next()) {
        PlannedItem item{l.value(0).toString(), l.value(1).toString(), quantityText(l.value(2).toLongLong()),
                         l.value(3).toLongLong()};
        s.estimateFen += item.amountFen;
        s.plannedItems << item;
    }
    return s;
}

AuthorizationForm FormData::authorization(const QString &workOrderNumber)
{
    qint64 woId = 0;
    AuthorizationForm f;
    f.party = party(workOrderNumber, &woId);
    f.header = header();
    const DealershipSettings d = DealershipStore(m_db).load();
    f.handoverTerms = d.handoverTerms;
    f.vatRateBp = d.vatRateBp;
    f.order = WorkOrderStore(m_db).load(woId);
    f.oldParts = InspectionStore(m_db).load(woId).oldParts;
    return f;
}

AddOnForm FormData::addon(const QString &workOrderNumber)
{
    qint64 woId = 0;
    AddOnForm f;
    f.party = party(workOrderNumber, &woId);
    f.header = header();
    f.vatRateBp = DealershipStore(m_db).load().vatRateBp;
    f.promisedAt = WorkOrderStore(m_db).load(woId).promisedAt;
    // What waits for the customer's signature; when nothing waits, the latest finding (a copy for the file).
    const QList<AddOnFinding> all = AddOnStore(m_db).forWorkOrder(woId);
    for (const AddOnFinding &a : all)
        if (a.state == QLatin1String("pending"))
            f.findings << a;
    if (f.findings.isEmpty() && !all.isEmpty())
        f.findings << all.last();
    if (f.findings.isEmpty())
        throw StoreError(StoreError::Kind::Validation,
                         tr("Work order %1 has no add-on findings to print.").arg(f.party.workOrderNumber));
    return f;
}

CompletionCertificate FormData::certificate(const QString &workOrderNumber)
{
    qint64 woId = 0;
    CompletionCertificate c;
    c.party = party(workOrderNumber, &woId);
    c.header = header();
    const WorkOrder o = WorkOrderStore(m_db).load(woId);
    if (!WorkOrderRules::needsCertificate(o.repairCategory))
        throw StoreError(StoreError::Kind::Validation,
                         tr("Work order %1 is %2: it gets a release notice, not a completion certificate. Certificates are "
                            "for level-2 maintenance and major repairs.")
                             .arg(c.party.workOrderNumber,
                                  o.repairCategory.isEmpty() ? tr("without a repair category")
                                                             : WorkOrderRules::repairCategoryName(o.repairCategory)));
    static const QStringList passed{QStringLiteral("ready"), QStringLiteral("settled"), QStringLiteral("delivered")};
    if (!passed.contains(o.state))
        throw StoreError(StoreError::Kind::Validation,
                         tr("Work order %1 is %2: the completion certificate is issued once the quality check is passed.")
                             .arg(c.party.workOrderNumber, WorkOrderRules::stateName(o.state).toLower()));
    c.repairCategory = o.repairCategory;
    c.certificateNo = o.certificateNo;
    c.deliveredAt = o.deliveredAt;
    c.odometerOutKm = o.odometerOutKm;
    const Guarantee g = DealershipStore(m_db).load().guaranteeFor(o.repairCategory);
    c.guaranteeKm = g.km;
    c.guaranteeDays = g.days;
    c.inspectorName = o.inspectorName;
    c.reworkCount = o.reworkCount;
    for (const WorkOrderLine &l : o.lines)
        if (l.counts() && l.is(LineKind::Labor))
            c.work << l.description;
    for (const TransitionRecord &t : WorkOrderStore(m_db).history(woId))
        if (t.transition == QLatin1String("qc_pass"))
            c.completedAt = t.at;
    return c;
}

SettlementStatement FormData::settlement(const QString &number)
{
    SettlementStore settlements(m_db);
    std::optional<Settlement> s = settlements.byNumber(number);
    if (!s) {
        const std::optional<qint64> wo = WorkOrderStore(m_db).idOf(number);
        if (!wo)
            throw StoreError(StoreError::Kind::NotFound,
                             tr("There is no settlement or work order %1. Check the number on the form.").arg(number));
        s = settlements.current(*wo);
        if (!s)
            throw StoreError(StoreError::Kind::Validation,
                             tr("Work order %1 has not been settled: the statement is printed at the cashier desk once it "
                                "is.")
                                 .arg(number.trimmed().toUpper()));
    }
    SettlementStatement st;
    qint64 woId = 0;
    st.party = party(s->workOrderNumber, &woId);
    st.header = header();
    const DealershipSettings d = DealershipStore(m_db).load();
    st.taxNumber = d.taxNumber;
    st.order = WorkOrderStore(m_db).load(woId);
    st.settlement = *s;
    if (!st.order.repairCategory.isEmpty()) {
        const Guarantee g = d.guaranteeFor(st.order.repairCategory);
        st.guaranteeKm = g.km;
        st.guaranteeDays = g.days;
    }
    return st;
}

ReleaseNotice FormData::release(const QString &workOrderNumber)
{
    qint64 woId = 0;
    ReleaseNotice r;
    r.party = party(workOrderNumber, &woId);
    r.header = header();
    r.order = WorkOrderStore(m_db).load(woId);
    const std::optional<Settlement> s = SettlementStore(m_db).current(woId);
    if (!s)
        throw StoreError(StoreError::Kind::Validation,
                         tr("Work order %1 is %2: the release notice is printed after settlement.")
                             .arg(r.party.workOrderNumber, WorkOrderRules::stateName(r.order.state).toLower()));
    r.settlementNumber = s->number;
    r.settledAt = s->settledAt;
    r.oldParts = s->oldParts;
    for (const TransitionRecord &t : WorkOrderStore(m_db).history(woId))
        if (t.transition == QLatin1String("qc_pass"))
            r.completedAt = t.at;
    r.odometerOutKm = r.order.odometerOutKm >= 0 ? r.order.odometerOutKm : r.party.mileageKm;
    const Inspection in = InspectionStore(m_db).load(woId);
    for (const QString &b : in.belongings)
        r.belongings << InspectionRules::belongingName(b);
    if (!in.belongingsOther.trimmed().isEmpty())
        r.belongings << in.belongingsOther.trimmed();
    r.keyTag = in.keyTag;
    if (WorkOrderCodes::states().is(r.order.state, WorkOrderState::Delivered)) {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT pickup_checklist FROM work_orders WHERE id = ?"), {woId});
        if (q.next())
            r.pickedUp = q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    const DealershipSettings d = DealershipStore(m_db).load();
    r.maintenanceIntervalKm = d.maintenanceIntervalKm;
    r.maintenanceIntervalMonths = d.maintenanceIntervalMonths;
    return r;
}

DayCloseSheet FormData::dayClose(const QString &date)
{
    QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (date.trimmed().compare(QLatin1String("today"), Qt::CaseInsensitive) == 0)
        day = SettlementStore(m_db).openBusinessDate(QDate::currentDate());
    if (!day.isValid())
        throw StoreError(StoreError::Kind::Validation,
                         tr("\"%1\" is not a business day: give the date as yyyy-mm-dd, e.g. 2026-11-22.").arg(date));
    DayCloseSheet sheet;
    sheet.header = header();
    sheet.report = SettlementStore(m_db).dayReport(day);
    return sheet;
}

AppointmentSlip FormData::appointment(const QString &appointmentNumber)
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT a.number, a.starts_at, a.duration_min, a.customer_id, c.name, v.plate, v.brand, v.series, "
                       "v.model, v.vin, a.service_type, a.concerns, u.display_name, b.name, a.parts_price_fen, "
                       "a.deposit_fen, a.deposit_paid, a.state "
                       "FROM appointments a JOIN customers c ON c.id = a.customer_id JOIN vehicles v ON v.id = a.vehicle_id "
                       "LEFT JOIN users u ON u.id = a.advisor_id LEFT JOIN bays b ON b.id = a.bay_id WHERE a.number = ?"),
        {appointmentNumber.trimmed().toUpper()});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound,
                         tr("There is no appointment %1. Check the number on the slip.").arg(appointmentNumber));
    AppointmentSlip s;
    s.header = header();
    s.number = q.value(0).toString();
    s.startsAt = Sql::fromDb(q.value(1));
    s.durationMin = q.value(2).toInt();
    s.customerName = q.value(4).toString();
    s.customerPhone = firstPhone(m_db, q.value(3).toLongLong());
    s.vehicle = QStringList{q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString()}
                    .join(QLatin1Char(' '))
                    .simplified();
    s.vin = q.value(9).toString();
    s.serviceType = q.value(10).toString();
    s.concerns = q.value(11).toString();
    s.advisorName = q.value(12).toString();
    s.bayName = q.value(13).toString();
    s.partsPriceFen = q.value(14).toLongLong();
    s.depositFen = q.value(15).toLongLong();
    s.depositPaid = q.value(16).toInt() != 0;
    s.state = q.value(17).toString();
    return s;
}

ComplaintSheet FormData::complaint(const QString &complaintNumber)
{
    ComplaintStore store(m_db);
    const Complaint k = store.byNumber(complaintNumber);
    ComplaintSheet s;
    s.header = header();
    s.number = k.number;
    s.receivedAt = k.receivedAt;
    s.receivedBy = k.receivedBy;
    s.source = k.source;
    s.customerName = k.customerName;
    s.customerPhone = k.phone;
    s.vehicle = k.vehicleLabel;
    if (k.vehicleId)
        s.vin = m_db.scalar(QStringLiteral("SELECT vin FROM vehicles WHERE id = ?"), {k.vehicleId}).toString();
    s.workOrderNumber = k.workOrderNumber;
    s.category = k.category;
    s.severity = k.severity;
    s.words = k.words;
    s.responsible = k.responsible;
    s.replyBy = k.replyBy;
    s.resolveBy = k.resolveBy;
    s.repliedAt = k.repliedAt;
    s.closedAt = k.closedAt;
    s.state = k.state;
    s.satisfied = k.satisfied ? (*k.satisfied ? 1 : 0) : -1;
    if (k.scores)
        s.scores = FollowUpRules::scoresText(*k.scores);
    s.now = m_db.now();
    for (const ComplaintEntry &e : store.log(k.id)) {
        QStringList detail;
        if (!e.workOrderNumber.isEmpty())
            detail << e.workOrderNumber;
        if (!e.handedTo.isEmpty())
            detail << QStringLiteral("→ ") + e.handedTo;
        s.steps << ComplaintSheet::Step{e.at, e.byName, e.action, e.notes, detail.join(QLatin1Char(' ')),
                                        e.satisfied ? (*e.satisfied ? 1 : 0) : -1};
    }
    return s;
}

} // namespace dd
