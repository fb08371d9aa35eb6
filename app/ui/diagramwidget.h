#pragma once
#include <QWidget>

#include "core/inspection.h"
#include "printing/vehiclediagram.h"

namespace dd {

// The vehicle diagram on screen: the five views with the damage marks. A click on the car asks for a new
// mark there; a mark placed in this inspection can be dragged, or moved with the arrow keys (Shift: larger
// steps); Delete asks to remove it; Enter or a double click opens it. Earlier visits' marks stay where
// they were found. The page owns the marks; the widget shows a copy and reports what the user did.
class DiagramWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DiagramWidget(QWidget *parent = nullptr);

    void setMarks(const QList<DamageMark> &marks);
    const QList<DamageMark> &marks() const { return m_marks; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    int selected() const { return m_selected; }
    void setSelected(int index);

    // Where a position of a view is on the screen (for tests and for pointing at a mark).
    QPoint pointOf(const QString &view, int x, int y) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void placeRequested(const QString &view, int x, int y);
    void selectionChanged(int index);
    void markMoved(int index, int x, int y);
    void removeRequested(int index);
    void markActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF target() const;
    bool movable(int index) const;
    void moveSelectedBy(int dx, int dy);

    VehicleDiagram m_diagram;
    QList<DamageMark> m_marks;
    bool m_editable = true;
    int m_selected = -1;
    int m_dragging = -1;
    bool m_dragMoved = false;
    QPoint m_pressAt;
};

} // namespace dd
