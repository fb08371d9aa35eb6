#pragma once
#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class SignatureDialog;
}

namespace dd {

class SignaturePad;

// The customer signs a document on screen: the name of who signs, the pad, Clear. What happens with the
// signature is the caller's (`submit`): it returns an empty string when the signature is taken, or what went
// wrong, which the dialog shows while it stays open with the ink, so nothing given is lost to a passing error.
class SignatureDialog : public QDialog
{
    Q_OBJECT
public:
    struct Capture {
        QString signer;
        QByteArray png;
        QString device; // pen, touch, mouse
    };
    using Submit = std::function<QString(const Capture &)>;

    SignatureDialog(const QString &document, const QString &signer, Submit submit, QWidget *parent = nullptr);
    ~SignatureDialog() override;

    SignaturePad *pad() const;
    void accept() override;

private:
    std::unique_ptr<Ui::SignatureDialog> ui;
    Submit m_submit;
};

} // namespace dd
