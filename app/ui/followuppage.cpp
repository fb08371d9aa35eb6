#include "followuppage.h"

#include <QHeaderView>

#include "appcontext.h"
#include "complaintspanel.h"
#include "core/identifiers.h"
#include "core/localformat.h"
#include "followupcalldialog.h"
#include "followupmessagedialog.h"
#include "liveupdates.h"
#include "store/deskcounts.h"
#include "ui_followuppage.h"
#include "uihelpers.h"

namespace dd {

FollowUpPage::FollowUpPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::FollowUpPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    m_complaints = new ComplaintsPanel(ctx, ui->complaintsTab);
    ui->complaintsLayout->addWidget(m_complaints);
    setFocusProxy(ui->queueTable);
    setUpModel();
    // The list of the tab on top takes the keyboard.
    connect(ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *list = index == 1 ? static_cast<QWidget *>(m_complaints) : static_cast<QWidget *>(ui->queueTable);
        setFocusProxy(list);
        list->setFocus();
    });
    connect(ui->complainButton, &QPushButton::clicked, this, &FollowUpPage::complainFromCall);
    connect(ui->messageButton, &QPushButton::clicked, this, &FollowUpPage::sendMessage);
    connect(ui->queueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowUpPage::showDetail);
    connect(ui->queueTable, &QTableView::activated, this, &FollowUpPage::logCall);
    connect(ui->logButton, &QPushButton::clicked, this, &FollowUpPage::logCall);
    m_keys.note(QKeySequence(Qt::Key_Return), QT_TR_NOOP("On the selected call: log it (reached, no answer, call back …)"));
    m_keys.note(QKeySequence(Qt::CTRL | Qt::Key_Tab), QT_TR_NOOP("Between the call queue and the complaints (or Alt+Q, Alt+P)"));
    m_keys.note(QKeySequence(Qt::ALT | Qt::Key_G), QT_TR_NOOP("The customer on the selected call complains: register it"));
    m_keys.note(QKeySequence(Qt::ALT | Qt::Key_M), QT_TR_NOOP("A message or a letter instead of a call the customer was not reached on"));
    m_keys.note(QKeySequence(Qt::ALT | Qt::Key_N), QT_TR_NOOP("Complaints: register a new one (counter, phone, letter, hotline, online)"));
    m_keys.note(QKeySequence(Qt::ALT | Qt::Key_T), QT_TR_NOOP("Complaints: log a step on the selected one (or Enter)"));
    m_keys.note(QKeySequence(Qt::ALT | Qt::Key_R), QT_TR_NOOP("Complaints: print the complaint-handling form"));
    m_keys.add(QKeySequence(Qt::Key_F5), QT_TR_NOOP("Read the calls and complaints again"), [this] { refresh(); });
    Database *db = &m_ctx.db;
    m_read = std::make_unique<BackgroundRead<Read>>(
        this, [this, db] { return read(*db, m_generation.load()); },
        [this](Read r) {
            if (r.generation == m_generation.load()) // else a refresh came after it started: its rows are older
                show(std::move(r));
        },
        [this](const QString &error) { ui::showMessage(ui->messageLabel, error); });
    goLive(ctx);
}

FollowUpPage::~FollowUpPage() = default;

QStringList FollowUpPage::listensTo() const
{
    return {QStringLiteral("follow_ups"), QStringLiteral("follow_up_attempts"), QStringLiteral("customers"),
            QStringLiteral("complaints"), QStringLiteral("complaint_actions"), QStringLiteral("surveys")};
}

Workstation::Count FollowUpPage::count()
{
    DeskCounts counts(m_ctx.db);
    const QDate today = QDate::currentDate();
    const int due = counts.followUpsDue(today);
    const int overdue = counts.followUpsOverdue(today);
    const DeskCounts::Complaints k = counts.complaints(m_ctx.db.now());
    return {due + k.open,
            tr("%n follow-up call(s) due, %1 of them overdue", nullptr, due).arg(overdue) + QStringLiteral("; ") +
                tr("%n complaint(s) open, %1 past a deadline", nullptr, k.open).arg(k.overdue),
            overdue > 0 || k.overdue > 0};
}

