#include "diagramwidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace dd {

DiagramWidget::DiagramWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void DiagramWidget::setMarks(const QList<DamageMark> &marks)
{
    m_marks = marks;
    if (m_selected >= m_marks.size())
        m_selected = -1;
    m_dragging = -1;
    update();
}

void DiagramWidget::setEditable(bool editable)
{
    m_editable = editable;
    setCursor(editable ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void DiagramWidget::setSelected(int index)
{
    if (index < -1 || index >= m_marks.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    emit selectionChanged(index);
}

QRectF DiagramWidget::target() const
{
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

QPoint DiagramWidget::pointOf(const QString &view, int x, int y) const
{
    DamageMark m;
    m.view = view;
    m.x = x;
    m.y = y;
    return m_diagram.markPoint(m, target()).toPoint();
}

QSize DiagramWidget::sizeHint() const
{
    return QSize(640, heightForWidth(640));
}

QSize DiagramWidget::minimumSizeHint() const
{
    return QSize(360, heightForWidth(360));
}

int DiagramWidget::heightForWidth(int width) const
{
    const QSizeF natural = m_diagram.naturalSize();
    return int(width * natural.height() / natural.width()) + 8;
}

bool DiagramWidget::movable(int index) const
{
    return m_editable && index >= 0 && index < m_marks.size() && m_marks[index].isNew;
}

void DiagramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setFont(font());
    m_diagram.paint(&p, target(), m_marks, m_selected);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = Qt::white;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void DiagramWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int hit = m_diagram.markAt(m_marks, event->position(), target());
    m_pressAt = event->position().toPoint();
    m_dragMoved = false;
    if (hit >= 0) {
        setSelected(hit);
        m_dragging = movable(hit) ? hit : -1;
        return;
    }
    setSelected(-1);
    if (!m_editable)
        return;
    if (const auto spot = m_diagram.spotAt(event->position(), target()))
        emit placeRequested(spot->view, spot->x, spot->y);
}

void DiagramWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging < 0) {
        if (m_editable)
            setCursor(m_diagram.markAt(m_marks, event->position(), target()) >= 0 ? Qt::PointingHandCursor : Qt::CrossCursor);
        return;
    }
    if (!m_dragMoved && (event->position().toPoint() - m_pressAt).manhattanLength() < 4)
        return;
    // A mark stays on the view it was placed on: it moves inside that view only.
    DamageMark &m = m_marks[m_dragging];
    const QRectF r = m_diagram.viewRect(m.view, target());
    m.x = qBound(0, int((event->position().x() - r.left()) * 1000 / r.width()), 1000);
    m.y = qBound(0, int((event->position().y() - r.top()) * 1000 / r.height()), 1000);
    m_dragMoved = true;
    update();
}

void DiagramWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging >= 0) {
        const int index = m_dragging;
        m_dragging = -1;
        if (m_dragMoved)
            emit markMoved(index, m_marks[index].x, m_marks[index].y);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void DiagramWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = m_diagram.markAt(m_marks, event->position(), target());
    if (hit >= 0)
        emit markActivated(hit);
}

void DiagramWidget::moveSelectedBy(int dx, int dy)
{
    DamageMark &m = m_marks[m_selected];
    m.x = qBound(0, m.x + dx, 1000);
    m.y = qBound(0, m.y + dy, 1000);
    update();
    emit markMoved(m_selected, m.x, m.y);
}

void DiagramWidget::keyPressEvent(QKeyEvent *event)
{
    const int step = event->modifiers() & Qt::ShiftModifier ? 50 : 10;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (movable(m_selected)) {
            const int dx = event->key() == Qt::Key_Left ? -step : event->key() == Qt::Key_Right ? step : 0;
            const int dy = event->key() == Qt::Key_Up ? -step : event->key() == Qt::Key_Down ? step : 0;
            moveSelectedBy(dx, dy);
            return;
        }
        break;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        // Steps through the marks, so the keyboard reaches each one.
        if (!m_marks.isEmpty()) {
            const int n = int(m_marks.size());
            const int next = event->key() == Qt::Key_PageDown ? (m_selected + 1) % n : (m_selected <= 0 ? n - 1 : m_selected - 1);
            setSelected(next);
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (movable(m_selected)) {
            emit removeRequested(m_selected);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0) {
            emit markActivated(m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dd
