#include "settlement.h"

#include <QHash>
#include <algorithm>

namespace dd
{

namespace
{
const QString kCustomer = QStringLiteral("customer");

QString pct(int bp)
{
    return money::formatBasisPoints(bp) + QStringLiteral(" %");
}
} // namespace

int SettlementTotals::discountBasisPoints() const
{
    const Fen base = grossByPayer.value(kCustomer);
    const Fen given = lineDiscounts + orderDiscount;
    if (given <= 0)
        return 0;
    if (base <= 0)
        return 10000;
    return int((given * 10000 + base - 1) / base);
}

const CodeTable<PaymentMethod, 8> &SettlementCodes::paymentMethods()
{
    static const CodeTable<PaymentMethod, 8> t("dd::SettlementRules", {{
        {PaymentMethod::Cash, "cash", QT_TRANSLATE_NOOP("dd::SettlementRules", "Cash")},
        {PaymentMethod::WeChat, "wechat", QT_TRANSLATE_NOOP("dd::SettlementRules", "WeChat Pay")},
        {PaymentMethod::Alipay, "alipay", QT_TRANSLATE_NOOP("dd::SettlementRules", "Alipay")},
        {PaymentMethod::Card, "card", QT_TRANSLATE_NOOP("dd::SettlementRules", "Bank card")},
        {PaymentMethod::Account, "account", QT_TRANSLATE_NOOP("dd::SettlementRules", "Company account")},
        {PaymentMethod::Insurer, "insurer", QT_TRANSLATE_NOOP("dd::SettlementRules", "Insurer direct billing")},
        {PaymentMethod::WarrantyClaim, "warranty_claim", QT_TRANSLATE_NOOP("dd::SettlementRules", "Warranty claim")},
        {PaymentMethod::Internal, "internal", QT_TRANSLATE_NOOP("dd::SettlementRules", "Internal")},
    }});
    return t;
}

const CodeTable<Payer, 4> &SettlementCodes::payers()
{
    static const CodeTable<Payer, 4> t("dd::SettlementRules", {{
        {Payer::Customer, "customer", QT_TRANSLATE_NOOP("dd::SettlementRules", "Customer pays")},
        {Payer::Warranty, "warranty", QT_TRANSLATE_NOOP("dd::SettlementRules", "Warranty (manufacturer)")},
        {Payer::Insurance, "insurance", QT_TRANSLATE_NOOP("dd::SettlementRules", "Insurance")},
        {Payer::Internal, "internal", QT_TRANSLATE_NOOP("dd::SettlementRules", "Internal and goodwill")},
    }});
    return t;
}

const CodeTable<DiscountScope, 3> &SettlementCodes::discountScopes()
{
    static const CodeTable<DiscountScope, 3> t("dd::SettlementRules", {{
        {DiscountScope::Line, "line", QT_TRANSLATE_NOOP("dd::SettlementRules", "Line discount")},
        {DiscountScope::Order, "order", QT_TRANSLATE_NOOP("dd::SettlementRules", "Order discount")},
        {DiscountScope::RoundOff, "round_off", QT_TRANSLATE_NOOP("dd::SettlementRules", "Rounding off (抹零)")},
    }});
    return t;
}

const CodeTable<CashCountKind, 2> &SettlementCodes::cashCountKinds()
{
    static const CodeTable<CashCountKind, 2> t("dd::SettlementRules", {{
        {CashCountKind::Shift, "shift", QT_TRANSLATE_NOOP("dd::SettlementRules", "Shift handover")},
        {CashCountKind::Day, "day", QT_TRANSLATE_NOOP("dd::SettlementRules", "Day close")},
    }});
    return t;
}

Validation SettlementRules::checkCashCount(const CashCount &c)
{
    Validation v;
    if (c.countedFen < 0)
        v.error(tr("Count the cash in the drawer and enter the amount (%1 expected).").arg(money::yuan(c.expectedFen)));
    else if (c.overShort() != 0 && c.reason.trimmed().isEmpty())
        v.error(c.overShort() > 0 ? tr("The drawer holds %1 more than expected: say why (e.g. change not given).")
                                        .arg(money::yuan(c.overShort()))
                                  : tr("The drawer holds %1 less than expected: say why.").arg(money::yuan(-c.overShort())));
    if (SettlementCodes::cashCountKinds().is(c.kind, CashCountKind::Shift) && c.handedTo.trimmed().isEmpty())
        v.error(tr("Say who takes the desk over."));
    return v;
}

QStringList SettlementRules::paymentMethods() { return SettlementCodes::paymentMethods().codes(); }
QStringList SettlementRules::customerMethods() { return paymentMethods().mid(0, 5); }
QString SettlementRules::methodName(const QString &method) { return SettlementCodes::paymentMethods().labelOf(method); }
QStringList SettlementRules::payers() { return SettlementCodes::payers().codes(); }
QString SettlementRules::payerName(const QString &payer) { return SettlementCodes::payers().labelOf(payer); }
QString SettlementRules::discountScopeName(const QString &scope) { return SettlementCodes::discountScopes().labelOf(scope); }

QString SettlementRules::payerOf(const QString &payType)
{
    if (payType == QLatin1String("warranty") || payType == QLatin1String("insurance"))
        return payType;
    if (payType == QLatin1String("internal") || payType == QLatin1String("goodwill"))
        return QStringLiteral("internal");
    return kCustomer;
}

QString SettlementRules::payerOfMethod(const QString &method)
{
    if (method == QLatin1String("insurer"))
        return QStringLiteral("insurance");
    if (method == QLatin1String("warranty_claim"))
        return QStringLiteral("warranty");
    if (method == QLatin1String("internal"))
        return QStringLiteral("internal");
    return kCustomer;
}

QString SettlementRules::oldPartsName(const QString &code)
{
    if (code == QLatin1String("customer_takes"))
        return tr("Customer takes the old parts");
    if (code == QLatin1String("waived") || code == QLatin1String("shop_disposes"))
        return tr("Customer waives the old parts");
    return tr("No old parts");
}

std::optional<Discount> SettlementRules::parseDiscount(const QString &text, const QString &scope)
{
    Discount d;
    d.scope = scope;
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')) || t.endsWith(QChar(0xFF05))) {
        const auto bp = money::parseBasisPoints(t.chopped(1));
        if (!bp || *bp <= 0)
            return std::nullopt;
        d.basisPoints = *bp;
        return d;
    }
    const auto fen = money::parse(t);
    if (!fen || *fen <= 0)
        return std::nullopt;
    d.requestedFen = *fen;
    return d;
}

