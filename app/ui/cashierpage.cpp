#include "cashierpage.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>

#include "appcontext.h"
#include "dayclosedialog.h"
#include "managerapprovaldialog.h"
#include "printpreviewdialog.h"
#include "scannerinput.h"
#include "store/workorderstore.h"
#include "store/deskcounts.h"
#include "ui_cashierpage.h"
#include "uihelpers.h"
#include "liveupdates.h"

namespace dd
{

using ui::cell;

namespace
{
using money::yuan;
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QTableWidgetItem *amountCell(Fen fen)
{
    QTableWidgetItem *c = cell(yuan(fen));
    c->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return c;
}
} // namespace

CashierPage::CashierPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::CashierPage>()), m_ctx(ctx), m_store(ctx.db, ctx.hasher)
{
    ui->setupUi(this);
    ui->splitter->setStretchFactor(0, 0);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({420, 900});
    setFocusProxy(ui->queueTable);
    setUpQueue();
    setUpLines();
    setHeaders();

    m_scanner = new ScannerInput(this);
    connect(m_scanner, &ScannerInput::scanned, this, [this](const QString &code) { openNumber(code); });
    connect(ui->numberEdit, &QLineEdit::returnPressed, this, [this] {
        if (!ui->numberEdit->text().trimmed().isEmpty())
            openNumber(ui->numberEdit->text());
    });
    connect(ui->lineDiscountButton, &QPushButton::clicked, this, [this] {
        const qint64 lineId = ui::selectedKey(ui->linesTable);
        const int row = m_linesModel->rowOfKey(lineId);
        if (!m_orderId || !lineId || row < 0) {
            ui::showMessage(ui->messageLabel, tr("Select the line to discount in the table first."));
            return;
        }
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Line discount"),
                                  tr("Discount on \"%1\": a percentage (10%) or an amount (20.00); empty "
                                     "to remove it.")
                                      .arg(m_linesModel->row(row).description),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (text.trimmed().isEmpty()) {
            m_lineDiscounts.remove(lineId);
        } else {
            std::optional<Discount> d = SettlementRules::parseDiscount(text, QStringLiteral("line"));
            if (!d) {
                ui::showMessage(ui->messageLabel,
                                tr("\"%1\" is neither a percentage (10%) nor an amount (20.00).").arg(text));
                return;
            }
            d->lineId = lineId;
            m_lineDiscounts.insert(lineId, *d);
        }
        recompute();
    });
    connect(ui->orderDiscountEdit, &QLineEdit::editingFinished, this, &CashierPage::recompute);
    connect(ui->roundOffCheck, &QCheckBox::toggled, this, &CashierPage::recompute);
    for (QLineEdit *e : {ui->amountEdit, ui->tenderedEdit, ui->referenceEdit})
        connect(e, &QLineEdit::returnPressed, this, &CashierPage::addPayment);
    connect(ui->addPaymentButton, &QPushButton::clicked, this, &CashierPage::addPayment);
    connect(ui->methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool cash = ui->methodCombo->currentData().toString() == QLatin1String("cash");
        ui->tenderedEdit->setEnabled(cash);
        ui->tenderedLabel->setEnabled(cash);
        if (!cash)
            ui->tenderedEdit->clear();
    });
    connect(ui->removePaymentButton, &QPushButton::clicked, this, [this] {
        const int row = ui->paymentsTable->currentRow();
        if (m_settlement || row < 0 || row >= m_payments.size())
            return;
        m_payments.removeAt(row);
        showPayments();
        fillAmount(true);
    });
    connect(ui->settleButton, &QPushButton::clicked, this, &CashierPage::settle);
    connect(ui->statementButton, &QPushButton::clicked, this,
            [this] { print(QStringLiteral("settlement")); });
    connect(ui->releaseButton, &QPushButton::clicked, this, [this] { print(QStringLiteral("release")); });
    connect(ui->reverseButton, &QPushButton::clicked, this, &CashierPage::reverse);
    connect(ui->dayCloseButton, &QPushButton::clicked, this, &CashierPage::dayClose);

    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_Return), QT_TR_NOOP("Settle the work order"), [this] { settle(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_Enter), nullptr, [this] { settle(); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_P), QT_TR_NOOP("Print the settlement statement"), [this] { print(QStringLiteral("settlement")); });
    m_keys.add(QKeySequence(Qt::CTRL | Qt::Key_R), QT_TR_NOOP("Print the release notice"), [this] { print(QStringLiteral("release")); });
    m_keys.add(QKeySequence(Qt::Key_F5), QT_TR_NOOP("Read the queue again"), [this] { refresh(); });
    m_keys.note(QKeySequence(Qt::Key_Return), QT_TR_NOOP("In the amount or reference field: add the payment"));
    // Cars the workshop finishes join the queue, and those another cashier settles leave it, within a second.
    goLive(ctx);
    updateButtons();
}

