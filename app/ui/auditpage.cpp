#include "auditpage.h"

#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrentRun>

#include "appcontext.h"
#include "core/auditwords.h"
#include "core/csv.h"
#include "core/localformat.h"
#include "store/storeerror.h"
#include "ui_auditpage.h"
#include "filedialogs.h"
#include "uihelpers.h"

namespace dd {

AuditPage::AuditPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::AuditPage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui->fromEdit->setDate(QDate::currentDate().addDays(-7));
    ui->toEdit->setDate(QDate::currentDate());
    ui->splitter->setSizes({400, 120});
    connect(ui->refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(ui->fromEdit, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(ui->toEdit, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(ui->userCombo, &QComboBox::activated, this, &AuditPage::refresh);
    connect(ui->tableCombo, &QComboBox::activated, this, &AuditPage::refresh);
    connect(ui->commandCombo, &QComboBox::activated, this, &AuditPage::refresh);
    connect(ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString file = ui::FileDialogs::saveFile(this, QStringLiteral("csv-export"), tr("Export the audit trail"),
                                                       QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
                                                       tr("CSV files (*.csv)"), &m_ctx.db);
        if (!file.isEmpty())
            exportCsv(file);
    });
    m_model = new AuditTrailModel(&AuditPage::commandName, &AuditPage::tableName, &AuditPage::summary, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    ui->table->setModel(m_proxy);
    ui->table->sortByColumn(AuditTrailModel::Time, Qt::DescendingOrder);
    connect(ui->findEdit, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        showCount();
    });
    connect(ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(ui->verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(&m_chainWatcher, &QFutureWatcher<ChainCheck>::finished, this, [this] {
        m_progress.stop();
        m_verifying = false;
        m_chain = m_chainWatcher.result();
        m_chainCheckedAt = QDateTime::currentDateTimeUtc();
        ui->verifyButton->setEnabled(true);
        showChain();
    });
    m_progress.setInterval(300);
    connect(&m_progress, &QTimer::timeout, this, &AuditPage::showChain);
    m_keys.note(QKeySequence(Qt::Key_F5), QT_TR_NOOP("Read the trail again")); // the Refresh button's key
    // Every committed change is an audit row: the trail follows them all, here and at other stations.
    goLive(ctx);
}

QStringList AuditPage::listensTo() const
{
    return {QStringLiteral("*")};
}

AuditPage::~AuditPage()
{
    // A check still running stops after its current chunk of rows.
    m_stop->store(true);
    m_chainWatcher.waitForFinished();
}

void AuditPage::verifyChain()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verifiedOnce = true;
    m_checked->store(0);
    ui->verifyButton->setEnabled(false);
    Database *db = &m_ctx.db;
    const auto stop = m_stop;
    const auto checked = m_checked;
    // A pool thread with its own connection: a long trail never freezes the page.
    m_chainWatcher.setFuture(QtConcurrent::run([db, stop, checked] {
        ChainCheck c;
        try {
            c.report = AuditChain::verify(*db, [&](qint64 rows) {
                checked->store(rows);
                return !stop->load();
            });
            c.loginCanRewrite = !db->isSqlite() && AuditChain::loginCanRewrite(*db);
        } catch (const StoreError &e) {
            c.error = e.message();
        }
        return c;
    }));
    showChain();
    m_progress.start();
}

QString AuditPage::chainState() const
{
    return ui->chainLabel->text();
}

void AuditPage::showChain()
{
    if (m_verifying) {
        ui::showMessage(ui->chainLabel,
                        tr("Checking the audit chain: %1 rows so far ...").arg(QLocale().toString(m_checked->load())),
                        false);
        return;
    }
    if (!m_chain) {
        ui::clearMessage(ui->chainLabel);
        return;
    }
    const QString when = LocalFormat::dateTime(m_chainCheckedAt.toLocalTime());
    if (!m_chain->error.isEmpty()) {
        ui::showMessage(ui->chainLabel, tr("The audit chain could not be checked: %1").arg(m_chain->error));
        return;
    }
    const AuditChain::Report &r = m_chain->report;
    const int rows = int(qMin<qint64>(r.rows, INT_MAX));
    QString text = r.intact() ? tr("Audit chain verified at %1: %n row(s), intact.", nullptr, rows).arg(when)
        : r.stopped           ? r.message()
                              : tr("Audit chain checked at %1. %2 The %n row(s) before it are intact.", nullptr, rows)
                          .arg(when, r.message());
    if (m_chain->loginCanRewrite)
        text += QLatin1Char(' ')
            + tr("This PC connects to PostgreSQL as the owner of the audit trail's table, who could lift its "
                 "protection: use the application's login for daily work (README, \"Two PCs\").");
    ui::showMessage(ui->chainLabel, text, !r.intact() || m_chain->loginCanRewrite);
}

int AuditPage::rowCount() const
{
    return m_proxy->rowCount();
}

void AuditPage::fillFilters()
{
    const QString user = ui->userCombo->currentData().toString();
    const QString table = ui->tableCombo->currentData().toString();
    ui->userCombo->clear();
    ui->userCombo->addItem(tr("Everybody"), QString());
    for (const QString &u : m_ctx.audit.userNames())
        ui->userCombo->addItem(u, u);
    ui->tableCombo->clear();
    ui->tableCombo->addItem(tr("All"), QString());
    for (const QString &t : m_ctx.audit.tables())
        ui->tableCombo->addItem(tableName(t), t);
    ui->userCombo->setCurrentIndex(qMax(0, ui->userCombo->findData(user)));
    ui->tableCombo->setCurrentIndex(qMax(0, ui->tableCombo->findData(table)));
    const QString command = ui->commandCombo->currentData().toString();
    ui->commandCombo->clear();
    ui->commandCombo->addItem(tr("All"), QString());
    QList<std::pair<QString, QString>> commands;
    for (const QString &c : m_ctx.audit.commands())
        commands << std::pair{commandName(c), c};
    std::sort(commands.begin(), commands.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[name, code] : commands)
        ui->commandCombo->addItem(name, code);
    ui->commandCombo->setCurrentIndex(qMax(0, ui->commandCombo->findData(command)));
}

QString AuditPage::summary(const AuditEntry &e)
{
    return AuditWords::summary(e.table, e.oldValues, e.newValues);
}

QString AuditPage::commandName(const QString &code)
{
    return AuditWords::commandName(code);
}

QString AuditPage::tableName(const QString &code)
{
    return AuditWords::tableName(code);
}

bool AuditPage::exportCsv(const QString &file)
{
    // The rows as shown: filtered, sorted, in the user's words and local times.
    QString text = Csv::line({tr("Time"), tr("Who"), tr("Station"), tr("Action"), tr("Record"), tr("Changes")});
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < AuditTrailModel::ColumnCount; ++c)
            fields << m_proxy->index(r, c).data(Qt::DisplayRole).toString();
        // The whole change, not the list's shortened line.
        const AuditEntry &e = m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        fields[AuditTrailModel::Changes] = AuditWords::summary(e.table, e.oldValues, e.newValues, 100000);
        text += Csv::line(fields);
    }
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QByteArray("\xEF\xBB\xBF") + text.toUtf8()) < 0) {
        ui->countLabel->setText(tr("Could not write %1: %2").arg(file, f.errorString()));
        return false;
    }
    ui->countLabel->setText(tr("%n row(s) exported to %1.", nullptr, m_proxy->rowCount()).arg(file));
    return true;
}

