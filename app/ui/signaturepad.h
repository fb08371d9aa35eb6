#pragma once
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace dd {

// Where the customer signs at the counter: a signature pad or tablet pen, a touchscreen, or the mouse.
// Strokes are kept as points and painted as ink; image() gives the signature cropped to its ink, dark on
// transparent, as it goes onto the document. Delete or Backspace clears it, like the Clear button.
class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    // Enough ink to be a signature rather than a tap or a slip: some length of stroke over some width.
    bool looksSigned() const;
    int strokeCount() const { return int(m_strokes.size()); }
    int pointCount() const;
    // How it was given: "pen" (a pad or tablet pen), "touch" or "mouse"; the last stroke's device.
    QString device() const { return m_device; }
    // The ink cropped with a small margin, scaled to `height` pixels (never enlarged past 2×).
    QImage image(int height = 120) const;
    QByteArray png(int height = 120) const;

    QSize sizeHint() const override { return {640, 220}; }
    QSize minimumSizeHint() const override { return {360, 140}; }

public slots:
    void clear();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void begin(const QPointF &at, const QString &device);
    void extend(const QPointF &at);
    void end();
    QRectF inkBounds() const;

    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
    QString m_device;
};

} // namespace dd