CashierPage::~CashierPage() = default;

QStringList CashierPage::listensTo() const
{
    return {QStringLiteral("work_orders"), QStringLiteral("settlements"), QStringLiteral("payments"),
            QStringLiteral("work_order_lines")};
}

Workstation::Count CashierPage::count()
{
    const int n = DeskCounts(m_ctx.db).readyToSettle();
    return {n, tr("%n car(s) ready to settle", nullptr, n), false};
}

void CashierPage::setHeaders()
{
    m_queueModel->retranslate();
    ui->queueTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    ui->methodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_linesModel->retranslate();
    ui->linesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->paymentsTable->setColumnCount(5);
    ui->paymentsTable->setHorizontalHeaderLabels(
        {tr("Method"), tr("Amount"), tr("Cash received"), tr("Change"), tr("Reference")});
    ui->paymentsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->paymentsTable->horizontalHeader()->setStretchLastSection(true);
    const QString method = ui->methodCombo->currentData().toString();
    ui->methodCombo->clear();
    for (const QString &m : SettlementRules::customerMethods())
        ui->methodCombo->addItem(SettlementRules::methodName(m), m);
    ui->methodCombo->setCurrentIndex(std::max(0, ui->methodCombo->findData(method)));
    int widest = 0;
    for (int i = 0; i < ui->methodCombo->count(); ++i)
        widest =
            std::max(widest, ui->methodCombo->fontMetrics().horizontalAdvance(ui->methodCombo->itemText(i)));
    ui->methodCombo->setMinimumWidth(widest + 48); // the longest method readable, arrow included
    const QString parts = ui->oldPartsCombo->currentData().toString();
    ui->oldPartsCombo->clear();
    for (const char *code : {"customer_takes", "waived", "none"})
        ui->oldPartsCombo->addItem(SettlementRules::oldPartsName(QString::fromLatin1(code)),
                                   QString::fromLatin1(code));
    ui->oldPartsCombo->setCurrentIndex(std::max(0, ui->oldPartsCombo->findData(parts)));
}

void CashierPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setHeaders();
        refresh();
        if (m_orderId)
            recompute();
    }
    QWidget::changeEvent(e);
}

bool CashierPage::openNumber(const QString &number)
{
    std::optional<qint64> id;
    try {
        id = m_store.findWorkOrder(number);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return false;
    }
    if (!id) {
        ui::showMessage(ui->messageLabel,
                        tr("No work order or statement has the number \"%1\". Check the number on the form, "
                           "or pick the car from the list.")
                            .arg(number.trimmed()));
        ui::focusField(ui->numberEdit);
        return false;
    }
    ui->numberEdit->clear();
    return openWorkOrder(*id);
}

bool CashierPage::openWorkOrder(qint64 id)
{
    try {
        const WorkOrder o = WorkOrderStore(m_ctx.db).load(id);
        std::optional<Settlement> current;
        if (!o.is(WorkOrderState::Ready)) {
            current = m_store.current(id);
            if (!current) {
                ui::showMessage(ui->messageLabel,
                                tr("Work order %1 is %2: it comes to the cashier once the quality check "
                                   "has passed.")
                                    .arg(o.number, WorkOrderRules::stateName(o.state).toLower()));
                return false;
            }
        }
        m_orderId = id;
        m_settlement = current;
        m_lineDiscounts.clear();
        m_payments.clear();
        ui->orderDiscountEdit->clear();
        {
            const QSignalBlocker block(ui->roundOffCheck);
            ui->roundOffCheck->setChecked(false);
        }
        ui::clearMessage(ui->messageLabel);
        recompute();
        ui->oldPartsCombo->setCurrentIndex(std::max(
            0, ui->oldPartsCombo->findData(m_settlement ? m_settlement->oldParts : m_preview.oldParts)));
        fillAmount(true);
        ui->tenderedEdit->clear();
        ui->referenceEdit->clear();
        if (m_settlement)
            ui::showMessage(
                ui->messageLabel,
                tr("Settled as %1 by %2 at %3. Print the statement (Ctrl+P) and the release notice (Ctrl+R).")
                    .arg(m_settlement->number, m_settlement->cashierName,
                         QLocale().toString(m_settlement->settledAt.toLocalTime(), QLocale::ShortFormat)),
                false);
        else
            ui->methodCombo->setFocus();
        ui::selectKey(ui->queueTable, id);
        return true;
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return false;
    }
}

