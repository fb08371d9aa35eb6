#include "signaturepad.h"

#include <QBuffer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointingDevice>
#include <QTabletEvent>

namespace dd {

namespace {
const QColor kInk(0x10, 0x1f, 0x5c); // blue-black, like a ballpoint

QPainterPath strokePath(const QPolygonF &stroke)
{
    QPainterPath path;
    if (stroke.isEmpty())
        return path;
    path.moveTo(stroke.first());
    if (stroke.size() == 1) {
        path.lineTo(stroke.first() + QPointF(0.1, 0.1)); // a dot
        return path;
    }
    // Smooth through the midpoints, so a quick stroke does not look like a polyline.
    for (int i = 1; i + 1 < stroke.size(); ++i)
        path.quadTo(stroke[i], (stroke[i] + stroke[i + 1]) / 2);
    path.lineTo(stroke.last());
    return path;
}

QString deviceOf(const QInputDevice *device)
{
    if (!device)
        return QStringLiteral("mouse");
    switch (device->type()) {
    case QInputDevice::DeviceType::Stylus:
    case QInputDevice::DeviceType::Airbrush:
    case QInputDevice::DeviceType::Puck:
        return QStringLiteral("pen");
    case QInputDevice::DeviceType::TouchScreen:
        return QStringLiteral("touch");
    default:
        return QStringLiteral("mouse");
    }
}
} // namespace

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature"));
}

int SignaturePad::pointCount() const
{
    int n = 0;
    for (const QPolygonF &s : m_strokes)
        n += int(s.size());
    return n;
}

QRectF SignaturePad::inkBounds() const
{
    QRectF r;
    for (const QPolygonF &s : m_strokes)
        r = r.united(s.boundingRect().adjusted(-1, -1, 1, 1));
    return r;
}

bool SignaturePad::looksSigned() const
{
    qreal length = 0;
    for (const QPolygonF &s : m_strokes)
        for (int i = 1; i < s.size(); ++i)
            length += QLineF(s[i - 1], s[i]).length();
    const QRectF r = inkBounds();
    // A tap or a short slip is not a signature: ask for ink over a fair part of the pad.
    return length >= 120 && r.width() >= qMin(120.0, width() * 0.2);
}

QImage SignaturePad::image(int height) const
{
    const QRectF ink = inkBounds().adjusted(-6, -6, 6, 6);
    if (m_strokes.isEmpty() || ink.height() <= 0)
        return {};
    const qreal scale = qMin(2.0, height / ink.height());
    QImage out(qMax(1, qRound(ink.width() * scale)), qMax(1, qRound(ink.height() * scale)), QImage::Format_ARGB32);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    p.translate(-ink.topLeft());
    p.setPen(QPen(kInk, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &s : m_strokes)
        p.drawPath(strokePath(s));
    return out;
}

QByteArray SignaturePad::png(int height) const
{
    const QImage img = image(height);
    if (img.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    emit changed();
}

void SignaturePad::begin(const QPointF &at, const QString &device)
{
    m_device = device;
    m_strokes << QPolygonF{at};
    m_drawing = true;
    update();
}

void SignaturePad::extend(const QPointF &at)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    QPolygonF &s = m_strokes.last();
    if (QLineF(s.last(), at).length() < 0.8)
        return;
    s << at;
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xfc, 0xfc, 0xf7));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    // The line to sign on, with its cross, as on paper.
    const int baseline = height() * 3 / 4;
    p.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1, Qt::DashLine));
    p.drawLine(24, baseline, width() - 24, baseline);
    p.setPen(QColor(0x9a, 0x9a, 0x9a));
    p.drawText(QRect(8, baseline - 22, 20, 20), Qt::AlignCenter, QStringLiteral("×"));
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kInk, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &s : m_strokes)
        p.drawPath(strokePath(s));
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    begin(event->position(), deviceOf(event->device()));
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        extend(event->position());
        end();
    }
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position(), QStringLiteral("pen"));
        break;
    case QEvent::TabletMove:
        if (event->pressure() > 0)
            extend(event->position());
        break;
    case QEvent::TabletRelease:
        extend(event->position());
        end();
        break;
    default:
        return QWidget::tabletEvent(event);
    }
    event->accept(); // no mouse event synthesized on top
}

void SignaturePad::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dd
