#pragma once
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace dd {

// A Code 128 barcode made by libzint (the encoding is zint's; we only paint its bars), with the quiet
// zones a scanner needs on both sides.
class Barcode
{
public:
    static Barcode code128(const QString &text);

    bool isValid() const { return m_error.isEmpty() && !m_bars.isEmpty(); }
    QString error() const { return m_error; }
    // Width in modules (narrowest bar widths), quiet zones included.
    qreal modules() const { return m_width; }
    // Paints the bars, black on white, filling `target`.
    void paint(QPainter *painter, const QRectF &target) const;

private:
    QList<QRectF> m_bars; // in modules, y from 0 to 1
    qreal m_width = 0;
    QString m_error;
};

} // namespace dd