void FollowUpPage::setUpModel()
{
    using Col = RowsModel<FollowUpCall>::Column;
    const auto marked = [](std::function<QVariant(const FollowUpCall &, int)> f) {
        return [f](const FollowUpCall &c, int role) -> QVariant {
            const DueGroup g = FollowUpRules::group(c.due, QDate::currentDate());
            if (role == Qt::ForegroundRole && g == DueGroup::Overdue)
                return QColor(0xc6, 0x28, 0x28);
            if (role == Qt::FontRole && g != DueGroup::Upcoming) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return f(c, role);
        };
    };
    const auto shown = [](std::function<QString(const FollowUpCall &)> f) {
        return [f](const FollowUpCall &c, int role) { return role == Qt::DisplayRole ? QVariant(f(c)) : QVariant(); };
    };
    m_model = new RowsModel<FollowUpCall>(
        "dd::FollowUpPage",
        {Col{QT_TR_NOOP("Due"), marked([](const FollowUpCall &c, int role) -> QVariant {
                 if (role == Qt::DisplayRole) {
                     const QDate today = QDate::currentDate();
                     switch (FollowUpRules::group(c.due, today)) {
                     case DueGroup::Overdue: return tr("%1 (overdue %n day(s))", nullptr, int(c.due.daysTo(today))).arg(QLocale().toString(c.due, QLocale::ShortFormat));
                     case DueGroup::Today: return tr("today");
                     case DueGroup::Upcoming: return QLocale().toString(c.due, QLocale::ShortFormat);
                     }
                 }
                 return role == SortRole ? QVariant(c.due) : QVariant();
             })},
         Col{QT_TR_NOOP("Call"), marked(shown([](const FollowUpCall &c) { return FollowUpCodes::kinds().labelOf(c.kind); }))},
         Col{QT_TR_NOOP("Customer"), marked(shown([](const FollowUpCall &c) { return c.customerName; }))},
         Col{QT_TR_NOOP("Phone"), marked(shown([](const FollowUpCall &c) { return Phone::masked(c.phone); }))},
         Col{QT_TR_NOOP("Vehicle"), marked(shown([](const FollowUpCall &c) { return c.vehicleLabel; }))},
         Col{QT_TR_NOOP("Work order"), marked(shown([](const FollowUpCall &c) { return c.workOrderNumber; }))},
         Col{QT_TR_NOOP("Served by"), marked(shown([](const FollowUpCall &c) { return c.servingAdvisor; }))},
         Col{QT_TR_NOOP("Attempts"), marked([](const FollowUpCall &c, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return QString::number(c.attempts);
                 if (role == Qt::TextAlignmentRole)
                     return int(Qt::AlignRight | Qt::AlignVCenter);
                 return role == SortRole ? QVariant(c.attempts) : QVariant();
             })}},
        [](const FollowUpCall &c) { return c.id; }, this);
    ui::setUpList(ui->queueTable, ui::sortable(m_model, this));
    ui->queueTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order: oldest due first
    ui->queueTable->horizontalHeader()->setStretchLastSection(false);
    ui->queueTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

FollowUpPage::Read FollowUpPage::read(Database &db, int generation)
{
    FollowUpStore store(db);
    Read r;
    r.generation = generation;
    const QDate today = QDate::currentDate();
    r.calls = store.queue(today, 7);
    const FollowUpSettings rules = FollowUpStore::rules(db); // read once for every row
    for (const FollowUpCall &c : std::as_const(r.calls))
        if ((c.attempts > 0 || c.due < today) && store.needsFallback(c, today, rules)) // tried, or past its day
            r.messageDue.insert(c.id, true);
    return r;
}

void FollowUpPage::refresh()
{
    m_complaints->refresh();
    try {
        show(read(m_ctx.db, ++m_generation));
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

void FollowUpPage::changed(const ChangeSet &)
{
    m_read->start();
    m_complaints->reread();
}

void FollowUpPage::show(Read r)
{
    const qint64 selected = ui::selectedKey(ui->queueTable);
    m_calls = std::move(r.calls);
    m_messageDue = std::move(r.messageDue);
    m_model->setRows(m_calls);
    const QDate today = QDate::currentDate();
    int due = 0, overdue = 0;
    for (const FollowUpCall &c : std::as_const(m_calls)) {
        due += c.due <= today ? 1 : 0;
        overdue += c.due < today ? 1 : 0;
    }
    ui->queueTableLabel->setText(m_calls.isEmpty() ? tr("&Calls to make: none this week")
                                                   : tr("&Calls to make: %1 due today, %2 of them overdue; %3 in the week ahead")
                                                         .arg(due)
                                                         .arg(overdue)
                                                         .arg(m_calls.size() - due));
    if (!ui::selectKey(ui->queueTable, selected) && !m_calls.isEmpty())
        ui->queueTable->selectRow(0);
    showDetail();
}

bool FollowUpPage::select(qint64 followUpId)
{
    return ui::selectKey(ui->queueTable, followUpId);
}

void FollowUpPage::showDetail()
{
    const int row = m_model->rowOfKey(ui::selectedKey(ui->queueTable));
    ui->logButton->setEnabled(row >= 0 && m_ctx.can(Permission::FollowUpCustomers));
    ui->complainButton->setEnabled(row >= 0 && m_ctx.can(Permission::FollowUpCustomers));
    ui->messageButton->setEnabled(row >= 0 && row < m_calls.size() && m_messageDue.value(m_calls[row].id) &&
                                  m_ctx.can(Permission::FollowUpCustomers));
    if (row < 0 || row >= m_calls.size()) {
        ui->detailLabel->clear();
        return;
    }
    const FollowUpCall &c = m_calls[row];
    QString html = tr("%1 for %2 (%3), served by %4; the car left %5.")
                       .arg(FollowUpCodes::kinds().labelOf(c.kind).toHtmlEscaped(), c.customerName.toHtmlEscaped(),
                            c.vehicleLabel.toHtmlEscaped(), c.servingAdvisor.toHtmlEscaped(),
                            c.deliveredAt.isValid() ? LocalFormat::when(c.deliveredAt) : QStringLiteral("—"));
    if (c.attempts > 0)
        html += QLatin1Char(' ') + tr("%n attempt(s) so far.", nullptr, c.attempts);
    if (m_messageDue.value(c.id))
        html += QStringLiteral("<br/><span style=\"color:#c62828\">%1</span>")
                    .arg(tr("Not reached after the tries the dealership allows: send a message or a letter instead."));
    ui->detailLabel->setText(html);
}

void FollowUpPage::logCall()
{
    const int row = m_model->rowOfKey(ui::selectedKey(ui->queueTable));
    if (row < 0 || row >= m_calls.size() || !ui->logButton->isEnabled())
        return;
    FollowUpCallDialog d(m_ctx, m_calls[row], this);
    if (d.exec() != QDialog::Accepted)
        return;
    const FollowUpCall logged = d.logged();
    refresh();
    // A low score opened a complaint for the service manager: say so, it is on the other tab now.
    if (const auto survey = FollowUpStore(m_ctx.db).survey(logged.id); survey && !survey->complaintNumber.isEmpty()) {
        ui::showMessage(ui->messageLabel,
                        tr("Logged for %1. The low score opened complaint %2 for the service manager (Alt+P shows it).")
                            .arg(logged.customerName, survey->complaintNumber),
                        false);
        return;
    }
    ui::showMessage(ui->messageLabel,
                    logged.is(FollowUpState::Due)
                        ? tr("Logged for %1; the call stays on the list (due %2).")
                              .arg(logged.customerName, QLocale().toString(logged.due, QLocale::ShortFormat))
                        : tr("Logged for %1: %2.").arg(logged.customerName, FollowUpCodes::states().labelOf(logged.state).toLower()),
                    false);
}

void FollowUpPage::complainFromCall()
{
    const int row = m_model->rowOfKey(ui::selectedKey(ui->queueTable));
    if (row < 0 || row >= m_calls.size() || !ui->complainButton->isEnabled())
        return;
    if (m_complaints->registerFromCall(m_calls[row]))
        showComplaints();
}

void FollowUpPage::sendMessage()
{
    const int row = m_model->rowOfKey(ui::selectedKey(ui->queueTable));
    if (row < 0 || row >= m_calls.size() || !ui->messageButton->isEnabled())
        return;
    FollowUpMessageDialog d(m_ctx, m_calls[row], this);
    if (d.exec() != QDialog::Accepted)
        return;
    const FollowUpCall sent = d.sent();
    refresh();
    ui::showMessage(ui->messageLabel,
                    tr("A %1 to %2 is queued instead of the call; the call counts as done.")
                        .arg(FollowUpCodes::channels().labelOf(sent.note), sent.customerName),
                    false);
}

void FollowUpPage::showComplaints()
{
    ui->tabs->setCurrentIndex(1);
}

void FollowUpPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_model->retranslate();
        refresh();
    }
    QWidget::changeEvent(e);
}

} // namespace dd
