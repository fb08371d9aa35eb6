#include "vehiclediagram.h"

#include <QPainter>
#include <QPainterPath>

namespace dd {

VehicleDiagram::VehicleDiagram() : m_svg(QStringLiteral(":/diagram/vehicle.svg")) {}

QSizeF VehicleDiagram::naturalSize() const
{
    return m_svg.viewBoxF().size();
}

QRectF VehicleDiagram::fitted(const QRectF &target) const
{
    QSizeF s = naturalSize();
    s.scale(target.size(), Qt::KeepAspectRatio);
    return QRectF(target.center() - QPointF(s.width() / 2, s.height() / 2), s);
}

QRectF VehicleDiagram::viewRect(const QString &view, const QRectF &target) const
{
    const QRectF box = m_svg.boundsOnElement(QStringLiteral("area-") + view);
    const QRectF f = fitted(target);
    const qreal k = f.width() / naturalSize().width();
    return QRectF(f.left() + box.left() * k, f.top() + box.top() * k, box.width() * k, box.height() * k);
}

QPointF VehicleDiagram::markPoint(const DamageMark &mark, const QRectF &target) const
{
    const QRectF r = viewRect(mark.view, target);
    return QPointF(r.left() + r.width() * mark.x / 1000.0, r.top() + r.height() * mark.y / 1000.0);
}

std::optional<VehicleDiagram::Spot> VehicleDiagram::spotAt(const QPointF &point, const QRectF &target) const
{
    for (const QString &view : InspectionRules::views()) {
        const QRectF r = viewRect(view, target);
        if (r.contains(point))
            return Spot{view, qBound(0, int((point.x() - r.left()) * 1000 / r.width()), 1000),
                        qBound(0, int((point.y() - r.top()) * 1000 / r.height()), 1000)};
    }
    return std::nullopt;
}

qreal VehicleDiagram::markRadius(const QRectF &target, bool paper)
{
    return qBound(6.0, target.width() / (paper ? 58.0 : 90.0), 60.0);
}

int VehicleDiagram::markAt(const QList<DamageMark> &marks, const QPointF &point, const QRectF &target) const
{
    const qreal r = markRadius(fitted(target)) * 1.3;
    for (int i = int(marks.size()) - 1; i >= 0; --i) {
        const QPointF d = markPoint(marks[i], target) - point;
        if (d.x() * d.x() + d.y() * d.y() <= r * r)
            return i;
    }
    return -1;
}

void VehicleDiagram::paint(QPainter *painter, const QRectF &target, const QList<DamageMark> &marks, int selected, bool paper) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF f = fitted(target);
    m_svg.render(painter, f);

    QFont font = painter->font();
    const qreal r = markRadius(f, paper);
    const qreal labelHeight = qMax(14.0, f.width() / (paper ? 40 : 55)); // readable on a 1366x768 screen, and on paper
    font.setPixelSize(int(labelHeight * 0.8));
    painter->setFont(font);
    for (const QString &view : InspectionRules::views()) {
        const QRectF v = viewRect(view, target);
        painter->setPen(QColor(0x44, 0x44, 0x44));
        painter->drawText(QRectF(v.left(), v.bottom() - labelHeight, v.width(), labelHeight),
                          Qt::AlignHCenter | Qt::AlignBottom, InspectionRules::viewName(view));
    }
    font.setPixelSize(qMax(6, int(r * 1.1)));
    font.setBold(true);
    painter->setFont(font);
    for (int i = 0; i < marks.size(); ++i) {
        const DamageMark &m = marks[i];
        const QPointF c = markPoint(m, target);
        QColor fill, text, ring;
        if (m.isNew) {
            fill = QColor(0xc6, 0x28, 0x28);
            text = Qt::white;
            ring = fill.darker(130);
        } else if (m.status == QLatin1String("repaired")) {
            fill = Qt::white;
            text = QColor(0x88, 0x88, 0x88);
            ring = text;
        } else {
            fill = Qt::white;
            text = QColor(0x15, 0x65, 0xc0);
            ring = text;
        }
        QPen pen(ring, qMax(1.0, r / 5));
        if (!m.isNew && m.status == QLatin1String("repaired"))
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawEllipse(c, r, r);
        painter->setPen(text);
        painter->drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(m.number));
        if (i == selected) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(QColor(0xff, 0x8f, 0x00), qMax(1.5, r / 3)));
            painter->drawEllipse(c, r * 1.5, r * 1.5);
        }
    }
    painter->restore();
}

QImage VehicleDiagram::image(const QSize &size, const QList<DamageMark> &marks, const QFont &font, bool paper) const
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setFont(font);
    paint(&p, QRectF(QPointF(0, 0), QSizeF(size)), marks, -1, paper);
    p.end();
    return img;
}

} // namespace dd