QList<Discount> CashierPage::discounts(QStringList *problems) const
{
    QList<Discount> list = m_lineDiscounts.values();
    const QString order = ui->orderDiscountEdit->text().trimmed();
    if (!order.isEmpty()) {
        if (const std::optional<Discount> d = SettlementRules::parseDiscount(order, QStringLiteral("order")))
            list << *d;
        else if (problems)
            *problems << tr("The order discount \"%1\" is neither a percentage (10%) nor an amount (50.00).")
                             .arg(order);
    }
    if (ui->roundOffCheck->isChecked()) {
        Discount r;
        r.scope = QStringLiteral("round_off");
        list << r;
    }
    return list;
}

void CashierPage::recompute()
{
    if (!m_orderId)
        return;
    QStringList problems;
    try {
        m_preview = m_store.preview(m_orderId, m_settlement ? QList<Discount>{} : discounts(&problems),
                                    m_ctx.session.roles);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    problems << m_preview.discountProblems;
    showLines();
    showTotals();
    showPayments();
    updateButtons();
    fillAmount(false); // a discount changes what is left to pay
    if (!problems.isEmpty())
        ui::showMessage(ui->messageLabel, problems.join(QLatin1Char('\n')));
    else if (!m_settlement && m_preview.needsApproval)
        ui::showMessage(ui->messageLabel,
                        tr("The discounts come to %1 % of what the customer pays, above the %2 % you may "
                           "grant: a service "
                           "manager approves them when you settle.")
                            .arg(money::formatBasisPoints(m_preview.totals.discountBasisPoints()),
                                 money::formatBasisPoints(m_preview.discountLimitBp)),
                        false);
}

void CashierPage::fillAmount(bool force)
{
    if (m_settlement || !m_orderId) {
        ui->amountEdit->clear();
        m_autoAmount.clear();
        return;
    }
    // The figure the page proposed follows the discounts; one the cashier typed stays as typed.
    const QString shown = ui->amountEdit->text().trimmed();
    if (!force && !shown.isEmpty() && shown != m_autoAmount)
        return;
    m_autoAmount = money::format(std::max<Fen>(remaining(), 0), false);
    ui->amountEdit->setText(m_autoAmount);
}

void CashierPage::showLines()
{
    const WorkOrder &o = m_preview.order;
    ui->headerLabel->setText(tr("<b>%1</b> · %2 · <b>%3</b> · %4 · %5")
                                 .arg(esc(o.number), esc(m_preview.customerName), esc(m_preview.plate),
                                      esc(WorkOrderRules::typeName(o.type)),
                                      esc(WorkOrderRules::stateName(o.state))));
    QList<WorkOrderLine> lines;
    for (const WorkOrderLine &l : o.lines)
        if (l.counts())
            lines << l;
    const qint64 selected = ui::selectedKey(ui->linesTable);
    m_linesModel->setRows(lines);
    if (selected && ui::selectedKey(ui->linesTable) != selected)
        ui::selectKey(ui->linesTable, selected);
}

void CashierPage::showTotals()
{
    const SettlementTotals &t = m_settlement ? m_settlement->totals : m_preview.totals;
    QStringList parts;
    parts << tr("Labor %1").arg(yuan(t.labor)) << tr("materials %1").arg(yuan(t.parts))
          << tr("other %1").arg(yuan(t.diagnosis + t.sublet + t.otherCharges));
    QString html = esc(parts.join(QStringLiteral(" · ")));
    for (const QString &payer : SettlementRules::payers())
        if (payer != QLatin1String("customer") && t.dueByPayer.value(payer) != 0)
            html += QStringLiteral(" · ") +
                    esc(tr("%1 %2").arg(SettlementRules::payerName(payer), yuan(t.dueByPayer.value(payer))));
    if (t.discounts)
        html += QStringLiteral("<br/>") + esc(tr("Discounts %1 (lines %2, order %3, 抹零 %4)")
                                                  .arg(yuan(-t.discounts), yuan(-t.lineDiscounts),
                                                       yuan(-t.orderDiscount), yuan(-t.roundOff)));
    html += QStringLiteral("<br/>") +
            esc(tr("Total %1, VAT %2 % included: %3")
                    .arg(yuan(t.total),
                         money::formatBasisPoints(m_settlement ? m_settlement->vatRateBp
                                                               : m_ctx.dealership.load().vatRateBp),
                         yuan(t.vat))) +
            QStringLiteral("<br/><span style=\"font-size:15pt\"><b>%1</b></span> %2")
                .arg(esc(tr("Customer pays %1").arg(yuan(t.customerDue()))),
                     esc(money::capital(t.customerDue())));
    ui->totalsLabel->setText(html);
}

Fen CashierPage::remaining() const
{
    Fen paid = 0;
    for (const Payment &p : m_payments)
        paid += p.amountFen;
    return m_preview.totals.customerDue() - paid;
}

void CashierPage::showPayments()
{
    const QList<Payment> list = m_settlement ? m_settlement->payments : m_payments + m_preview.payerPayments;
    ui->paymentsTable->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Payment &p = list[r];
        ui->paymentsTable->setItem(r, 0, cell(SettlementRules::methodName(p.method)));
        ui->paymentsTable->setItem(r, 1, amountCell(p.amountFen));
        ui->paymentsTable->setItem(
            r, 2,
            p.method == QLatin1String("cash") && p.tenderedFen ? amountCell(p.tenderedFen) : cell(QString()));
        ui->paymentsTable->setItem(r, 3, p.changeFen() ? amountCell(p.changeFen()) : cell(QString()));
        ui->paymentsTable->setItem(r, 4, cell(p.reference));
    }
    if (m_settlement) {
        ui->remainingLabel->setText(
            esc(tr("Change given: %1").arg(yuan(SettlementRules::change(m_settlement->payments)))));
        return;
    }
    const Fen left = remaining();
    const Fen change = SettlementRules::change(m_payments);
    QString text = left > 0   ? tr("Still to pay: <b>%1</b>").arg(esc(yuan(left)))
                   : left < 0 ? tr("<b>%1 more than due</b>: correct a payment").arg(esc(yuan(-left)))
                              : tr("<b>Paid in full</b>");
    if (change > 0)
        text += QStringLiteral(" · ") + tr("Change to give: <b>%1</b>").arg(esc(yuan(change)));
    ui->remainingLabel->setText(text);
}

