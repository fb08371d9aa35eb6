#include "homepage.h"

#include <QDate>
#include <QLocale>
#include <QPixmap>
#include <QThread>
#include <QTimer>

#include "core/localformat.h"
#include "appcontext.h"
#include "store/deskcounts.h"
#include "store/databasecheck.h"
#include "store/storeerror.h"
#include "ui_homepage.h"

namespace dd {

HomePage::HomePage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::HomePage>()), m_ctx(ctx)
{
    ui->setupUi(this);
    connect(ui->settingsButton, &QPushButton::clicked, this, &HomePage::openDealershipSettings);
    connect(ui->usersButton, &QPushButton::clicked, this, &HomePage::openUsers);
    connect(ui->backupButton, &QPushButton::clicked, this, &HomePage::backUp);
    // The full check reads every page: once a day, in the background, a while after the start.
    m_checkTimer = new QTimer(this);
    m_checkTimer->setInterval(3600 * 1000);
    connect(m_checkTimer, &QTimer::timeout, this, &HomePage::startDatabaseCheckIfDue);
    m_checkTimer->start();
    QTimer::singleShot(60 * 1000, this, &HomePage::startDatabaseCheckIfDue);
    goLive(ctx);
}

QStringList HomePage::listensTo() const
{
    return {QStringLiteral("dealership"), QStringLiteral("users"), QStringLiteral("user_roles"), QStringLiteral("labor_rates"),
            QStringLiteral("complaints"), QStringLiteral("complaint_actions")};
}

HomePage::~HomePage()
{
    if (m_check) {
        m_cancelCheck = true; // the check stops at its next progress call
        m_check->wait();
    }
}

void HomePage::startDatabaseCheckIfDue()
{
    if (m_check || !DatabaseCheck::due(m_ctx.db, QDateTime::currentDateTimeUtc()))
        return;
    Database *db = &m_ctx.db;
    m_cancelCheck = false;
    // Its own thread, so its own connection (closed when the thread ends); the screen's thread never waits for it.
    m_check = QThread::create([db, cancel = &m_cancelCheck] { DatabaseCheck::run(*db, cancel); });
    connect(m_check, &QThread::finished, this, [this] {
        m_check->deleteLater();
        m_check = nullptr;
        ui->databaseCheckLabel->setText(databaseCheckText());
        refresh();
    });
    m_check->start(QThread::LowPriority);
    ui->databaseCheckLabel->setText(databaseCheckText());
}

QString HomePage::databaseCheckText() const
{
    return DatabaseCheck::describe(m_ctx.db, DatabaseCheck::last(m_ctx.db), m_check != nullptr);
}

