#include "complaintspanel.h"

#include <QHeaderView>

#include "appcontext.h"
#include "complaintdialog.h"
#include "complaintstepdialog.h"
#include "core/identifiers.h"
#include "core/localformat.h"
#include "printpreviewdialog.h"
#include "store/followupstore.h"
#include "ui_complaintspanel.h"
#include "uihelpers.h"

namespace dd {

ComplaintsPanel::ComplaintsPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ComplaintsPanel>()), m_ctx(ctx)
{
    ui->setupUi(this);
    setFocusProxy(ui->listTable);
    ui->splitter->setSizes({380, 220});
    setUpModel();
    connect(ui->listTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComplaintsPanel::showDetail);
    connect(ui->listTable, &QTableView::activated, this, &ComplaintsPanel::logStep);
    connect(ui->newButton, &QPushButton::clicked, this, &ComplaintsPanel::registerNew);
    connect(ui->stepButton, &QPushButton::clicked, this, &ComplaintsPanel::logStep);
    connect(ui->printButton, &QPushButton::clicked, this, &ComplaintsPanel::printForm);
    connect(ui->closedCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_withClosed = on;
        refresh();
        // A read still running from before shows the old choice when it lands: one more read after it.
        m_read->start();
    });
    Database *db = &m_ctx.db;
    m_read = std::make_unique<BackgroundRead<Read>>(
        this, [this, db] { return read(*db, m_withClosed.load(), m_generation.load()); },
        [this](Read r) {
            if (r.generation == m_generation.load()) // else a refresh came after it started: its rows are older
                show(std::move(r));
        },
        [this](const QString &error) { ui::showMessage(ui->messageLabel, error); });
}

ComplaintsPanel::~ComplaintsPanel() = default;

