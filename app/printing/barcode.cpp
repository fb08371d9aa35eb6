#include "barcode.h"

#include <QPainter>
#include <zint.h>

namespace dd {

Barcode Barcode::code128(const QString &text)
{
    Barcode b;
    const QByteArray data = text.toUtf8();
    zint_symbol *symbol = ZBarcode_Create();
    if (!symbol) {
        b.m_error = QStringLiteral("zint: out of memory");
        return b;
    }
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0;
    symbol->whitespace_width = 10; // the quiet zone: ten modules each side
    symbol->height = 50;
    int rc = ZBarcode_Encode(symbol, reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()));
    if (rc < ZINT_ERROR)
        rc = ZBarcode_Buffer_Vector(symbol, 0);
    if (rc >= ZINT_ERROR || !symbol->vector) {
        b.m_error = QString::fromUtf8(symbol->errtxt);
        ZBarcode_Delete(symbol);
        return b;
    }
    const qreal scale = symbol->scale > 0 ? symbol->scale : 1.0;
    // zint's vector output is in X-dimension units times its scale.
    const qreal height = symbol->vector->height;
    for (zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next)
        if (r->colour == -1 || r->colour == 7)
            b.m_bars << QRectF(r->x / scale, r->y / height, r->width / scale, r->height / height);
    b.m_width = symbol->vector->width / scale;
    ZBarcode_Delete(symbol);
    return b;
}

void Barcode::paint(QPainter *painter, const QRectF &target) const
{
    if (!isValid())
        return;
    painter->save();
    painter->fillRect(target, Qt::white);
    const qreal sx = target.width() / m_width;
    for (const QRectF &bar : m_bars)
        painter->fillRect(QRectF(target.left() + bar.left() * sx, target.top() + bar.top() * target.height(),
                                 bar.width() * sx, bar.height() * target.height()),
                          Qt::black);
    painter->restore();
}

} // namespace dd
