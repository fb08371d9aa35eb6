#include "techniciansdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

#include "appcontext.h"
#include "store/technicianstore.h"
#include "ui_techniciansdialog.h"
#include "uihelpers.h"

namespace dd {

namespace {
enum Column { NameCol, TeamCol, GradeCol, ActiveCol };
constexpr int IdRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole + 1;
} // namespace

TechniciansDialog::TechniciansDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::TechniciansDialog>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    ui->techniciansTable->setColumnCount(4);
    ui->techniciansTable->setHorizontalHeaderLabels({tr("Name"), tr("Team"), tr("Grade"), tr("Active")});
    ui->techniciansTable->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    ui->techniciansTable->horizontalHeader()->setSectionResizeMode(TeamCol, QHeaderView::Stretch);
    ui->techniciansTable->horizontalHeader()->setSectionResizeMode(GradeCol, QHeaderView::ResizeToContents);
    ui->techniciansTable->horizontalHeader()->setSectionResizeMode(ActiveCol, QHeaderView::ResizeToContents);
    connect(ui->addButton, &QPushButton::clicked, this, &TechniciansDialog::addTechnician);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &TechniciansDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &TechniciansDialog::reject);
    const bool may = m_ctx.can(Permission::ManageTechnicians);
    ui->addButton->setEnabled(may);
    ui->buttons->button(QDialogButtonBox::Save)->setEnabled(may);
    load();
    if (!may) {
        ui->techniciansTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        ui::showMessage(ui->messageLabel,
                        tr("A workshop controller, a service manager or an administrator keeps this list."), false);
    }
    ui->techniciansTable->setFocus();
}

TechniciansDialog::~TechniciansDialog() = default;

QString TechniciansDialog::message() const
{
    return ui->messageLabel->text();
}

void TechniciansDialog::load()
{
    try {
        ui->techniciansTable->setRowCount(0);
        for (const Technician &t : TechnicianStore(m_ctx.db).all(true))
            addRow(t);
        if (ui->techniciansTable->rowCount() == 0)
            ui::showMessage(ui->messageLabel, tr("No technicians yet: add them with \"Add technician\" (Alt+A)."), false);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
}

void TechniciansDialog::addRow(const Technician &t)
{
    const int row = ui->techniciansTable->rowCount();
    ui->techniciansTable->insertRow(row);
    auto *name = new QTableWidgetItem(t.name);
    name->setData(IdRole, t.id);
    name->setData(VersionRole, t.version);
    ui->techniciansTable->setItem(row, NameCol, name);
    ui->techniciansTable->setItem(row, TeamCol, new QTableWidgetItem(t.team));
    auto *grade = new QComboBox(ui->techniciansTable);
    grade->setObjectName(QStringLiteral("grade_%1").arg(row));
    grade->addItem(tr("not recorded"), QString());
    for (const QString &g : TechnicianCodes::grades().codes())
        grade->addItem(TechnicianCodes::grades().labelOf(g), g);
    grade->setCurrentIndex(qMax(0, grade->findData(t.grade)));
    ui->techniciansTable->setCellWidget(row, GradeCol, grade);
    auto *active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    active->setCheckState(t.active ? Qt::Checked : Qt::Unchecked);
    ui->techniciansTable->setItem(row, ActiveCol, active);
}

void TechniciansDialog::addTechnician()
{
    if (!ui->addButton->isEnabled())
        return;
    // A new row starts in the team of the row above, as technicians are usually added team by team.
    Technician t;
    const int last = ui->techniciansTable->rowCount() - 1;
    if (last >= 0 && ui->techniciansTable->item(last, TeamCol))
        t.team = ui->techniciansTable->item(last, TeamCol)->text();
    addRow(t);
    const int row = ui->techniciansTable->rowCount() - 1;
    ui->techniciansTable->setCurrentCell(row, NameCol);
    ui->techniciansTable->setFocus();
    ui->techniciansTable->editItem(ui->techniciansTable->item(row, NameCol));
}

QList<Technician> TechniciansDialog::onScreen() const
{
    QList<Technician> out;
    for (int row = 0; row < ui->techniciansTable->rowCount(); ++row) {
        const QTableWidgetItem *name = ui->techniciansTable->item(row, NameCol);
        const QTableWidgetItem *team = ui->techniciansTable->item(row, TeamCol);
        const QTableWidgetItem *active = ui->techniciansTable->item(row, ActiveCol);
        const auto *grade = qobject_cast<const QComboBox *>(ui->techniciansTable->cellWidget(row, GradeCol));
        if (!name || !team || !active || !grade)
            continue;
        Technician t;
        t.id = name->data(IdRole).toLongLong();
        t.version = name->data(VersionRole).toInt();
        t.name = name->text().trimmed();
        t.team = team->text().trimmed();
        t.grade = grade->currentData().toString();
        t.active = active->checkState() == Qt::Checked;
        if (t.id == 0 && t.name.isEmpty())
            continue; // an added row left empty
        out << t;
    }
    return out;
}

void TechniciansDialog::accept()
{
    // A name still being typed counts.
    if (QWidget *editor = ui->techniciansTable->focusWidget(); editor && editor != ui->techniciansTable)
        ui->techniciansTable->setFocus();
    const QList<Technician> list = onScreen();
    const Validation v = TechnicianRules::validate(list);
    if (!v.ok()) {
        ui::showMessage(ui->messageLabel, v.errors.join(QLatin1Char('\n')));
        return;
    }
    try {
        Commands commands = m_ctx.commands();
        TechnicianStore(m_ctx.db).saveAll(commands, list);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
