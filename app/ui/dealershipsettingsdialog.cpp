#include "dealershipsettingsdialog.h"
#include "filedialogs.h"

#include <QBuffer>
#include <QCheckBox>
#include <QLocale>
#include <QDate>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>

#include "appcontext.h"
#include "core/workorder.h"
#include "ui_dealershipsettingsdialog.h"
#include "uihelpers.h"

namespace dd {

namespace {
enum RateColumn { CodeCol, NameCol, RateCol, ActiveCol };
constexpr int IdRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole + 1;
} // namespace

DealershipSettingsDialog::DealershipSettingsDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DealershipSettingsDialog>()), m_ctx(ctx)
{
    ui->setupUi(this);
    ui::clearMessage(ui->messageLabel);
    ui->ratesTable->setColumnCount(4);
    ui->ratesTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Rate per hour"), tr("Active")});
    ui->ratesTable->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    ui->autoLockSpin->setSuffix(tr(" min"));
    ui->autoLockSpin->setSpecialValueText(tr("Never"));
    ui->greetingSpin->setSuffix(tr(" s"));
    ui->approvalSpin->setSuffix(tr(" min"));
    ui->graceSpin->setSuffix(tr(" min"));
    connect(ui->chooseLogoButton, &QPushButton::clicked, this, &DealershipSettingsDialog::chooseLogo);
    connect(ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(ui->addRateButton, &QPushButton::clicked, this, &DealershipSettingsDialog::addRate);
    connect(ui->reloadButton, &QPushButton::clicked, this, &DealershipSettingsDialog::load);
    for (QLineEdit *e : {ui->woEdit, ui->stEdit, ui->apEdit, ui->hgEdit, ui->tsEdit})
        connect(e, &QLineEdit::textChanged, this, &DealershipSettingsDialog::updateExample);
    // The guarantee committed per repair category, with the legal minimum beside it and as the lowest value.
    int row = 1;
    for (const QString &category : WorkOrderRules::repairCategories()) {
        auto *label = new QLabel(WorkOrderRules::repairCategoryName(category), ui->guaranteeBox);
        auto *km = new QSpinBox(ui->guaranteeBox);
        km->setObjectName(QStringLiteral("guaranteeKm_%1").arg(category));
        km->setRange(WorkOrderRules::guaranteeKm(category), 500000);
        km->setSingleStep(1000);
        km->setGroupSeparatorShown(true);
        auto *days = new QSpinBox(ui->guaranteeBox);
        days->setObjectName(QStringLiteral("guaranteeDays_%1").arg(category));
        days->setRange(WorkOrderRules::guaranteeDays(category), 3650);
        days->setSingleStep(10);
        auto *legal = new QLabel(tr("%L1 km, %2 days").arg(WorkOrderRules::guaranteeKm(category)).arg(WorkOrderRules::guaranteeDays(category)),
                                 ui->guaranteeBox);
        ui->guaranteeGrid->addWidget(label, row, 0);
        ui->guaranteeGrid->addWidget(km, row, 1);
        ui->guaranteeGrid->addWidget(days, row, 2);
        ui->guaranteeGrid->addWidget(legal, row, 3);
        m_guarantees << std::pair{km, days};
        ++row;
    }
    ui->guaranteeGrid->setColumnStretch(3, 1);
    // The days the workshop is closed, Monday to Sunday in the user's language.
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), ui->hoursTab);
        box->setObjectName(QStringLiteral("dayOff%1").arg(d));
        ui->daysOffLayout->addWidget(box);
        m_daysOff << box;
    }
    ui->daysOffLayout->addStretch();
    // The default rate is chosen among the rates as they stand in the table, also those just added.
    connect(ui->ratesTable, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            fillDefaultRates(ui->defaultRateCombo->currentData().toString());
    });
    load();
    ui->nameEdit->setFocus();
}

DealershipSettingsDialog::~DealershipSettingsDialog() = default;

QString DealershipSettingsDialog::message() const
{
    return ui->messageLabel->text();
}