SettlementTotals SettlementRules::compute(const QList<WorkOrderLine> &lines, QList<Discount> &discounts,
                                          int vatRateBp)
{
    SettlementTotals t;
    for (const QString &p : payers())
        t.grossByPayer.insert(p, 0);
    QHash<qint64, const WorkOrderLine *> byId;
    for (const WorkOrderLine &l : lines) {
        if (!l.counts())
            continue;
        byId.insert(l.id, &l);
        const Fen a = l.amount();
        if (l.is(LineKind::Labor))
            t.labor += a;
        else if (l.is(LineKind::Part))
            t.parts += a;
        else if (l.otherKind == QLatin1String("diagnosis"))
            t.diagnosis += a;
        else if (l.otherKind == QLatin1String("sublet"))
            t.sublet += a;
        else
            t.otherCharges += a;
        t.grossByPayer[payerOf(l.payType)] += a;
    }
    t.gross = t.labor + t.parts + t.diagnosis + t.sublet + t.otherCharges;

    // Lines first, then the order on what is left, then the round-off of what is left after that.
    Fen customerLeft = t.grossByPayer.value(kCustomer);
    for (Discount &d : discounts) {
        if (d.scope != QLatin1String("line"))
            continue;
        const WorkOrderLine *l = byId.value(d.lineId);
        const Fen base = l && payerOf(l->payType) == kCustomer ? l->amount() : 0;
        d.amountFen = std::clamp(d.basisPoints > 0 ? money::percentOf(base, d.basisPoints) : d.requestedFen,
                                 Fen(0), base);
        d.amountFen = std::min(d.amountFen, customerLeft);
        d.description = (l ? l->description : tr("unknown line")) +
                        (d.basisPoints > 0 ? QStringLiteral(" -") + pct(d.basisPoints) : QString());
        customerLeft -= d.amountFen;
        t.lineDiscounts += d.amountFen;
    }
    for (Discount &d : discounts) {
        if (d.scope != QLatin1String("order"))
            continue;
        d.amountFen =
            std::clamp(d.basisPoints > 0 ? money::percentOf(customerLeft, d.basisPoints) : d.requestedFen,
                       Fen(0), customerLeft);
        d.description = d.basisPoints > 0 ? tr("Whole order -%1").arg(pct(d.basisPoints)) : tr("Whole order");
        customerLeft -= d.amountFen;
        t.orderDiscount += d.amountFen;
    }
    for (Discount &d : discounts) {
        if (d.scope != QLatin1String("round_off"))
            continue;
        d.amountFen = customerLeft > 0 ? customerLeft % 100 : 0;
        d.description = tr("Amount below one yuan dropped");
        customerLeft -= d.amountFen;
        t.roundOff += d.amountFen;
    }
    t.discounts = t.lineDiscounts + t.orderDiscount + t.roundOff;
    t.total = t.gross - t.discounts;
    t.vat = money::vatIncluded(t.total, vatRateBp);
    t.dueByPayer = t.grossByPayer;
    t.dueByPayer[kCustomer] = customerLeft;
    return t;
}

