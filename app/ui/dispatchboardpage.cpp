#include "dispatchboardpage.h"

#include "core/settlement.h"

#include <QHeaderView>
#include <QMap>
#include <QTimer>

#include "appcontext.h"
#include "core/localformat.h"
#include "core/workorder.h"
#include "ui_dispatchboardpage.h"
#include "uihelpers.h"
#include "liveupdates.h"

namespace dd
{

using ui::cell;

DispatchBoardPage::DispatchBoardPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::DispatchBoardPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    setFocusProxy(ui->boardTable);
    setHeaders();
    connect(ui->boardTable, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_rows.size())
            emit openWorkOrder(m_rows[index.row()].workOrderId);
    });
    // Other stations' changes arrive within a second; the clock columns move every half minute.
    m_keys.note(QKeySequence(Qt::Key_Return), QT_TR_NOOP("Open the selected work order"));
    Database *db = &ctx.db;
    m_read = std::make_unique<BackgroundRead<Board>>(
        this,
        [db] {
            DispatchBoard board(*db);
            return Board{board.version(), board.rows()};
        },
        [this](const Board &b) {
            if (b.version == m_version && !m_version.isEmpty())
                return;
            m_rows = b.rows;
            m_version = b.version;
            showRows();
        },
        [this](const QString &error) { ui->summaryLabel->setText(error.toHtmlEscaped()); });
    goLive(ctx);
    m_timer = new QTimer(this);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            showRows(); // the clock only: nothing is read from the database
    });
    m_timer->start();
}

DispatchBoardPage::~DispatchBoardPage() = default;

void DispatchBoardPage::changed(const ChangeSet &)
{
    m_read->start();
}

QStringList DispatchBoardPage::listensTo() const
{
    return {QStringLiteral("work_orders"), QStringLiteral("work_order_lines"), QStringLiteral("work_order_transitions"),
            QStringLiteral("addon_findings"), QStringLiteral("promises")};
}

void DispatchBoardPage::setHeaders()
{
    ui->boardTable->setColumnCount(11);
    ui->boardTable->setHorizontalHeaderLabels(
        {tr("Promised"), tr("Tell the customer"), tr("Work order"), tr("Vehicle"), tr("State"),
         tr("Technicians"), tr("Bay"), tr("Handed over"), tr("Planned"), tr("Progress"), tr("Advisor")});
    ui->boardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->boardTable->horizontalHeader()->setStretchLastSection(true);
    ui->legendLabel->setText(
        tr("Red: promised time passed. Amber: 75 % of the planned time has run; ask the workshop "
           "whether the promise holds. Enter opens the work order."));
}

void DispatchBoardPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setHeaders();
        showRows();
    }
    QWidget::changeEvent(e);
}

int DispatchBoardPage::rowCount() const
{
    return ui->boardTable->rowCount();
}

void DispatchBoardPage::refresh()
{
    m_version.clear();
    poll();
}

bool DispatchBoardPage::poll()
{
    try {
        DispatchBoard board(m_ctx.db);
        const QString version = board.version();
        if (version == m_version && !m_version.isEmpty())
            return false;
        m_rows = board.rows();
        m_version = version;
    } catch (const StoreError &e) {
        ui->summaryLabel->setText(e.message().toHtmlEscaped());
        return false;
    }
    showRows();
    return true;
}

void DispatchBoardPage::showRows()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int selected = ui->boardTable->currentRow();
    ui->boardTable->setRowCount(int(m_rows.size()));
    QMap<QString, std::pair<int, int>> load; // technician -> work orders, sold hundredths of hours
    int overdue = 0, checks = 0;
    static const QStringList working{QStringLiteral("dispatched"), QStringLiteral("in_progress"),
                                     QStringLiteral("awaiting_approval")};
    for (int r = 0; r < m_rows.size(); ++r) {
        const BoardRow &b = m_rows[r];
        const bool late = b.promisedAt.isValid() && b.promisedAt < now && !WorkOrderCodes::states().is(b.state, WorkOrderState::Ready);
        const int percent = working.contains(b.state)
                                ? WorkOrderRules::progressPercent(b.handedOverAt, b.soldCentiHours, now)
                                : -1;
        const bool check = working.contains(b.state) &&
                           WorkOrderRules::progressCheckDue(b.handedOverAt, b.soldCentiHours, now);
        overdue += late ? 1 : 0;
        checks += check ? 1 : 0;
        for (const QString &t : b.technicians) {
            load[t].first += 1;
            load[t].second += b.soldCentiHours / qMax(1, int(b.technicians.size()));
        }
        QString state = WorkOrderRules::stateName(b.state);
        if (b.pendingFindings)
            state += QStringLiteral(" · ") + tr("%n finding(s) waiting", nullptr, b.pendingFindings);
        if (b.reworkCount)
            state += QStringLiteral(" · ") + tr("rework %1").arg(b.reworkCount);
        // 1 h before the promise (4 h for longer jobs) the customer is told the car is ready; once the
        // promise has passed without the car being ready, a delay is due instead.
        const QDateTime tell = DeliveryRules::notificationDue(b.openedAt, b.promisedAt);
        const QStringList texts{
            b.promisedAt.isValid() ? LocalFormat::time(b.promisedAt.toLocalTime().time()) : QString(),
            late             ? tr("delay due")
            : tell.isValid() ? LocalFormat::time(tell.toLocalTime().time())
                             : QString(),
            b.number,
            b.vehicleLabel,
            state,
            b.technicians.join(QStringLiteral(", ")),
            b.bay,
            b.handedOverAt.isValid()
                ? tr("%1 to %2").arg(LocalFormat::time(b.handedOverAt.toLocalTime().time()), b.handedOverTo)
                : QString(),
            b.soldCentiHours ? tr("%1 h").arg(QString::number(b.soldCentiHours / 100.0, 'f', 2)) : QString(),
            percent >= 0 ? QStringLiteral("%1 %").arg(percent) +
                               (check ? QStringLiteral("  ") + tr("check progress") : QString())
                         : QString(),
            b.advisorName};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = cell(texts[c], b.workOrderId);
            if (late && c <= 2)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            if (check && c == 9)
                item->setBackground(QColor(0xff, 0xf3, 0xcd));
            ui->boardTable->setItem(r, c, item);
        }
    }
    if (selected >= 0 && selected < m_rows.size())
        ui->boardTable->selectRow(selected);
    QStringList people;
    for (auto it = load.cbegin(); it != load.cend(); ++it)
        people << tr("%1: %n job(s), %2 h", nullptr, it.value().first)
                      .arg(it.key().toHtmlEscaped(), QString::number(it.value().second / 100.0, 'f', 1));
    QString summary = tr("%n work order(s) in the workshop", nullptr, int(m_rows.size()));
    if (overdue)
        summary += QStringLiteral(" · <span style='color:#c62828'>%1</span>")
                       .arg(tr("%n past the promised time", nullptr, overdue).toHtmlEscaped());
    if (checks)
        summary += QStringLiteral(" · <span style='color:#8a6d00'>%1</span>")
                       .arg(tr("%n progress check(s) due", nullptr, checks).toHtmlEscaped());
    if (!people.isEmpty())
        summary += QStringLiteral("<br>") + people.join(QStringLiteral(" · "));
    ui->summaryLabel->setText(summary);
}

} // namespace dd