void AuditPage::refresh()
{
    if (!m_verifiedOnce)
        verifyChain(); // once when the page first opens; then with the button
    try {
        fillFilters();
        AuditFilter f;
        f.from = ui->fromEdit->date();
        f.to = ui->toEdit->date();
        f.userName = ui->userCombo->currentData().toString();
        f.table = ui->tableCombo->currentData().toString();
        f.command = ui->commandCombo->currentData().toString();
        f.limit = 2000;
        m_rows = m_ctx.audit.query(f);
    } catch (const StoreError &e) {
        m_rows.clear();
        ui->countLabel->setText(e.message());
    }
    m_model->setEntries(m_rows);
    ui->table->resizeColumnsToContents();
    showCount();
    ui->details->clear();
}

void AuditPage::showCount()
{
    if (m_rows.size() >= 2000)
        ui->countLabel->setText(tr("Showing the newest 2000 entries; narrow the dates to see older ones."));
    else if (m_proxy->rowCount() != m_rows.size())
        ui->countLabel->setText(tr("%1 of %n entries match", nullptr, int(m_rows.size())).arg(m_proxy->rowCount()));
    else
        ui->countLabel->setText(tr("%n entries", nullptr, int(m_rows.size())));
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(ui->table->currentIndex());
    if (!current.isValid()) {
        ui->details->clear();
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    const QString record = tableName(e.table) + QLatin1Char(' ') + (e.recordLabel.isEmpty() ? QStringLiteral("#") + e.recordId : e.recordLabel);
    ui->details->setPlainText(tr("%1 by %2 at %3 (%4)\n%5\n%6")
                                  .arg(commandName(e.command), e.userName, LocalFormat::dateTime(e.at.toLocalTime()), e.station,
                                       record, AuditWords::details(e.table, e.oldValues, e.newValues)));
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_model->retranslate();
        showChain();
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace dd
