#include "damagemarkdialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

#include "ui_damagemarkdialog.h"
#include "uihelpers.h"

namespace dd {

namespace {
QIcon thumbnail(const QByteArray &jpeg)
{
    QImage img = QImage::fromData(jpeg);
    if (img.isNull())
        return {};
    return QIcon(QPixmap::fromImage(img.scaled(240, 180, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}
} // namespace

DamageMarkDialog::DamageMarkDialog(const DamageMark &mark, const QList<QByteArray> &savedPhotos, bool editable,
                                   QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DamageMarkDialog>()), m_mark(mark), m_saved(savedPhotos),
      m_editable(editable)
{
    ui->setupUi(this);
    for (const QString &v : InspectionRules::views())
        ui->viewCombo->addItem(InspectionRules::viewName(v), v);
    for (const QString &k : InspectionRules::damageKinds())
        ui->kindCombo->addItem(InspectionRules::damageKindName(k), k);
    ui->viewCombo->setCurrentIndex(qMax(0, ui->viewCombo->findData(mark.view)));
    ui->kindCombo->setCurrentIndex(qMax(0, ui->kindCombo->findData(mark.kind)));
    ui->noteEdit->setText(mark.note);

    if (mark.isNew) {
        setWindowTitle(mark.number ? tr("Damage mark %1 (new this visit)").arg(mark.number) : tr("New damage mark"));
        ui->foundValue->setText(tr("New this visit"));
        ui->statusLabel->hide();
        ui->presentRadio->hide();
        ui->repairedRadio->hide();
    } else {
        setWindowTitle(tr("Damage mark %1 (from an earlier visit)").arg(mark.number));
        ui->foundValue->setText(
            tr("At visit %1 on %2").arg(mark.foundIn, QLocale().toString(mark.foundAt.toLocalTime().date(), QLocale::ShortFormat)));
        // What an earlier visit found stays as it was found; this visit says whether it is still there.
        ui->viewCombo->setEnabled(false);
        ui->kindCombo->setEnabled(false);
        ui->noteEdit->setReadOnly(true);
        ui->presentRadio->setChecked(mark.status == QLatin1String("present"));
        ui->repairedRadio->setChecked(mark.status == QLatin1String("repaired"));
    }
    if (!editable) {
        ui->viewCombo->setEnabled(false);
        ui->kindCombo->setEnabled(false);
        ui->noteEdit->setReadOnly(true);
        ui->presentRadio->setEnabled(false);
        ui->repairedRadio->setEnabled(false);
        ui->addPhotoButton->hide();
        ui->removePhotoButton->hide();
        ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    }

    connect(ui->buttons, &QDialogButtonBox::accepted, this, &DamageMarkDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &DamageMarkDialog::reject);
    connect(ui->addPhotoButton, &QPushButton::clicked, this, [this] {
        const QStringList files = ui::choosePhotos(this, tr("Add photos of the damage"));
        if (!files.isEmpty())
            addPhotos(files);
    });
    connect(ui->removePhotoButton, &QPushButton::clicked, this, [this] {
        const int row = ui->photoList->currentRow() - int(m_saved.size());
        if (row >= 0 && row < m_mark.newPhotos.size()) {
            m_mark.newPhotos.removeAt(row);
            showPhotos();
        }
    });
    connect(ui->photoList, &QListWidget::currentRowChanged, this, [this](int row) {
        ui->removePhotoButton->setEnabled(row >= m_saved.size());
    });
    showPhotos();
    if (!mark.isNew && editable)
        ui->presentRadio->setFocus();
    else if (ui->viewCombo->isEnabled())
        ui->viewCombo->setFocus();
    else
        ui->kindCombo->setFocus();
}

DamageMarkDialog::~DamageMarkDialog() = default;

void DamageMarkDialog::showPhotos()
{
    ui->photoList->clear();
    for (const QByteArray &p : m_saved)
        ui->photoList->addItem(new QListWidgetItem(thumbnail(p), tr("saved")));
    for (const QByteArray &p : m_mark.newPhotos)
        ui->photoList->addItem(new QListWidgetItem(thumbnail(p), tr("new")));
    ui->removePhotoButton->setEnabled(false);
    ui->addPhotoButton->setEnabled(m_saved.size() + m_mark.newPhotos.size() < maxPhotos);
}

bool DamageMarkDialog::addPhotos(const QStringList &files)
{
    QStringList unreadable;
    for (const QString &file : files) {
        if (m_saved.size() + m_mark.newPhotos.size() >= maxPhotos) {
            ui::showMessage(ui->messageLabel, tr("A mark keeps at most %1 photos.").arg(maxPhotos));
            showPhotos();
            return false;
        }
        const QByteArray jpeg = ui::photoFromFile(file);
        if (jpeg.isEmpty())
            unreadable << QFileInfo(file).fileName();
        else
            m_mark.newPhotos << jpeg;
    }
    showPhotos();
    if (!unreadable.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("Not a picture this computer can read: %1. Take the photo again or "
                                             "save it as JPEG or PNG.")
                                              .arg(unreadable.join(QStringLiteral(", "))));
        return false;
    }
    ui::clearMessage(ui->messageLabel);
    return true;
}

void DamageMarkDialog::accept()
{
    if (!m_editable)
        return QDialog::reject();
    m_mark.view = ui->viewCombo->currentData().toString();
    m_mark.kind = ui->kindCombo->currentData().toString();
    m_mark.note = ui->noteEdit->text().trimmed();
    if (!m_mark.isNew)
        m_mark.status = ui->repairedRadio->isChecked() ? QStringLiteral("repaired")
                        : ui->presentRadio->isChecked() ? QStringLiteral("present")
                                                        : QString();
    QDialog::accept();
}

} // namespace dd