QStringList SettlementRules::checkDiscounts(const QList<WorkOrderLine> &lines,
                                            const QList<Discount> &discounts)
{
    QStringList problems;
    QList<qint64> linesSeen;
    int orders = 0, roundOffs = 0;
    for (const Discount &d : discounts) {
        if (d.scope == QLatin1String("line")) {
            const auto it = std::find_if(lines.begin(), lines.end(),
                                         [&](const WorkOrderLine &l) { return l.id == d.lineId; });
            if (it == lines.end() || !it->counts()) {
                problems << tr("A line discount refers to a line that is not on the statement.");
                continue;
            }
            if (payerOf(it->payType) != kCustomer)
                problems << tr("\"%1\" is paid by %2: only what the customer pays can be discounted.")
                                .arg(it->description, payerName(payerOf(it->payType)));
            if (linesSeen.contains(d.lineId))
                problems << tr("\"%1\" has more than one discount.").arg(it->description);
            linesSeen << d.lineId;
            if (d.basisPoints <= 0 && d.requestedFen > it->amount())
                problems << tr("The discount on \"%1\" (%2) is more than the line (%3).")
                                .arg(it->description, money::format(d.requestedFen),
                                     money::format(it->amount()));
        } else if (d.scope == QLatin1String("order")) {
            if (++orders == 2)
                problems << tr("The whole order has more than one discount.");
        } else if (d.scope == QLatin1String("round_off")) {
            if (++roundOffs == 2)
                problems << tr("The amount is rounded off more than once.");
            continue;
        } else {
            problems << tr("Unknown kind of discount \"%1\".").arg(d.scope);
            continue;
        }
        if (d.basisPoints < 0 || d.basisPoints > 10000)
            problems << tr("A discount of %1 is not between 0 and 100 %.").arg(pct(d.basisPoints));
        else if (d.basisPoints == 0 && d.requestedFen <= 0)
            problems << tr("A discount needs a percentage or an amount above zero.");
    }
    return problems;
}

