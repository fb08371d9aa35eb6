#include "signaturedialog.h"

#include <QPushButton>

#include "signaturepad.h"
#include "ui_signaturedialog.h"
#include "uihelpers.h"

namespace dd {

SignatureDialog::SignatureDialog(const QString &document, const QString &signer, Submit submit, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SignatureDialog>()), m_submit(std::move(submit))
{
    ui->setupUi(this);
    ui->documentLabel->setText(
        tr("<b>%1</b><br>The customer has read it on screen and signs below. The document is kept exactly as "
           "shown, with the signature, the time and this station.")
            .arg(document.toHtmlEscaped()));
    ui->signerEdit->setText(signer);
    QPushButton *sign = ui->buttons->button(QDialogButtonBox::Ok);
    sign->setText(tr("&Accept signature"));
    sign->setEnabled(false);
    connect(ui->clearButton, &QPushButton::clicked, ui->pad, [this] {
        ui->pad->clear();
        ui->pad->setFocus();
    });
    connect(ui->pad, &SignaturePad::changed, this, [this, sign] {
        sign->setEnabled(!ui->pad->isEmpty());
        ui::clearMessage(ui->messageLabel);
    });
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &SignatureDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &SignatureDialog::reject);
    ui->pad->setFocus();
}

SignatureDialog::~SignatureDialog() = default;

SignaturePad *SignatureDialog::pad() const
{
    return ui->pad;
}

void SignatureDialog::accept()
{
    const QString signer = ui->signerEdit->text().simplified();
    if (signer.isEmpty()) {
        ui::showMessage(ui->messageLabel, tr("Enter the name of the person signing."));
        ui->signerEdit->setFocus();
        return;
    }
    if (!ui->pad->looksSigned()) {
        ui::showMessage(ui->messageLabel, tr("That is too short for a signature. Ask the customer to sign across the "
                                             "line, or press Clear and sign again."));
        ui->pad->setFocus();
        return;
    }
    const QString problem = m_submit ? m_submit(Capture{signer, ui->pad->png(), ui->pad->device()}) : QString();
    if (!problem.isEmpty()) {
        ui::showMessage(ui->messageLabel, problem);
        return;
    }
    QDialog::accept();
}

} // namespace dd
