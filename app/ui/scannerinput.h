#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace dd {

// A USB barcode scanner is a keyboard that types fast: a burst of characters ending with Enter. Watches the
// keys typed anywhere inside `scope` (whatever has the focus, no field needs clicking first) and reports a
// burst of at least `minLength` characters, each within `maxGapMs` of the one before, shaped like a document
// number (WO…, ST…), as a scan. What the
// burst typed into a text field is taken out of it again, and the Enter is not passed on.
class ScannerInput : public QObject
{
    Q_OBJECT
public:
    explicit ScannerInput(QWidget *scope, int minLength = 6, int maxGapMs = 60);
    ~ScannerInput() override;

signals:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_scope;
    int m_minLength;
    int m_maxGapMs;
    QString m_buffer;
    QElapsedTimer m_last;
};

} // namespace dd