int SettlementRules::discountLimit(const QList<Role> &roles, int advisorLimitBp, int cashierLimitBp)
{
    int limit = 0;
    if (roles.contains(Role::ServiceManager))
        return 10000;
    if (roles.contains(Role::ServiceAdvisor))
        limit = std::max(limit, advisorLimitBp);
    if (roles.contains(Role::Cashier))
        limit = std::max(limit, cashierLimitBp);
    return limit;
}

QList<Payment> SettlementRules::payerPayments(const SettlementTotals &totals)
{
    QList<Payment> list;
    const QList<QPair<QString, QString>> methods{
        {QStringLiteral("insurance"), QStringLiteral("insurer")},
        {QStringLiteral("warranty"), QStringLiteral("warranty_claim")},
        {QStringLiteral("internal"), QStringLiteral("internal")}};
    for (const auto &[payer, method] : methods) {
        const Fen due = totals.dueByPayer.value(payer);
        if (due > 0) {
            Payment p;
            p.method = method;
            p.amountFen = due;
            list << p;
        }
    }
    return list;
}

QStringList SettlementRules::checkPayments(const SettlementTotals &totals, const QList<Payment> &payments,
                                           bool onAccount, Fen creditLeftFen)
{
    QStringList problems;
    QMap<QString, Fen> paid;
    Fen onAccountFen = 0;
    for (const Payment &p : payments) {
        if (!paymentMethods().contains(p.method)) {
            problems << tr("Unknown payment method \"%1\".").arg(p.method);
            continue;
        }
        if (p.amountFen <= 0) {
            problems << tr("%1: the amount must be above zero.").arg(methodName(p.method));
            continue;
        }
        if (p.method == QLatin1String("cash") && p.tenderedFen > 0 && p.tenderedFen < p.amountFen)
            problems << tr("Cash: %1 handed over is less than the %2 it should pay.")
                            .arg(money::format(p.tenderedFen), money::format(p.amountFen));
        if (p.method == QLatin1String("account"))
            onAccountFen += p.amountFen;
        paid[payerOfMethod(p.method)] += p.amountFen;
    }
    if (onAccountFen > 0 && !onAccount)
        problems << tr(
            "The customer has no company account: pay another way, or have the account opened first.");
    else if (onAccountFen > creditLeftFen)
        problems << tr("%1 on account is more than the %2 of credit the customer has left.")
                        .arg(money::format(onAccountFen), money::format(std::max<Fen>(creditLeftFen, 0)));
    for (const QString &payer : payers()) {
        const Fen due = totals.dueByPayer.value(payer);
        const Fen got = paid.value(payer);
        if (got < due)
            problems << tr("%1: %2 still to pay.").arg(payerName(payer), money::format(due - got));
        else if (got > due)
            problems << tr("%1: %2 more than due.").arg(payerName(payer), money::format(got - due));
    }
    return problems;
}

Fen SettlementRules::change(const QList<Payment> &payments)
{
    Fen c = 0;
    for (const Payment &p : payments)
        if (p.method == QLatin1String("cash"))
            c += p.changeFen();
    return c;
}

SettlementTotals SettlementRules::negated(const SettlementTotals &t)
{
    SettlementTotals n = t;
    for (Fen *f : {&n.labor, &n.parts, &n.diagnosis, &n.sublet, &n.otherCharges, &n.gross, &n.lineDiscounts,
                   &n.orderDiscount, &n.roundOff, &n.discounts, &n.total, &n.vat})
        *f = -*f;
    for (auto *map : {&n.grossByPayer, &n.dueByPayer})
        for (auto it = map->begin(); it != map->end(); ++it)
            it.value() = -it.value();
    return n;
}

QList<Payment> SettlementRules::reversed(const QList<Payment> &payments)
{
    QList<Payment> list;
    for (Payment p : payments) {
        p.id = 0;
        p.amountFen = -p.amountFen;
        p.tenderedFen = -p.tenderedFen;
        list << p;
    }
    return list;
}