void DealershipSettingsDialog::load()
{
    try {
        m_loaded = m_ctx.dealership.load();
        const QList<LaborRate> rates = m_ctx.dealership.laborRates(true);
        ui->nameEdit->setText(m_loaded.name);
        ui->addressEdit->setText(m_loaded.address);
        ui->phoneEdit->setText(m_loaded.phone);
        ui->taxEdit->setText(m_loaded.taxNumber);
        m_logo = m_loaded.logoPng;
        showLogo();
        ui->vatEdit->setText(money::formatBasisPoints(m_loaded.vatRateBp));
        ui->woEdit->setText(m_loaded.prefix(DocumentKind::WorkOrder));
        ui->stEdit->setText(m_loaded.prefix(DocumentKind::Settlement));
        ui->apEdit->setText(m_loaded.prefix(DocumentKind::Appointment));
        ui->hgEdit->setText(m_loaded.prefix(DocumentKind::Certificate));
        ui->tsEdit->setText(m_loaded.prefix(DocumentKind::Complaint));
        const QStringList categories = WorkOrderRules::repairCategories();
        for (int i = 0; i < m_guarantees.size(); ++i) {
            const Guarantee g = m_loaded.guaranteeFor(categories.at(i));
            m_guarantees[i].first->setValue(g.km);
            m_guarantees[i].second->setValue(g.days);
        }
        ui->termsEdit->setPlainText(m_loaded.handoverTerms);
        ui->autoLockSpin->setValue(m_loaded.autoLockMinutes);
        ui->greetingSpin->setValue(m_loaded.greetingLimitSeconds);
        ui->approvalSpin->setValue(m_loaded.approvalAlertMinutes);
        ui->advisorDiscountEdit->setText(money::formatBasisPoints(m_loaded.discountLimitAdvisorBp));
        ui->cashierDiscountEdit->setText(money::formatBasisPoints(m_loaded.discountLimitCashierBp));
        ui->intervalKmSpin->setValue(m_loaded.maintenanceIntervalKm);
        ui->intervalMonthsSpin->setValue(m_loaded.maintenanceIntervalMonths);
        m_filling = true;
        ui->ratesTable->setRowCount(0);
        for (const LaborRate &r : rates) {
            const int row = ui->ratesTable->rowCount();
            ui->ratesTable->insertRow(row);
            auto *code = new QTableWidgetItem(r.code);
            code->setData(IdRole, r.id);
            code->setData(VersionRole, r.version);
            ui->ratesTable->setItem(row, CodeCol, code);
            ui->ratesTable->setItem(row, NameCol, new QTableWidgetItem(r.name));
            auto *rate = new QTableWidgetItem(money::format(r.ratePerHour, false));
            rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            ui->ratesTable->setItem(row, RateCol, rate);
            auto *active = new QTableWidgetItem;
            active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            active->setCheckState(r.active ? Qt::Checked : Qt::Unchecked);
            ui->ratesTable->setItem(row, ActiveCol, active);
        }
        m_filling = false;
        for (int col : {CodeCol, RateCol, ActiveCol})
            ui->ratesTable->resizeColumnToContents(col);
        fillDefaultRates(m_loaded.defaultLaborRate);
        ui->opensEdit->setTime(m_loaded.workshopHours.opens);
        ui->closesEdit->setTime(m_loaded.workshopHours.closes);
        ui->graceSpin->setValue(m_loaded.noShowGraceMinutes);
        for (int d = 1; d <= 7; ++d)
            m_daysOff[d - 1]->setChecked(m_loaded.workshopHours.daysOff.contains(d));
        ui::clearMessage(ui->messageLabel);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    updateExample();
}

void DealershipSettingsDialog::fillDefaultRates(const QString &selected)
{
    const QSignalBlocker block(ui->defaultRateCombo);
    ui->defaultRateCombo->clear();
    ui->defaultRateCombo->addItem(tr("the first by code"), QString());
    for (const LaborRate &r : ratesOnScreen(nullptr))
        if (r.active && !r.code.isEmpty())
            ui->defaultRateCombo->addItem(QStringLiteral("%1 %2 ¥%3").arg(r.code, r.name, money::format(r.ratePerHour)), r.code);
    ui->defaultRateCombo->setCurrentIndex(qMax(0, ui->defaultRateCombo->findData(selected)));
}

void DealershipSettingsDialog::addRate()
{
    const int row = ui->ratesTable->rowCount();
    ui->ratesTable->insertRow(row);
    auto *code = new QTableWidgetItem;
    code->setData(IdRole, 0);
    code->setData(VersionRole, 0);
    ui->ratesTable->setItem(row, CodeCol, code);
    ui->ratesTable->setItem(row, NameCol, new QTableWidgetItem);
    auto *rate = new QTableWidgetItem;
    rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    ui->ratesTable->setItem(row, RateCol, rate);
    auto *active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    active->setCheckState(Qt::Checked);
    ui->ratesTable->setItem(row, ActiveCol, active);
    ui->tabs->setCurrentWidget(ui->pricesTab);
    ui->ratesTable->setCurrentCell(row, CodeCol);
    ui->ratesTable->setFocus();
    ui->ratesTable->editItem(code);
}

void DealershipSettingsDialog::showLogo()
{
    QPixmap p;
    if (!m_logo.isEmpty() && p.loadFromData(m_logo)) {
        ui->logoLabel->setPixmap(p.scaled(160, 80, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        ui->logoLabel->setPixmap(QPixmap());
        ui->logoLabel->setText(tr("No logo"));
    }
    ui->removeLogoButton->setEnabled(!m_logo.isEmpty());
}

void DealershipSettingsDialog::chooseLogo()
{
    const QString file = ui::FileDialogs::openFile(this, QStringLiteral("logo"), tr("Choose the logo"),
                                                   tr("Images (*.png *.jpg *.jpeg *.bmp)"), &m_ctx.db);
    if (file.isEmpty())
        return;
    QImageReader reader(file);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        ui::showMessage(ui->messageLabel, tr("%1 cannot be read as an image: %2").arg(file, reader.errorString()));
        return;
    }
    if (image.width() > 600 || image.height() > 300)
        image = image.scaled(600, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logo);
    m_logo.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showLogo();
    ui::clearMessage(ui->messageLabel);
}

void DealershipSettingsDialog::updateExample()
{
    const QDate today = QDate::currentDate();
    ui->exampleLabel->setText(tr("Examples: %1, %2, %3, %4, %5")
                                  .arg(DocumentNumbers::format(ui->woEdit->text().trimmed().toUpper(), today, 1),
                                       DocumentNumbers::format(ui->stEdit->text().trimmed().toUpper(), today, 1),
                                       DocumentNumbers::format(ui->apEdit->text().trimmed().toUpper(), today, 1),
                                       DocumentNumbers::format(ui->hgEdit->text().trimmed().toUpper(), today, 1),
                                       DocumentNumbers::format(ui->tsEdit->text().trimmed().toUpper(), today, 1)));
}

DealershipSettings DealershipSettingsDialog::settingsOnScreen(QStringList *problems) const
{
    DealershipSettings s = m_loaded;
    s.name = ui->nameEdit->text().trimmed();
    s.address = ui->addressEdit->text().trimmed();
    s.phone = ui->phoneEdit->text().trimmed();
    s.taxNumber = ui->taxEdit->text().trimmed().toUpper();
    s.logoPng = m_logo;
    const auto vat = money::parseBasisPoints(ui->vatEdit->text());
    if (vat)
        s.vatRateBp = *vat;
    else if (problems)
        *problems << tr("The VAT rate \"%1\" is not a percentage between 0 and 100, e.g. 13.").arg(ui->vatEdit->text());
    s.prefixes[DocumentKind::WorkOrder] = ui->woEdit->text().trimmed().toUpper();
    s.prefixes[DocumentKind::Settlement] = ui->stEdit->text().trimmed().toUpper();
    s.prefixes[DocumentKind::Appointment] = ui->apEdit->text().trimmed().toUpper();
    s.prefixes[DocumentKind::Certificate] = ui->hgEdit->text().trimmed().toUpper();
    s.prefixes[DocumentKind::Complaint] = ui->tsEdit->text().trimmed().toUpper();
    // Only what goes beyond the legal minimum is stored: a later, higher minimum then applies by itself.
    s.guarantees.clear();
    const QStringList categories = WorkOrderRules::repairCategories();
    for (int i = 0; i < m_guarantees.size(); ++i) {
        const Guarantee g{m_guarantees[i].first->value(), m_guarantees[i].second->value()};
        if (g.km != WorkOrderRules::guaranteeKm(categories.at(i)) || g.days != WorkOrderRules::guaranteeDays(categories.at(i)))
            s.guarantees.insert(categories.at(i), g);
    }
    s.handoverTerms = ui->termsEdit->toPlainText().trimmed();
    s.autoLockMinutes = ui->autoLockSpin->value();
    s.greetingLimitSeconds = ui->greetingSpin->value();
    s.approvalAlertMinutes = ui->approvalSpin->value();
    for (auto [edit, target] : {std::pair{ui->advisorDiscountEdit, &s.discountLimitAdvisorBp},
                                std::pair{ui->cashierDiscountEdit, &s.discountLimitCashierBp}}) {
        const auto bp = money::parseBasisPoints(edit->text());
        if (bp)
            *target = *bp;
        else if (problems)
            *problems << tr("The discount limit \"%1\" is not a percentage between 0 and 100, e.g. 5.").arg(edit->text());
    }
    s.maintenanceIntervalKm = ui->intervalKmSpin->value();
    s.maintenanceIntervalMonths = ui->intervalMonthsSpin->value();
    s.workshopHours.opens = ui->opensEdit->time();
    s.workshopHours.closes = ui->closesEdit->time();
    s.workshopHours.daysOff.clear();
    for (int d = 1; d <= 7; ++d)
        if (m_daysOff[d - 1]->isChecked())
            s.workshopHours.daysOff << d;
    s.defaultLaborRate = ui->defaultRateCombo->currentData().toString();
    s.noShowGraceMinutes = ui->graceSpin->value();
    return s;
}

QList<LaborRate> DealershipSettingsDialog::ratesOnScreen(QStringList *problems) const
{
    QList<LaborRate> rates;
    for (int row = 0; row < ui->ratesTable->rowCount(); ++row) {
        auto text = [&](int col) {
            const QTableWidgetItem *item = ui->ratesTable->item(row, col);
            return item ? item->text().trimmed() : QString();
        };
        if (!ui->ratesTable->item(row, CodeCol) || !ui->ratesTable->item(row, ActiveCol))
            continue; // a row being added
        LaborRate r;
        r.id = ui->ratesTable->item(row, CodeCol)->data(IdRole).toLongLong();
        r.version = ui->ratesTable->item(row, CodeCol)->data(VersionRole).toInt();
        r.code = text(CodeCol).toUpper();
        r.name = text(NameCol);
        r.active = ui->ratesTable->item(row, ActiveCol)->checkState() == Qt::Checked;
        if (r.id == 0 && r.code.isEmpty() && r.name.isEmpty() && text(RateCol).isEmpty())
            continue; // an added row left empty
        const auto fen = money::parse(text(RateCol));
        if (!fen && problems)
            *problems << tr("Labor rate %1: \"%2\" is not an amount; enter e.g. 180.00.").arg(r.code, text(RateCol));
        r.ratePerHour = fen.value_or(0);
        if (fen && problems) {
            const Validation v = DealershipRules::validate(r);
            *problems << v.errors;
        }
        rates << r;
    }
    return rates;
}

void DealershipSettingsDialog::accept()
{
    QStringList problems;
    const DealershipSettings s = settingsOnScreen(&problems);
    const QList<LaborRate> rates = ratesOnScreen(&problems);
    const Validation v = DealershipRules::validate(s);
    problems << v.errors;
    if (!problems.isEmpty()) {
        ui::showMessage(ui->messageLabel, problems.join(QLatin1Char('\n')));
        return;
    }
    if (!v.warnings.isEmpty()
        && QMessageBox::question(this, tr("Save anyway?"), v.warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                                               + tr("Save these settings anyway?"))
               != QMessageBox::Yes)
        return;
    try {
        Commands commands = m_ctx.commands();
        m_ctx.dealership.saveAll(commands, s, rates);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