void CashierPage::updateButtons()
{
    const bool open = m_orderId != 0;
    const bool settling = open && !m_settlement && m_preview.order.is(WorkOrderState::Ready);
    const bool may = m_ctx.can(Permission::SettleWorkOrders);
    for (QWidget *w : std::initializer_list<QWidget *>{
             ui->lineDiscountButton, ui->orderDiscountEdit, ui->roundOffCheck, ui->methodCombo,
             ui->amountEdit, ui->tenderedEdit, ui->referenceEdit, ui->addPaymentButton,
             ui->removePaymentButton, ui->oldPartsCombo, ui->settleButton})
        w->setEnabled(settling && may);
    ui->tenderedEdit->setEnabled(settling && may &&
                                 ui->methodCombo->currentData().toString() == QLatin1String("cash"));
    ui->statementButton->setEnabled(open && m_settlement.has_value());
    ui->releaseButton->setEnabled(open && m_settlement.has_value());
    ui->reverseButton->setEnabled(open && m_settlement.has_value() && may &&
                                  m_preview.order.is(WorkOrderState::Settled));
    ui->dayCloseButton->setEnabled(may);
}

void CashierPage::addPayment()
{
    if (!m_orderId || m_settlement)
        return;
    const QString method = ui->methodCombo->currentData().toString();
    const std::optional<Fen> amount = money::parse(ui->amountEdit->text());
    ui::FieldChecks checks;
    if (!amount || *amount <= 0)
        checks.error(tr("Enter the amount this payment covers, e.g. 300.00."), ui->amountEdit);
    Fen tendered = 0;
    if (method == QLatin1String("cash") && !ui->tenderedEdit->text().trimmed().isEmpty()) {
        const std::optional<Fen> t = money::parse(ui->tenderedEdit->text());
        if (!t || (amount && *t < *amount))
            checks.error(tr("The cash received must be at least the amount it pays."), ui->tenderedEdit);
        else
            tendered = *t;
    }
    if (amount && *amount > remaining())
        checks.error(tr("%1 is more than the %2 still to pay.").arg(yuan(*amount), yuan(remaining())),
                     ui->amountEdit);
    if (!checks.report(ui->messageLabel))
        return;
    m_payments << Payment{0, method, *amount,
                          method == QLatin1String("cash") ? std::max(tendered, *amount) : 0,
                          ui->referenceEdit->text().trimmed()};
    ui->tenderedEdit->clear();
    ui->referenceEdit->clear();
    ui::clearMessage(ui->messageLabel);
    showPayments();
    fillAmount(true);
    if (remaining() == 0)
        ui->settleButton->setFocus();
    else
        ui->methodCombo->setFocus();
}

