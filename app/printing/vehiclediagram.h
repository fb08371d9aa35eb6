#pragma once
#include <QImage>
#include <QRectF>
#include <QSvgRenderer>
#include <optional>

#include "core/inspection.h"

class QPainter;

namespace dd {

// The car seen from the left, right, above, front and rear (resources/diagram/vehicle.svg), with damage
// marks on it. The inspection screen paints and hit-tests it; the intake sheet prints it.
class VehicleDiagram
{
public:
    VehicleDiagram();

    struct Spot {
        QString view;
        int x = 0; // thousandths of the view's width
        int y = 0;
    };

    QSizeF naturalSize() const;
    // The drawing's rectangle inside `target`, keeping its proportions, centred.
    QRectF fitted(const QRectF &target) const;
    QRectF viewRect(const QString &view, const QRectF &target) const;
    QPointF markPoint(const DamageMark &mark, const QRectF &target) const;
    // The view and position under `point`, if any.
    std::optional<Spot> spotAt(const QPointF &point, const QRectF &target) const;
    // The mark under `point` (its index in `marks`), if any.
    int markAt(const QList<DamageMark> &marks, const QPointF &point, const QRectF &target) const;

    // Draws the views, their names, and the marks: new ones solid red, earlier ones blue rings, those found
    // repaired grey. `selected` is outlined.
    // `paper`: larger marks and names, for a printed diagram read at arm's length.
    void paint(QPainter *painter, const QRectF &target, const QList<DamageMark> &marks, int selected = -1, bool paper = false) const;
    QImage image(const QSize &size, const QList<DamageMark> &marks, const QFont &font, bool paper = false) const;
    static qreal markRadius(const QRectF &target, bool paper = false);

private:
    mutable QSvgRenderer m_svg; // render() is not const
};

} // namespace dd