void ComplaintsPanel::setUpModel()
{
    using Col = RowsModel<Complaint>::Column;
    // Escalated (the manager's now) in red; past a deadline in bold too.
    // The database's clock as of the last read (every station agrees on what is overdue).
    const auto clock = [this] { return m_now.isValid() ? m_now : m_ctx.db.now(); };
    const auto marked = [clock](std::function<QVariant(const Complaint &, int)> f) {
        return [f, clock](const Complaint &k, int role) -> QVariant {
            const QDateTime now = clock();
            if (role == Qt::ForegroundRole && k.escalated(now))
                return QColor(0xc6, 0x28, 0x28);
            if (role == Qt::ForegroundRole && k.is(ComplaintState::Closed))
                return QColor(0x61, 0x61, 0x61);
            if (role == Qt::FontRole && k.overdue(now)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return f(k, role);
        };
    };
    const auto shown = [](std::function<QString(const Complaint &)> f) {
        return [f](const Complaint &k, int role) { return role == Qt::DisplayRole ? QVariant(f(k)) : QVariant(); };
    };
    const auto when = [](std::function<QDateTime(const Complaint &)> f) {
        return [f](const Complaint &k, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return f(k).isValid() ? LocalFormat::when(f(k)) : QStringLiteral("—");
            return role == SortRole ? QVariant(f(k)) : QVariant();
        };
    };
    m_model = new RowsModel<Complaint>(
        "dd::ComplaintsPanel",
        {Col{QT_TR_NOOP("Number"), marked(shown([](const Complaint &k) { return k.number; }))},
         Col{QT_TR_NOOP("Received"), marked(when([](const Complaint &k) { return k.receivedAt; }))},
         Col{QT_TR_NOOP("Customer"), marked(shown([](const Complaint &k) { return k.customerName; }))},
         Col{QT_TR_NOOP("Vehicle"), marked(shown([](const Complaint &k) { return k.vehicleLabel; }))},
         Col{QT_TR_NOOP("Category"), marked(shown([](const Complaint &k) { return FollowUpCodes::complaintCategories().labelOf(k.category); }))},
         Col{QT_TR_NOOP("Severity"), marked(shown([](const Complaint &k) {
                 return k.is(ComplaintSeverity::Major) ? tr("Major") : tr("General");
             }))},
         Col{QT_TR_NOOP("Responsible"), marked(shown([](const Complaint &k) { return k.responsible; }))},
         Col{QT_TR_NOOP("Reply by"), marked([](const Complaint &k, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return k.repliedAt.isValid() ? tr("replied %1").arg(LocalFormat::when(k.repliedAt)) : LocalFormat::when(k.replyBy);
                 return role == SortRole ? QVariant(k.replyBy) : QVariant();
             })},
         Col{QT_TR_NOOP("Resolve by"), marked(when([](const Complaint &k) { return k.resolveBy; }))},
         Col{QT_TR_NOOP("State"), marked([clock](const Complaint &k, int role) -> QVariant {
                 if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                     return {};
                 const QDateTime now = clock();
                 if (k.is(ComplaintState::Closed))
                     return FollowUpCodes::complaintStates().labelOf(k.state);
                 QStringList s;
                 if (k.replyOverdue(now))
                     s << tr("reply overdue");
                 else if (k.resolveOverdue(now))
                     s << tr("overdue");
                 if (k.escalated(now))
                     s << (role == Qt::ToolTipRole ? tr("with the service manager") : tr("manager's"));
                 if (k.satisfied == std::optional<bool>(false))
                     s << tr("customer not satisfied");
                 return s.isEmpty() ? FollowUpCodes::complaintStates().labelOf(k.state) : s.join(tr(", "));
             })}},
        [](const Complaint &k) { return k.id; }, this);
    ui::setUpList(ui->listTable, ui::sortable(m_model, this));
    ui->listTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order: the deadline
    ui->listTable->horizontalHeader()->setStretchLastSection(true);
}

ComplaintsPanel::Read ComplaintsPanel::read(Database &db, bool withClosed, int generation)
{
    ComplaintStore store(db);
    Read r;
    r.generation = generation;
    r.now = db.now();
    r.rows = store.list(!withClosed, 30);
    for (const Complaint &k : std::as_const(r.rows)) // a few dozen: the open ones and the month's closed
        r.logs.insert(k.id, store.log(k.id));
    return r;
}

void ComplaintsPanel::refresh()
{
    try {
        show(read(m_ctx.db, m_withClosed.load(), ++m_generation));
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

void ComplaintsPanel::reread()
{
    m_read->start();
}

void ComplaintsPanel::show(Read r)
{
    const qint64 selected = ui::selectedKey(ui->listTable);
    m_rows = std::move(r.rows);
    m_logs = std::move(r.logs);
    m_now = r.now;
    m_model->setRows(m_rows);
    const QDateTime now = m_now;
    int open = 0, overdue = 0, escalated = 0;
    for (const Complaint &k : std::as_const(m_rows)) {
        open += k.is(ComplaintState::Open) ? 1 : 0;
        overdue += k.overdue(now) ? 1 : 0;
        escalated += k.escalated(now) ? 1 : 0;
    }
    ui->listTableLabel->setText(open == 0 ? tr("&Open complaints: none")
                                          : tr("&Open complaints: %1, %2 past a deadline, %3 with the service manager")
                                                .arg(open)
                                                .arg(overdue)
                                                .arg(escalated));
    if (!ui::selectKey(ui->listTable, selected) && !m_rows.isEmpty())
        ui->listTable->selectRow(0);
    showDetail();
}

bool ComplaintsPanel::select(qint64 complaintId)
{
    return ui::selectKey(ui->listTable, complaintId);
}

QString ComplaintsPanel::message() const
{
    return ui->messageLabel->text();
}

void ComplaintsPanel::showDetail()
{
    const int row = m_model->rowOfKey(ui::selectedKey(ui->listTable));
    const bool can = m_ctx.can(Permission::FollowUpCustomers);
    ui->newButton->setEnabled(can);
    ui->stepButton->setEnabled(row >= 0 && can);
    ui->printButton->setEnabled(row >= 0);
    if (row < 0 || row >= m_rows.size()) {
        ui->logView->clear();
        return;
    }
    const Complaint &k = m_rows[row];
    QString html = tr("<p><b>%1</b> · %2 · received %3 by %4 (%5)%6</p>")
                       .arg(k.number.toHtmlEscaped(), k.customerName.toHtmlEscaped(), LocalFormat::when(k.receivedAt),
                            k.receivedBy.toHtmlEscaped(), FollowUpCodes::complaintSources().labelOf(k.source).toHtmlEscaped(),
                            k.workOrderNumber.isEmpty() ? QString() : QStringLiteral(" · ") + k.workOrderNumber.toHtmlEscaped());
    if (k.scores)
        html += QStringLiteral("<p>%1</p>").arg(tr("Low score on the follow-up call: %1.").arg(FollowUpRules::scoresText(*k.scores)).toHtmlEscaped());
    if (!k.words.isEmpty())
        html += QStringLiteral("<p>“%1”</p>").arg(k.words.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const ComplaintEntry &e : m_logs.value(k.id)) {
            QString what = FollowUpCodes::complaintActions().labelOf(e.action).toHtmlEscaped();
            if (FollowUpCodes::complaintActions().is(e.action, ComplaintAction::Received))
                what += QStringLiteral(" · ") + FollowUpCodes::complaintSources().labelOf(k.source).toHtmlEscaped();
            if (!e.handedTo.isEmpty())
                what += QStringLiteral(" → ") + e.handedTo.toHtmlEscaped();
            if (!e.workOrderNumber.isEmpty())
                what += QStringLiteral(" · ") + e.workOrderNumber.toHtmlEscaped();
            if (e.satisfied)
                what += QStringLiteral(" · ") + (*e.satisfied ? tr("satisfied") : tr("not satisfied"));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                        .arg(LocalFormat::when(e.at), e.byName.toHtmlEscaped(), what, e.notes.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    ui->logView->setHtml(html);
}

void ComplaintsPanel::registered(const Complaint &k)
{
    refresh();
    select(k.id);
    ui::showMessage(ui->messageLabel,
                    tr("Complaint %1 registered for %2: first reply by %3, resolved by %4.")
                        .arg(k.number, k.customerName, LocalFormat::when(k.replyBy), LocalFormat::when(k.resolveBy)),
                    false);
}

void ComplaintsPanel::registerNew()
{
    if (!m_ctx.can(Permission::FollowUpCustomers))
        return;
    ComplaintDialog d(m_ctx, this);
    if (d.exec() == QDialog::Accepted)
        registered(d.registered());
}

bool ComplaintsPanel::registerFromCall(const FollowUpCall &call)
{
    if (!m_ctx.can(Permission::FollowUpCustomers))
        return false;
    ComplaintDialog d(m_ctx, call, this);
    if (d.exec() != QDialog::Accepted)
        return false;
    registered(d.registered());
    return true;
}

void ComplaintsPanel::logStep()
{
    const int row = m_model->rowOfKey(ui::selectedKey(ui->listTable));
    if (row < 0 || row >= m_rows.size() || !ui->stepButton->isEnabled())
        return;
    ComplaintStepDialog d(m_ctx, m_rows[row], this);
    if (d.exec() != QDialog::Accepted)
        return;
    const Complaint k = d.logged();
    refresh();
    select(k.id);
    ui::showMessage(ui->messageLabel,
                    k.is(ComplaintState::Closed) ? tr("%1 is closed: the customer is satisfied.").arg(k.number)
                                                 : tr("Logged on %1; it stays open (resolve by %2).").arg(k.number, LocalFormat::when(k.resolveBy)),
                    false);
}

void ComplaintsPanel::printForm()
{
    const int row = m_model->rowOfKey(ui::selectedKey(ui->listTable));
    if (row < 0 || row >= m_rows.size())
        return;
    PrintPreviewDialog d(m_ctx, QStringLiteral("complaint"), m_rows[row].number, this);
    d.exec();
}

void ComplaintsPanel::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_model->retranslate();
        refresh();
    }
    QWidget::changeEvent(e);
}

} // namespace dd