QDate SettlementRules::businessDate(const QDate &localDate, const QList<QDate> &closedDates)
{
    QDate d = localDate;
    for (const QDate &c : closedDates) // a day closed later than today (a clock set wrong) moves on too
        if (c >= d)
            d = c.addDays(1);
    return d;
}

QDateTime DeliveryRules::notificationDue(const QDateTime &openedAt, const QDateTime &promisedAt)
{
    if (!promisedAt.isValid())
        return {};
    const bool longJob = openedAt.isValid() && openedAt.secsTo(promisedAt) > 2 * 24 * 3600;
    return promisedAt.addSecs(-(longJob ? 4 : 1) * 3600);
}

bool DeliveryRules::delayNotificationDue(const QString &state, const QDateTime &promisedAt,
                                         const QDateTime &now)
{
    return promisedAt.isValid() && WorkOrderCodes::beforeReady().contains(state) && now >= promisedAt;
}

const CodeTable<NotificationKind, 2> &DeliveryCodes::notificationKinds()
{
    static const CodeTable<NotificationKind, 2> t("dd::DeliveryRules", {{
        {NotificationKind::Ready, "ready", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Car ready")},
        {NotificationKind::Delay, "delay", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Delay")},
    }});
    return t;
}

const CodeTable<NotificationChannel, 4> &DeliveryCodes::channels()
{
    static const CodeTable<NotificationChannel, 4> t("dd::DeliveryRules", {{
        {NotificationChannel::Phone, "phone", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Phone call")},
        {NotificationChannel::Sms, "sms", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Text message")},
        {NotificationChannel::WeChat, "wechat", QT_TRANSLATE_NOOP("dd::DeliveryRules", "WeChat")},
        {NotificationChannel::InPerson, "in_person", QT_TRANSLATE_NOOP("dd::DeliveryRules", "In person")},
    }});
    return t;
}

const CodeTable<PickupItem, 4> &DeliveryCodes::pickupItems()
{
    static const CodeTable<PickupItem, 4> t("dd::DeliveryRules", {{
        {PickupItem::Belongings, "belongings", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Belongings returned and checked with the customer")},
        {PickupItem::Keys, "keys", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Keys handed over")},
        {PickupItem::OldParts, "old_parts", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Old parts handed over or their waiver signed")},
        {PickupItem::Documents, "documents", QT_TRANSLATE_NOOP("dd::DeliveryRules", "Documents returned (licence, service book, statement)")},
    }});
    return t;
}

QStringList DeliveryRules::notificationKinds() { return DeliveryCodes::notificationKinds().codes(); }
QString DeliveryRules::notificationKindName(const QString &kind) { return DeliveryCodes::notificationKinds().labelOf(kind); }
QStringList DeliveryRules::channels() { return DeliveryCodes::channels().codes(); }
QString DeliveryRules::channelName(const QString &channel) { return DeliveryCodes::channels().labelOf(channel); }
QStringList DeliveryRules::pickupItems() { return DeliveryCodes::pickupItems().codes(); }
QString DeliveryRules::pickupItemName(const QString &item) { return DeliveryCodes::pickupItems().labelOf(item); }

QDate DeliveryRules::guaranteeEndDate(const QString &repairCategory, const QDate &completed)
{
    return completed.addDays(WorkOrderRules::guaranteeDays(repairCategory));
}

int DeliveryRules::guaranteeEndKm(const QString &repairCategory, int odometerOutKm)
{
    return odometerOutKm < 0 ? -1 : odometerOutKm + WorkOrderRules::guaranteeKm(repairCategory);
}

QDate DeliveryRules::nextMaintenanceDate(const QDate &completed, int intervalMonths)
{
    return completed.addMonths(intervalMonths);
}

int DeliveryRules::nextMaintenanceKm(int odometerOutKm, int intervalKm)
{
    return odometerOutKm < 0 ? -1 : odometerOutKm + intervalKm;
}

} // namespace dd
