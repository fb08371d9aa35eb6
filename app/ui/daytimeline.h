#pragma once
#include <QDate>
#include <QList>
#include <QRect>
#include <QTime>
#include <QWidget>

#include "core/appointment.h"
#include "core/dealership.h"

namespace dd {

// The appointment book's day as a timeline (预约时间轴): one lane per advisor, then one per bay, the workshop's
// hours across, each booking a block where it takes that advisor's or bay's time, the free times green, and
// the time now as a red line. Bookings without an advisor or a bay get a lane of their own, so every booking
// shows twice: with whom and where. Overlapping bookings stack inside their lane.
//
// The keyboard walks it: Left/Right go to the lane's previous or next booking, Up/Down to the booking nearest in
// time in the lane above or below, Home/End to the lane's first or last; Enter opens the booking. A click selects,
// a double click opens. The tooltip says what a block or a free time is.
class DayTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit DayTimeline(QWidget *parent = nullptr);

    // The day as read by the book: its load per advisor and bay (AppointmentRules::load), its bookings, those
    // overbooked, and the grace time after which a late booking is a no-show to record. `now` is UTC.
    void setDay(const QDate &day, const WorkshopHours &hours, const QList<ResourceLoad> &load,
                const QList<Appointment> &appointments, const QList<qint64> &overbooked, int graceMinutes,
                const QDateTime &now);
    // Shows `id` as the current booking, in the lane it was last chosen in, without signalling.
    void setCurrent(qint64 id);
    qint64 current() const { return m_current; }
    int currentLane() const { return m_currentLane; }

    // What is drawn, for the tests and the page.
    int laneCount() const { return int(m_lanes.size()); }
    QString laneName(int lane) const;
    bool laneIsBay(int lane) const;
    QList<qint64> bookingsIn(int lane) const;               // by start time
    QList<QPair<QTime, QTime>> freeIn(int lane) const;      // local times
    QRect blockRect(int lane, qint64 id) const;             // empty when not in that lane
    QRect freeRect(int lane, int slot) const;
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentChanged(qint64 id);
    void activated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Block {
        Appointment appointment;
        int row = 0; // stacked inside the lane when bookings overlap
    };
    struct Lane {
        bool bay = false;
        qint64 id = 0; // 0: no advisor / no bay yet
        QString name;
        QList<Block> blocks; // by start time
        QList<QPair<QTime, QTime>> free;
        int rows = 1;
    };
    int laneTop(int lane) const;
    int laneHeight(int lane) const;
    int timeX(const QTime &t) const;
    int timeX(const QDateTime &utc) const;
    int timelineLeft() const;
    int timelineRight() const;
    int captionHeight() const;
    QRect laneRect(int lane) const;
    QString blockText(const Appointment &a) const;
    QString blockTip(const Appointment &a) const;
    // The lane and booking under `pos`, or {-1, 0}.
    QPair<int, qint64> blockAt(const QPoint &pos) const;
    void choose(int lane, qint64 id);
    qint64 nearestIn(int lane, const QDateTime &at) const;

    QDate m_day;
    WorkshopHours m_hours;
    QTime m_from{8, 0}, m_to{18, 0}; // the hours shown, whole hours around the workshop's and the bookings'
    QList<Lane> m_lanes;
    int m_advisorLanes = 0;
    QList<qint64> m_overbooked;
    int m_grace = 30;
    QDateTime m_now;
    qint64 m_current = 0;
    int m_currentLane = -1;
};

} // namespace dd
