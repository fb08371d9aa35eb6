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
    setUpModel();
    setHeaders();
    connect(ui->boardTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.siblingAtColumn(0).data(KeyRole).toLongLong())
            emit openWorkOrder(id);
    });
    connect(ui->findEdit, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        showRows();
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

namespace {
const QStringList &working()
{
    static const QStringList states = WorkOrderCodes::states().codesOf(
        WorkOrderCodes::states(), {WorkOrderState::Dispatched, WorkOrderState::InProgress, WorkOrderState::AwaitingApproval});
    return states;
}
} // namespace

bool DispatchBoardPage::late(const BoardRow &b) const
{
    return b.promisedAt.isValid() && b.promisedAt < m_now && !WorkOrderCodes::states().is(b.state, WorkOrderState::Ready);
}

bool DispatchBoardPage::checkDue(const BoardRow &b) const
{
    return working().contains(b.state) && WorkOrderRules::progressCheckDue(b.handedOverAt, b.soldCentiHours, m_now);
}

int DispatchBoardPage::percent(const BoardRow &b) const
{
    return working().contains(b.state) ? WorkOrderRules::progressPercent(b.handedOverAt, b.soldCentiHours, m_now) : -1;
}

void DispatchBoardPage::setUpModel()
{
    using Col = RowsModel<BoardRow>::Column;
    const auto red = QColor(0xc6, 0x28, 0x28);
    // The first three columns turn red once the promise has passed.
    const auto lateRed = [this, red](std::function<QVariant(const BoardRow &, int)> f) {
        return [this, red, f](const BoardRow &b, int role) -> QVariant {
            if (role == Qt::ForegroundRole)
                return late(b) ? QVariant(red) : QVariant();
            return f(b, role);
        };
    };
    const auto time = [](const QDateTime &t, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return LocalFormat::when(t); // with its date when not today
        return role == SortRole ? QVariant(t) : QVariant();
    };
    const auto shown = [](std::function<QString(const BoardRow &)> f) {
        return [f](const BoardRow &b, int role) { return role == Qt::DisplayRole ? QVariant(f(b)) : QVariant(); };
    };
    m_model = new RowsModel<BoardRow>(
        "dd::DispatchBoardPage",
        {Col{QT_TR_NOOP("Promised"), lateRed([time](const BoardRow &b, int role) { return time(b.promisedAt, role); })},
         // 1 h before the promise (4 h for longer jobs) the customer is told the car is ready; once the
         // promise has passed without the car being ready, a delay is due instead.
         Col{QT_TR_NOOP("Tell the customer"), lateRed([this, time](const BoardRow &b, int role) -> QVariant {
                 if (late(b))
                     return role == Qt::DisplayRole ? QVariant(tr("delay due")) : QVariant();
                 return time(DeliveryRules::notificationDue(b.openedAt, b.promisedAt), role);
             })},
         Col{QT_TR_NOOP("Work order"), lateRed(shown([](const BoardRow &b) { return b.number; }))},
         Col{QT_TR_NOOP("Vehicle"), shown([](const BoardRow &b) { return b.vehicleLabel; })},
         Col{QT_TR_NOOP("State"), shown([](const BoardRow &b) {
                 QString state = WorkOrderRules::stateName(b.state);
                 if (b.pendingFindings)
                     state += QStringLiteral(" · ") + tr("%n finding(s) waiting", nullptr, b.pendingFindings);
                 if (b.reworkCount)
                     state += QStringLiteral(" · ") + tr("rework %1").arg(b.reworkCount);
                 return state;
             })},
         Col{QT_TR_NOOP("Technicians"), shown([](const BoardRow &b) { return b.technicians.join(QStringLiteral(", ")); })},
         Col{QT_TR_NOOP("Bay"), shown([](const BoardRow &b) { return b.bay; })},
         Col{QT_TR_NOOP("Handed over"), [](const BoardRow &b, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return b.handedOverAt.isValid()
                                ? tr("%1 to %2").arg(LocalFormat::when(b.handedOverAt), b.handedOverTo)
                                : QString();
                 return role == SortRole ? QVariant(b.handedOverAt) : QVariant();
             }},
         Col{QT_TR_NOOP("Planned"), [](const BoardRow &b, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return b.soldCentiHours ? tr("%1 h").arg(QString::number(b.soldCentiHours / 100.0, 'f', 2)) : QString();
                 if (role == Qt::TextAlignmentRole)
                     return int(Qt::AlignRight | Qt::AlignVCenter);
                 return role == SortRole ? QVariant(b.soldCentiHours) : QVariant();
             }},
         Col{QT_TR_NOOP("Progress"), [this](const BoardRow &b, int role) -> QVariant {
                 const int p = percent(b);
                 if (role == Qt::DisplayRole)
                     return p >= 0 ? QStringLiteral("%1 %").arg(p) +
                                         (checkDue(b) ? QStringLiteral("  ") + tr("check progress") : QString())
                                   : QString();
                 if (role == Qt::BackgroundRole)
                     return checkDue(b) ? QVariant(QColor(0xff, 0xf3, 0xcd)) : QVariant();
                 return role == SortRole ? QVariant(p) : QVariant();
             }},
         Col{QT_TR_NOOP("Advisor"), shown([](const BoardRow &b) { return b.advisorName; })}},
        [](const BoardRow &b) { return b.workOrderId; }, this);
    m_proxy = ui::sortable(m_model, this);
    ui::setUpList(ui->boardTable, m_proxy);
    ui->boardTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order: by promise
}

void DispatchBoardPage::setHeaders()
{
    m_model->retranslate();
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
    return ui->boardTable->model()->rowCount();
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
    m_now = QDateTime::currentDateTimeUtc();
    const qint64 selected = ui::selectedKey(ui->boardTable);
    m_model->setRows(m_rows);
    if (selected && ui::selectedKey(ui->boardTable) != selected)
        ui::selectKey(ui->boardTable, selected);
    QMap<QString, std::pair<int, int>> load; // technician -> work orders, sold hundredths of hours
    int overdue = 0, checks = 0;
    for (const BoardRow &b : std::as_const(m_rows)) {
        overdue += late(b) ? 1 : 0;
        checks += checkDue(b) ? 1 : 0;
        for (const QString &t : b.technicians) {
            load[t].first += 1;
            load[t].second += b.soldCentiHours / qMax(1, int(b.technicians.size()));
        }
    }
    QStringList people;
    for (auto it = load.cbegin(); it != load.cend(); ++it)
        people << tr("%1: %n job(s), %2 h", nullptr, it.value().first)
                      .arg(it.key().toHtmlEscaped(), QString::number(it.value().second / 100.0, 'f', 1));
    QString summary = tr("%n work order(s) in the workshop", nullptr, int(m_rows.size()));
    if (m_proxy->rowCount() != m_rows.size())
        summary += QStringLiteral(" · ") + tr("%n shown", nullptr, m_proxy->rowCount()).toHtmlEscaped();
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
