// The reception page's lists (ReceptionPage's, receptionpage.h): the search results and the arrivals board as
// RowsModels, and the open vehicle's history, read off the screen's thread.
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMutexLocker>

#include "appcontext.h"
#include "core/appointment.h"
#include "core/followup.h"
#include "core/identifiers.h"
#include "core/localformat.h"
#include "core/workorder.h"
#include "receptionpage.h"

#include "core/followup.h"
#include "ui_receptionpage.h"
#include "uihelpers.h"

namespace dd {

using ui::cell;

namespace {
QString shortDate(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : QString();
}
QString shortTime(const QDateTime &utc)
{
    return utc.isValid() ? LocalFormat::time(utc.toLocalTime().time()) : QString();
}
QString minutesSeconds(qint64 s)
{
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void ReceptionPage::setUpModels()
{
    using Hit = RowsModel<SearchHit>::Column;
    const auto text = [](std::function<QString(const SearchHit &)> f) {
        return [f](const SearchHit &h, int role) { return role == Qt::DisplayRole ? QVariant(f(h)) : QVariant(); };
    };
    m_resultsModel = new RowsModel<SearchHit>(
        "dd::ReceptionPage",
        {Hit{QT_TR_NOOP("Plate"),
             [](const SearchHit &h, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return h.plate.isEmpty() ? (h.vin.isEmpty() ? QString() : tr("VIN …%1").arg(h.vin.right(8))) : h.plate;
                 if (role == Qt::ToolTipRole)
                     return tr("Found by %1").arg(Search::matchName(h.match));
                 return {};
             }},
         Hit{QT_TR_NOOP("Vehicle"), text([](const SearchHit &h) {
                 return h.vehicleText.isEmpty() && !h.vehicleId ? tr("(no vehicle on file)") : h.vehicleText;
             })},
         Hit{QT_TR_NOOP("Customer"), text([](const SearchHit &h) { return h.customerName; })},
         Hit{QT_TR_NOOP("Phone"), text([](const SearchHit &h) { return Phone::masked(h.phone); })},
         Hit{QT_TR_NOOP("Last visit"),
             [](const SearchHit &h, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return shortDate(h.lastVisit);
                 return role == SortRole ? QVariant(h.lastVisit) : QVariant();
             }},
         Hit{QT_TR_NOOP("Open work order"), text([](const SearchHit &h) {
                 return h.openWorkOrder.isEmpty() ? QString()
                                                  : tr("%1 (%2)").arg(h.openWorkOrder, WorkOrderRules::stateName(h.openWorkOrderState));
             })}},
        // A customer without a vehicle on file is keyed by the customer (negative: never a vehicle's id).
        [](const SearchHit &h) { return h.vehicleId ? h.vehicleId : -h.customerId; }, this);
    ui::setUpList(ui->resultsTable, m_resultsModel);

    using Arr = RowsModel<Arrival>::Column;
    // A car waiting for a greeting longer than the shop's limit shows red on every cell of its row.
    const auto overdue = [this](const Arrival &a) {
        return !a.receivedAt.isValid() && a.state == QLatin1String("waiting") && a.waitSeconds(m_boardNow) > m_greetingLimit;
    };
    const auto arrival = [overdue](std::function<QVariant(const Arrival &, int)> f) {
        return [f, overdue](const Arrival &a, int role) -> QVariant {
            if (role == Qt::BackgroundRole)
                return overdue(a) ? QVariant(QColor(0xfd, 0xe2, 0xe1)) : QVariant();
            if (role == Qt::ForegroundRole)
                return overdue(a) ? QVariant(QColor(0x8a, 0x1c, 0x1c)) : QVariant();
            return f(a, role);
        };
    };
    const auto shown = [](std::function<QString(const Arrival &)> f) {
        return [f](const Arrival &a, int role) { return role == Qt::DisplayRole ? QVariant(f(a)) : QVariant(); };
    };
    m_boardModel = new RowsModel<Arrival>(
        "dd::ReceptionPage",
        {Arr{QT_TR_NOOP("Arrived"), arrival([](const Arrival &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return shortTime(a.arrivedAt);
                 return role == SortRole ? QVariant(a.arrivedAt) : QVariant();
             })},
         Arr{QT_TR_NOOP("Plate"), arrival(shown([](const Arrival &a) { return a.plate.isEmpty() ? tr("(no plate)") : a.plate; }))},
         Arr{QT_TR_NOOP("Vehicle / customer"), arrival(shown([](const Arrival &a) {
                 return QStringList{a.vehicleText, a.customerName}.join(QStringLiteral("  ")).simplified();
             }))},
         Arr{QT_TR_NOOP("Waited"), arrival([this](const Arrival &a, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return minutesSeconds(a.waitSeconds(m_boardNow));
                 return role == SortRole ? QVariant(a.waitSeconds(m_boardNow)) : QVariant();
             })},
         Arr{QT_TR_NOOP("Advisor"), arrival(shown([](const Arrival &a) { return a.advisorName; }))},
         // The booking, and how early or late the customer came against it.
         Arr{QT_TR_NOOP("Appointment"), arrival(shown([](const Arrival &a) {
                 if (a.appointmentNumber.isEmpty())
                     return QString();
                 return tr("%1 · %2 %3")
                     .arg(a.appointmentNumber, LocalFormat::time(a.appointmentAt.toLocalTime().time()),
                          AppointmentRules::punctuality(a.appointmentAt, a.arrivedAt));
             }))},
         Arr{QT_TR_NOOP("State"), arrival(shown([](const Arrival &a) {
                 if (a.state == QLatin1String("waiting"))
                     return tr("Waiting for an advisor");
                 if (a.state == QLatin1String("in_reception"))
                     return tr("In reception");
                 if (a.state == QLatin1String("checked_in"))
                     return tr("Checked in: %1").arg(a.workOrderNumber);
                 return tr("Left");
             }))}},
        [](const Arrival &a) { return a.visitId; }, this);
    ui::setUpList(ui->boardTable, m_boardModel);

    Database *db = &m_ctx.db;
    m_historyRead = std::make_unique<BackgroundRead<VehicleHistory>>(
        this,
        [this, db] {
            qint64 vehicle = 0;
            {
                QMutexLocker lock(&m_historyMutex);
                vehicle = m_historyVehicle;
            }
            return History(*db).load(vehicle, QDate::currentDate());
        },
        [this](const VehicleHistory &h) { showHistory(h); },
        [this](const QString &error) { ui->ownerLabel->setText(error); });
}

void ReceptionPage::refreshVehicle()
{
    const bool open = m_vehicleId != 0;
    ui->editButton->setEnabled(open && m_ctx.can(Permission::EditCustomers));
    ui->appointmentButton->setEnabled(open && m_ctx.can(Permission::ManageAppointments));
    ui->checkInButton->setEnabled(open && m_ctx.can(Permission::ReceiveVehicles));
    ui->newButton->setEnabled(m_ctx.can(Permission::EditCustomers));
    ui->arrivedButton->setEnabled(m_ctx.can(Permission::ReceiveVehicles));
    if (!open || m_shownHistory != m_vehicleId) { // nothing of another vehicle stays on screen meanwhile
        ui->attentionList->clear();
        ui->historyTable->setRowCount(0);
    }
    if (!open) {
        m_shownHistory = 0;
        ui->vehicleTitle->setText(tr("No vehicle open"));
        ui->ownerLabel->setText(tr("Search above, or press Ctrl+N for a new customer and vehicle."));
        return;
    }
    {
        QMutexLocker lock(&m_historyMutex);
        m_historyVehicle = m_vehicleId;
    }
    if (m_shownHistory != m_vehicleId) {
        ui->vehicleTitle->setText(tr("Reading the vehicle's history…"));
        ui->ownerLabel->clear();
    }
    m_historyRead->start(); // off the screen's thread: the counter keeps typing while a slow server answers
}

void ReceptionPage::showHistory(const VehicleHistory &h)
{
    if (h.vehicle.id != m_vehicleId)
        return; // an answer for a vehicle no longer open
    m_shownHistory = h.vehicle.id;
    ui->attentionList->clear();
    ui->historyTable->setRowCount(0);
    const Vehicle &v = h.vehicle;
    ui->vehicleTitle->setText(QStringList{v.plate.isEmpty() ? tr("(no plate yet)") : v.plate, v.brand, v.series, v.model}
                                  .join(QLatin1Char(' '))
                                  .simplified());
    QStringList facts;
    facts << tr("Owner: %1, %2").arg(h.ownerName, Phone::display(h.ownerPhone));
    facts << tr("VIN %1").arg(v.vin.isEmpty() ? tr("not recorded") : v.vin);
    if (h.odometerKm >= 0) // the latest reliable reading from any source, and its date
        facts << (h.odometerAt.isValid() ? tr("%L1 km on %2").arg(h.odometerKm).arg(shortDate(h.odometerAt))
                                         : tr("%L1 km").arg(h.odometerKm));
    if (v.modelYear)
        facts << tr("model year %1").arg(v.modelYear);
    if (!v.color.isEmpty())
        facts << v.color;
    ui->ownerLabel->setText(facts.join(QStringLiteral("  ·  ")));
    // Declined and deferred work grouped as the counter brings it back: past due first, then due now, then upcoming.
    QList<AttentionItem> attention = h.attention;
    const QDate today = QDate::currentDate();
    const auto isWork = [](const AttentionItem &a) {
        return a.kind == AttentionItem::Kind::Declined || a.kind == AttentionItem::Kind::Deferred;
    };
    std::stable_sort(attention.begin(), attention.end(), [&](const AttentionItem &x, const AttentionItem &y) {
        if (!isWork(x) || !isWork(y))
            return isWork(x) && !isWork(y);
        return FollowUpRules::recommendationGroup(x.due, today) < FollowUpRules::recommendationGroup(y.due, today);
    });
    for (const AttentionItem &a : std::as_const(attention)) {
        QString text = History::kindName(a.kind) + QStringLiteral(": ") + a.text;
        if (isWork(a))
            text = FollowUpRules::recommendationGroupName(FollowUpRules::recommendationGroup(a.due, today)) +
                   QStringLiteral(" · ") + text;
        if (a.amountFen)
            text += QStringLiteral("  ¥") + money::format(a.amountFen);
        if (!a.reason.isEmpty())
            text += QStringLiteral(" — ") + a.reason;
        if (a.due.isValid() && a.kind != AttentionItem::Kind::MaintenanceDue) // its text holds the date already
            text += QStringLiteral("  ") + tr("(due %1)").arg(QLocale().toString(a.due, QLocale::ShortFormat));
        if (!a.origin.isEmpty())
            text += QStringLiteral("  [") + a.origin + QLatin1Char(']');
        auto *item = new QListWidgetItem(text, ui->attentionList);
        item->setForeground(a.kind == AttentionItem::Kind::Damage ? QColor(0x55, 0x55, 0x55)
                            : a.kind == AttentionItem::Kind::Promise || a.kind == AttentionItem::Kind::MaintenanceDue
                                ? QColor(0x1f, 0x5f, 0xa8)
                                : QColor(0xb3, 0x5c, 0x00));
    }
    if (h.attention.isEmpty())
        new QListWidgetItem(tr("Nothing outstanding."), ui->attentionList);
    ui->historyTable->setRowCount(int(h.visits.size()));
    for (int r = 0; r < h.visits.size(); ++r) {
        const PastVisit &p = h.visits.at(r);
        ui->historyTable->setItem(r, 0, cell(shortDate(p.openedAt)));
        ui->historyTable->setItem(r, 1, cell(p.number));
        ui->historyTable->setItem(r, 2, cell(p.mileageKm >= 0 ? tr("%L1 km").arg(p.mileageKm) : QString()));
        auto *amount = cell(money::format(p.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->historyTable->setItem(r, 3, amount);
        ui->historyTable->setItem(r, 4, cell(p.advisor));
        ui->historyTable->setItem(r, 5, cell(p.items.join(QStringLiteral("、"))));
    }
    ui->historyLabel->setText(tr("Past visits: %n", nullptr, int(h.visits.size())));
}

} // namespace dd
