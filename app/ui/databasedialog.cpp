#include "databasedialog.h"
#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QUrl>

#include "store/database.h"
#include "store/migrator.h"
#include "store/storeerror.h"
#include "ui_databasedialog.h"
#include "uihelpers.h"

namespace dd {

DatabaseDialog::DatabaseDialog(const DbTarget &current, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DatabaseDialog>())
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    ui->currentLabel->setText(tr("Now: %1 - %2").arg(current.kindName(), current.displayLocation()));
    if (current.isSqlite()) {
        ui->sqliteRadio->setChecked(true);
        ui->pathEdit->setText(QDir::toNativeSeparators(current.path));
    } else {
        ui->pgRadio->setChecked(true);
        ui->hostEdit->setText(current.host);
        ui->portSpin->setValue(current.port);
        ui->nameEdit->setText(current.databaseName);
        ui->userEdit->setText(current.user);
    }
    connect(ui->sqliteRadio, &QRadioButton::toggled, this, &DatabaseDialog::updateEnabled);
    connect(ui->browseButton, &QPushButton::clicked, this, &DatabaseDialog::browse);
    connect(ui->testButton, &QPushButton::clicked, this, &DatabaseDialog::test);
    updateEnabled();
}

DatabaseDialog::~DatabaseDialog() = default;

QString DatabaseDialog::message() const
{
    return ui->messageLabel->text();
}

void DatabaseDialog::updateEnabled()
{
    const bool sqlite = ui->sqliteRadio->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(ui->pathEdit), static_cast<QWidget *>(ui->browseButton)})
        w->setEnabled(sqlite);
    for (QWidget *w : {static_cast<QWidget *>(ui->hostEdit), static_cast<QWidget *>(ui->portSpin),
                       static_cast<QWidget *>(ui->nameEdit), static_cast<QWidget *>(ui->userEdit),
                       static_cast<QWidget *>(ui->passwordEdit)})
        w->setEnabled(!sqlite);
}

void DatabaseDialog::browse()
{
    // Choosing the database itself is allowed here; the dialog still never reads a file's contents.
    const QString file = ui::FileDialogs::saveFile(this, QStringLiteral("database"), tr("Database file"),
                                                   ui->pathEdit->text(), tr("DealerDesk database (*.db)"), nullptr);
    if (!file.isEmpty())
        ui->pathEdit->setText(QDir::toNativeSeparators(file));
}

DbTargets::Parsed DatabaseDialog::targetOnScreen() const
{
    if (ui->sqliteRadio->isChecked())
        return DbTargets::parse(QDir::fromNativeSeparators(ui->pathEdit->text().trimmed()), QDir::currentPath());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(ui->hostEdit->text().trimmed());
    url.setPort(ui->portSpin->value());
    url.setUserName(ui->userEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + ui->nameEdit->text().trimmed());
    DbTargets::Parsed p;
    if (ui->hostEdit->text().trimmed().isEmpty()) {
        p.error = tr("Enter the PostgreSQL server's name or address.");
        return p;
    }
    p = DbTargets::parse(url.toString(), QDir::currentPath());
    p.target.password = ui->passwordEdit->text();
    return p;
}

bool DatabaseDialog::test()
{
    const DbTargets::Parsed p = targetOnScreen();
    if (!p.ok()) {
        ui::showMessage(ui->messageLabel, p.error);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        Database db(p.target);
        const int version = db.inspect();
        QApplication::restoreOverrideCursor();
        ui::showMessage(ui->messageLabel,
                        version == 0 ? tr("Usable: a new or empty database; DealerDesk will set it up at the next start.")
                        : version < Migrator::latestVersion()
                            ? tr("Usable: a DealerDesk database (schema version %1); it will be upgraded to %2 at the "
                                 "next start.")
                                  .arg(version)
                                  .arg(Migrator::latestVersion())
                            : tr("Usable: a DealerDesk database (schema version %1).").arg(version),
                        false);
        return true;
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        ui::showMessage(ui->messageLabel, e.message());
        return false;
    }
}

void DatabaseDialog::accept()
{
    if (!test())
        return;
    m_saved = targetOnScreen().target;
    m_saved.password.clear();
    QDialog::accept();
}

} // namespace dd