void CashierPage::settle()
{
    if (!m_orderId || m_settlement || !ui->settleButton->isEnabled())
        return;
    QStringList problems;
    const QList<Discount> given = discounts(&problems);
    if (!problems.isEmpty()) {
        ui::showMessage(ui->messageLabel, problems.join(QLatin1Char('\n')));
        return;
    }
    std::optional<ManagerApproval> approval;
    if (m_preview.needsApproval && !m_ctx.session.roles.contains(Role::ServiceManager)) {
        ManagerApprovalDialog d(
            tr("A discount of %1 % of what the customer pays is above the %2 % you may grant. A service "
               "manager approves it here with their own name and password.")
                .arg(money::formatBasisPoints(m_preview.totals.discountBasisPoints()),
                     money::formatBasisPoints(m_preview.discountLimitBp)),
            true, this);
        if (d.exec() != QDialog::Accepted)
            return;
        approval = d.approval();
    } else if (m_preview.needsApproval) {
        ManagerApprovalDialog d(tr("Why is this discount granted? The reason is recorded with your name."),
                                false, this);
        if (d.exec() != QDialog::Accepted)
            return;
        approval = d.approval();
    }
    try {
        Commands commands = m_ctx.commands();
        const Settlement s = m_store.settle(commands, m_orderId, m_preview.order.version, given, m_payments,
                                            ui->oldPartsCombo->currentData().toString(), approval);
        const Fen change = SettlementRules::change(s.payments);
        openWorkOrder(m_orderId);
        refresh();
        ui::showMessage(ui->messageLabel,
                        (change > 0 ? tr("Settled as %1. Give %2 change.").arg(s.number, yuan(change))
                                    : tr("Settled as %1.").arg(s.number)) +
                            QLatin1Char(' ') +
                            tr("Print the statement (Ctrl+P) and the release notice (Ctrl+R)."),
                        false);
        ui->statementButton->setFocus();
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message()); // everything entered stays on screen
        if (e.kind() == StoreError::Kind::Conflict)
            recompute();
    }
}

void CashierPage::reverse()
{
    if (!m_settlement || !ui->reverseButton->isEnabled())
        return;
    const bool manager = m_ctx.session.roles.contains(Role::ServiceManager);
    ManagerApprovalDialog d(
        tr("Reverse statement %1 (冲红) over %2: a negative entry with the reason, authorized by a service "
           "manager. The work order then waits to be settled again.")
            .arg(m_settlement->number, yuan(m_settlement->totals.total)),
        !manager, this);
    if (d.exec() != QDialog::Accepted)
        return;
    const ManagerApproval a = d.approval();
    try {
        Commands commands = m_ctx.commands();
        const Settlement r =
            m_store.reverse(commands, m_settlement->id, a.reason, manager ? std::nullopt : std::optional(a));
        openWorkOrder(m_orderId);
        refresh();
        ui::showMessage(
            ui->messageLabel,
            tr("Reversed by %1. Settle the work order again with the right payments.").arg(r.number), false);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

void CashierPage::print(const QString &form)
{
    if (!m_settlement)
        return;
    PrintPreviewDialog d(
        m_ctx, form, form == QLatin1String("release") ? m_preview.order.number : m_settlement->number, this);
    if (!d.isReady()) {
        ui::showMessage(ui->messageLabel, d.problem());
        return;
    }
    d.exec();
}

void CashierPage::dayClose()
{
    DayCloseDialog d(m_ctx, this);
    d.exec();
}

} // namespace dd