void HomePage::refresh()
{
    try {
        const DealershipSettings s = m_ctx.dealership.load();
        ui->dealershipLabel->setText(s.name.isEmpty() ? tr("Your dealership") : s.name);
        QStringList contact;
        for (const QString &part : {s.address, s.phone})
            if (!part.isEmpty())
                contact << part;
        QStringList details{contact.join(QStringLiteral("  ·  "))};
        if (!s.taxNumber.isEmpty())
            details << tr("Tax number %1").arg(s.taxNumber);
        ui->detailsLabel->setText(details.join(QLatin1Char('\n')).trimmed());
        QPixmap logo;
        if (!s.logoPng.isEmpty() && logo.loadFromData(s.logoPng))
            ui->logoLabel->setPixmap(logo.scaled(96, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else
            ui->logoLabel->clear();
        ui->logoLabel->setVisible(!logo.isNull());

        ui->welcomeLabel->setText(tr("Good day, %1. Today is %2. You work here as: %3.")
                                      .arg(m_ctx.session.displayName,
                                           QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                                           Roles::displayNames(m_ctx.session.roles)));

        // Complaints, for the desk that handles them and the manager who takes the escalations.
        const bool complaints = m_ctx.can(Permission::FollowUpCustomers);
        ui->complaintsLabel->setVisible(complaints);
        if (complaints) {
            const DeskCounts::Complaints k = DeskCounts(m_ctx.db).complaints(m_ctx.db.now());
            QString text = k.open == 0 ? tr("No complaint is open.")
                                       : tr("Complaints: %1 open, %2 past a deadline, %3 with the service manager. "
                                            "They are on the follow-up desk (Ctrl+9, then Alt+P).")
                                             .arg(k.open)
                                             .arg(k.overdue)
                                             .arg(k.escalated);
            ui->complaintsLabel->setText(k.overdue > 0 ? QStringLiteral("<span style=\"color:#c62828; font-weight:600\">%1</span>")
                                                               .arg(text.toHtmlEscaped())
                                                         : text.toHtmlEscaped());
        }

        const bool admin = m_ctx.can(Permission::ManageSettings) || m_ctx.can(Permission::BackUpDatabase);
        ui->checklistGroup->setVisible(admin);
        m_checklist.clear();
        if (admin) {
            const auto users = m_ctx.users.list();
            int active = 0, withPassword = 0;
            for (const auto &u : users) {
                if (!u.active)
                    continue;
                ++active;
                if (u.hasPassword)
                    ++withPassword;
            }
            const int rates = m_ctx.dealership.laborRates().size();
            AuditFilter f;
            f.table = QStringLiteral("database");
            f.recordId = QStringLiteral("backup");
            f.limit = 1;
            const auto backups = m_ctx.audit.query(f);
            auto item = [this](bool done, const QString &text) { m_checklist << (done ? QStringLiteral("done\t") : QStringLiteral("todo\t")) + text; };
            item(!s.name.isEmpty() && !s.address.isEmpty() && !s.phone.isEmpty(),
                 tr("Dealership name, address and phone (printed on every form)"));
            item(!s.taxNumber.isEmpty(), tr("Tax number"));
            item(!s.logoPng.isEmpty(), tr("Logo for the printed forms"));
            item(rates > 0, tr("Labor rates: %n defined", nullptr, rates));
            item(withPassword == active, tr("Staff who can sign in: %1 of %2 active users have a password").arg(withPassword).arg(active));
            item(!backups.isEmpty(),
                 backups.isEmpty() ? tr("Last backup: never")
                                   : tr("Last backup: %1").arg(LocalFormat::dateTime(backups.first().at.toLocalTime())));
            QString html = QStringLiteral("<table cellspacing='4'>");
            for (const QString &line : m_checklist) {
                const bool done = line.startsWith(QLatin1String("done"));
                html += QStringLiteral("<tr><td style='color:%1; font-weight:600'>%2</td><td>%3</td></tr>")
                            .arg(done ? QStringLiteral("#2e8b57") : QStringLiteral("#d9822b"),
                                 done ? QStringLiteral("✓") : QStringLiteral("●"),
                                 line.section(QLatin1Char('\t'), 1).toHtmlEscaped());
            }
            ui->checklistLabel->setText(html + QStringLiteral("</table>"));
            ui->settingsButton->setEnabled(m_ctx.can(Permission::ManageSettings));
            ui->usersButton->setEnabled(m_ctx.can(Permission::ManageUsers));
            ui->backupButton->setEnabled(m_ctx.can(Permission::BackUpDatabase));
        }
        const auto check = DatabaseCheck::last(m_ctx.db);
        ui->databaseCheckLabel->setText(databaseCheckText());
        ui->databaseCheckLabel->setStyleSheet(check && !check->ok ? QStringLiteral("color: #c0392b; font-weight: 600;")
                                                                  : QString());
        ui->hintLabel->setText(tr("Press F1 for the keyboard shortcuts. Ctrl+L locks this PC when you step away "
                                  "from the counter."));
    } catch (const StoreError &e) {
        ui->welcomeLabel->setText(e.message());
    }
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace dd
