#include "daytimeline.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

#include "core/identifiers.h"

namespace dd {

namespace {
constexpr int Margin = 4;
constexpr int MinHourWidth = 64;

const QColor FreeFill(0xe6, 0xf4, 0xe6), FreeText(0x2e, 0x6b, 0x36);
const QColor ClosedFill(0xee, 0xee, 0xee);
const QColor BookedFill(0xdb, 0xe7, 0xf7), BookedEdge(0x4a, 0x78, 0xb5);
const QColor ConfirmedFill(0xb9, 0xd3, 0xf2);
const QColor ArrivedFill(0xcd, 0xe8, 0xd3), ArrivedEdge(0x1d, 0x6b, 0x2f);
const QColor LateFill(0xfd, 0xe3, 0xb8), LateEdge(0xb3, 0x5c, 0x00);
const QColor NoShowFill(0xf6, 0xc7, 0xc7), NoShowEdge(0xc6, 0x28, 0x28);
const QColor Clash(0xe0, 0x7b, 0x00);
const QColor NowLine(0xd3, 0x2f, 0x2f);

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
} // namespace

DayTimeline::DayTimeline(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Timeline of the day by advisor and bay"));
}

void DayTimeline::setDay(const QDate &day, const WorkshopHours &hours, const QList<ResourceLoad> &load,
                         const QList<Appointment> &appointments, const QList<qint64> &overbooked, int graceMinutes,
                         const QDateTime &now)
{
    m_day = day;
    m_hours = hours;
    m_overbooked = overbooked;
    m_grace = graceMinutes;
    m_now = now;
    m_lanes.clear();
    QList<Appointment> taking;
    for (const Appointment &a : appointments)
        if (AppointmentRules::takesTime(a))
            taking.append(a);
    std::sort(taking.begin(), taking.end(), [](const Appointment &x, const Appointment &y) {
        return x.startsAt != y.startsAt ? x.startsAt < y.startsAt : x.id < y.id;
    });

    // The hours shown: the workshop's, widened to whole hours around any booking outside them.
    QTime from = hours.opens, to = hours.closes;
    for (const Appointment &a : std::as_const(taking)) {
        const QDateTime s = a.startsAt.toLocalTime(), e = a.endsAt().toLocalTime();
        if (s.date() == day)
            from = qMin(from, s.time());
        to = e.date() > day ? QTime(23, 59) : qMax(to, e.time());
    }
    m_from = QTime(from.hour(), 0);
    m_to = to.minute() || to.second() ? (to.hour() >= 23 ? QTime(23, 59) : QTime(to.hour() + 1, 0)) : to;
    if (m_to <= m_from)
        m_to = m_from.addSecs(3600);

    const auto lane = [&](bool bay, qint64 id, const QString &name, const QList<QPair<QTime, QTime>> &free) {
        Lane l;
        l.bay = bay;
        l.id = id;
        l.name = name;
        l.free = free;
        for (const Appointment &a : std::as_const(taking))
            if ((bay ? a.bayId : a.advisorId) == id)
                l.blocks.append(Block{a, 0});
        // Stack overlapping bookings: each goes into the first row where it fits.
        QList<QDateTime> rowEnds;
        for (Block &b : l.blocks) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) > b.appointment.startsAt)
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(QDateTime());
            rowEnds[row] = b.appointment.endsAt();
            b.row = row;
        }
        l.rows = qMax(1, int(rowEnds.size()));
        m_lanes.append(l);
    };
    const auto unassigned = [&](bool bay) {
        return std::any_of(taking.begin(), taking.end(), [bay](const Appointment &a) { return (bay ? a.bayId : a.advisorId) == 0; });
    };
    for (const ResourceLoad &r : load)
        if (r.kind == ResourceLoad::Kind::Advisor)
            lane(false, r.id, r.name, AppointmentRules::freeSlots(r, day, hours));
    if (unassigned(false))
        lane(false, 0, tr("(any advisor)"), {});
    m_advisorLanes = int(m_lanes.size());
    for (const ResourceLoad &r : load)
        if (r.kind == ResourceLoad::Kind::Bay)
            lane(true, r.id, r.name, AppointmentRules::freeSlots(r, day, hours));
    if (unassigned(true))
        lane(true, 0, tr("(no bay yet)"), {});

    // The current booking stays current where it still is.
    if (m_current && (m_currentLane < 0 || m_currentLane >= laneCount() || !bookingsIn(m_currentLane).contains(m_current)))
        setCurrent(m_current);
    updateGeometry();
    update();
}

void DayTimeline::setCurrent(qint64 id)
{
    m_current = id;
    if (!(m_currentLane >= 0 && m_currentLane < laneCount() && bookingsIn(m_currentLane).contains(id))) {
        m_currentLane = -1;
        for (int i = 0; i < laneCount() && id; ++i)
            if (bookingsIn(i).contains(id)) {
                m_currentLane = i;
                break;
            }
    }
    update();
}

QString DayTimeline::laneName(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes.at(lane).name : QString();
}

bool DayTimeline::laneIsBay(int lane) const
{
    return lane >= 0 && lane < laneCount() && m_lanes.at(lane).bay;
}

QList<qint64> DayTimeline::bookingsIn(int lane) const
{
    QList<qint64> ids;
    if (lane >= 0 && lane < laneCount())
        for (const Block &b : m_lanes.at(lane).blocks)
            ids.append(b.appointment.id);
    return ids;
}

QList<QPair<QTime, QTime>> DayTimeline::freeIn(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes.at(lane).free : QList<QPair<QTime, QTime>>();
}

// ---- Geometry ----

int DayTimeline::captionHeight() const
{
    return fontMetrics().height() + 6;
}

int DayTimeline::timelineLeft() const
{
    int w = fontMetrics().horizontalAdvance(tr("Advisors")) + 16;
    for (const Lane &l : m_lanes)
        w = qMax(w, fontMetrics().horizontalAdvance(l.name) + 16);
    return qMin(w, qMax(120, width() / 4));
}

int DayTimeline::timelineRight() const
{
    return width() - Margin - 1;
}

int DayTimeline::laneHeight(int lane) const
{
    return m_lanes.at(lane).rows * (fontMetrics().height() + 10);
}

int DayTimeline::laneTop(int lane) const
{
    int y = captionHeight() + captionHeight(); // the hours, then "Advisors"
    for (int i = 0; i < lane; ++i)
        y += laneHeight(i);
    if (lane >= m_advisorLanes)
        y += captionHeight(); // "Bays"
    return y;
}

QRect DayTimeline::laneRect(int lane) const
{
    return QRect(timelineLeft(), laneTop(lane), timelineRight() - timelineLeft(), laneHeight(lane));
}

int DayTimeline::timeX(const QTime &t) const
{
    const int span = qMax(1, m_from.secsTo(m_to));
    const int secs = std::clamp(m_from.secsTo(t), 0, span);
    return timelineLeft() + int(qint64(timelineRight() - timelineLeft()) * secs / span);
}

int DayTimeline::timeX(const QDateTime &utc) const
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() < m_day)
        return timeX(m_from);
    if (local.date() > m_day)
        return timeX(m_to);
    return timeX(local.time());
}

QRect DayTimeline::blockRect(int lane, qint64 id) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    const int rowH = fontMetrics().height() + 10;
    for (const Block &b : m_lanes.at(lane).blocks)
        if (b.appointment.id == id) {
            const int x0 = timeX(b.appointment.startsAt), x1 = timeX(b.appointment.endsAt());
            return QRect(x0 + 1, laneTop(lane) + b.row * rowH + 2, qMax(4, x1 - x0 - 2), rowH - 4);
        }
    return {};
}

QRect DayTimeline::freeRect(int lane, int slot) const
{
    const auto free = freeIn(lane);
    if (slot < 0 || slot >= free.size())
        return {};
    const int x0 = timeX(free.at(slot).first), x1 = timeX(free.at(slot).second);
    return QRect(x0, laneTop(lane), x1 - x0, laneHeight(lane));
}

QSize DayTimeline::sizeHint() const
{
    const int lanes = laneCount() ? laneTop(laneCount() - 1) + laneHeight(laneCount() - 1) : 3 * captionHeight();
    const int hours = qMax(1, m_from.secsTo(m_to) / 3600);
    return {timelineLeft() + hours * (MinHourWidth + 16) + Margin, lanes + Margin};
}

QSize DayTimeline::minimumSizeHint() const
{
    const int hours = qMax(1, m_from.secsTo(m_to) / 3600);
    return {timelineLeft() + hours * MinHourWidth / 2 + Margin, sizeHint().height()};
}

// ---- Words ----

QString DayTimeline::blockText(const Appointment &a) const
{
    return hhmm(a.startsAt.toLocalTime().time()) + QLatin1Char(' ') + a.vehicleLabel.section(QLatin1Char(' '), 0, 0);
}

QString DayTimeline::blockTip(const Appointment &a) const
{
    QStringList lines;
    lines << QStringLiteral("%1  %2–%3").arg(a.number, hhmm(a.startsAt.toLocalTime().time()), hhmm(a.endsAt().toLocalTime().time()));
    lines << a.vehicleLabel + QStringLiteral(" · ") + a.customerName;
    lines << AppointmentRules::serviceTypeName(a.serviceType) + QStringLiteral(" · ") + AppointmentRules::stateName(a.state);
    lines << tr("Advisor: %1 · Bay: %2")
                 .arg(a.advisorName.isEmpty() ? tr("(any)") : a.advisorName, a.bayName.isEmpty() ? tr("(none yet)") : a.bayName);
    const Lateness late = AppointmentRules::lateness(a, m_now, m_grace);
    if (late.kind == Lateness::Kind::Late)
        lines << tr("late %1 min").arg(late.minutes);
    else if (late.kind == Lateness::Kind::NoShowDue)
        lines << tr("no-show: not here %1 min after the time").arg(late.minutes);
    if (m_overbooked.contains(a.id))
        lines << tr("Overbooked: overlaps another appointment of the same advisor or bay.");
    if (!a.concerns.isEmpty())
        lines << a.concerns;
    return lines.join(QLatin1Char('\n'));
}

QString DayTimeline::toolTipAt(const QPoint &pos) const
{
    const auto [lane, id] = blockAt(pos);
    if (lane >= 0)
        for (const Block &b : m_lanes.at(lane).blocks)
            if (b.appointment.id == id)
                return blockTip(b.appointment);
    for (int i = 0; i < laneCount(); ++i) {
        if (!laneRect(i).contains(pos))
            continue;
        for (int s = 0; s < m_lanes.at(i).free.size(); ++s)
            if (freeRect(i, s).contains(pos)) {
                const auto &[a, b] = m_lanes.at(i).free.at(s);
                return tr("%1 is free %2–%3").arg(m_lanes.at(i).name, hhmm(a), hhmm(b));
            }
        if (!m_hours.isWorkday(m_day))
            return tr("The workshop is closed on this day.");
    }
    return {};
}

// ---- Painting ----

void DayTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const int left = timelineLeft(), right = timelineRight();
    const int bottom = laneCount() ? laneTop(laneCount() - 1) + laneHeight(laneCount() - 1) : 2 * captionHeight();
    const QLocale locale;

    // The hours across the top, with a faint line down each.
    p.setPen(palette().color(QPalette::Mid));
    const int hours = qMax(1, m_from.secsTo(m_to) / 3600);
    const int every = (right - left) / hours >= fm.horizontalAdvance(QStringLiteral("00:00")) + 8 ? 1 : 2;
    for (int h = 0; h <= hours; ++h) {
        const QTime t = m_from.addSecs(h * 3600);
        const int x = timeX(h == hours ? m_to : t);
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(x, captionHeight(), x, bottom);
        if (h % every == 0 && h < hours) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(x + 2, 0, 80, captionHeight()), Qt::AlignLeft | Qt::AlignVCenter, hhmm(t));
        }
    }

    // The group captions and the lanes.
    QFont bold = font();
    bold.setBold(true);
    const auto caption = [&](int y, const QString &text) {
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(Margin, y, width(), captionHeight()), Qt::AlignLeft | Qt::AlignVCenter, text);
        p.setFont(font());
    };
    caption(captionHeight(), tr("Advisors"));
    if (m_advisorLanes < laneCount())
        caption(laneTop(m_advisorLanes) - captionHeight(), tr("Bays"));
    const bool workday = m_hours.isWorkday(m_day);
    for (int i = 0; i < laneCount(); ++i) {
        const Lane &lane = m_lanes.at(i);
        const QRect r = laneRect(i);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(Margin + 8, r.top(), left - Margin - 12, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lane.name, Qt::ElideRight, left - Margin - 12));
        // Outside the workshop's hours, or a day off: grey. The free times: green, labelled where they fit.
        p.fillRect(r, workday ? palette().base().color() : ClosedFill);
        if (workday) {
            p.fillRect(QRect(QPoint(left, r.top()), QPoint(timeX(m_hours.opens), r.bottom())), ClosedFill);
            p.fillRect(QRect(QPoint(timeX(m_hours.closes), r.top()), QPoint(right, r.bottom())), ClosedFill);
        }
        for (int s = 0; s < lane.free.size(); ++s) {
            const QRect f = freeRect(i, s).adjusted(0, 1, 0, -1);
            p.fillRect(f, FreeFill);
            const QString word = tr("free");
            if (f.width() > fm.horizontalAdvance(word) + 8) {
                p.setPen(FreeText);
                p.drawText(f, Qt::AlignCenter, word);
            }
        }
        p.setPen(QColor(0xcc, 0xcc, 0xcc));
        p.drawLine(left, r.bottom(), right, r.bottom());
        for (const Block &b : lane.blocks) {
            const Appointment &a = b.appointment;
            const Lateness late = AppointmentRules::lateness(a, m_now, m_grace);
            QColor fill = BookedFill, edge = BookedEdge;
            if (a.is(AppointmentState::Arrived))
                fill = ArrivedFill, edge = ArrivedEdge;
            else if (late.kind == Lateness::Kind::NoShowDue)
                fill = NoShowFill, edge = NoShowEdge;
            else if (late.kind == Lateness::Kind::Late)
                fill = LateFill, edge = LateEdge;
            else if (a.is(AppointmentState::Confirmed))
                fill = ConfirmedFill;
            if (m_overbooked.contains(a.id))
                edge = Clash;
            const QRect br = blockRect(i, a.id);
            const bool current = a.id == m_current && i == m_currentLane;
            p.setBrush(fill);
            p.setPen(QPen(current ? palette().color(QPalette::Highlight) : edge, current ? 3 : (m_overbooked.contains(a.id) ? 2 : 1)));
            p.drawRoundedRect(QRectF(br).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(br.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(blockText(a), Qt::ElideRight, qMax(0, br.width() - 6)));
        }
    }

    // Now, on today's timeline.
    if (m_now.isValid() && m_now.toLocalTime().date() == m_day) {
        const QTime t = m_now.toLocalTime().time();
        if (t >= m_from && t <= m_to) {
            const int x = timeX(t);
            p.setPen(QPen(NowLine, 2));
            p.drawLine(x, captionHeight(), x, bottom);
        }
    }
    if (laneCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(left, 2 * captionHeight(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   tr("No advisors or bays yet."));
    }
    if (hasFocus() && m_currentLane < 0 && laneCount()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

// ---- Mouse and keyboard ----

QPair<int, qint64> DayTimeline::blockAt(const QPoint &pos) const
{
    for (int i = 0; i < laneCount(); ++i)
        for (const Block &b : m_lanes.at(i).blocks)
            if (blockRect(i, b.appointment.id).contains(pos))
                return {i, b.appointment.id};
    return {-1, 0};
}

void DayTimeline::choose(int lane, qint64 id)
{
    if (!id)
        return;
    const bool changed = id != m_current;
    m_current = id;
    m_currentLane = lane;
    update();
    if (changed)
        emit currentChanged(id);
}

qint64 DayTimeline::nearestIn(int lane, const QDateTime &at) const
{
    qint64 best = 0;
    qint64 bestGap = std::numeric_limits<qint64>::max();
    for (const Block &b : m_lanes.at(lane).blocks) {
        const qint64 gap = qAbs(b.appointment.startsAt.secsTo(at));
        if (gap < bestGap)
            bestGap = gap, best = b.appointment.id;
    }
    return best;
}

void DayTimeline::mousePressEvent(QMouseEvent *event)
{
    const auto [lane, id] = blockAt(event->position().toPoint());
    if (lane >= 0)
        choose(lane, id);
    QWidget::mousePressEvent(event);
}

void DayTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const auto [lane, id] = blockAt(event->position().toPoint());
    if (lane >= 0) {
        choose(lane, id);
        emit activated(id);
    }
}

void DayTimeline::keyPressEvent(QKeyEvent *event)
{
    if (laneCount() == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    int lane = m_currentLane;
    if (lane < 0) { // nothing chosen yet: the first booking of the first lane that has one
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right || event->key() == Qt::Key_Up
            || event->key() == Qt::Key_Down || event->key() == Qt::Key_Home || event->key() == Qt::Key_End) {
            for (int i = 0; i < laneCount(); ++i)
                if (!m_lanes.at(i).blocks.isEmpty()) {
                    choose(i, m_lanes.at(i).blocks.first().appointment.id);
                    return;
                }
        }
        QWidget::keyPressEvent(event);
        return;
    }
    const QList<qint64> ids = bookingsIn(lane);
    const int at = int(ids.indexOf(m_current));
    QDateTime when;
    for (const Block &b : m_lanes.at(lane).blocks)
        if (b.appointment.id == m_current)
            when = b.appointment.startsAt;
    switch (event->key()) {
    case Qt::Key_Left:
        if (at > 0)
            choose(lane, ids.at(at - 1));
        return;
    case Qt::Key_Right:
        if (at >= 0 && at + 1 < ids.size())
            choose(lane, ids.at(at + 1));
        return;
    case Qt::Key_Home:
        if (!ids.isEmpty())
            choose(lane, ids.first());
        return;
    case Qt::Key_End:
        if (!ids.isEmpty())
            choose(lane, ids.last());
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        for (int l = lane + step; l >= 0 && l < laneCount(); l += step)
            if (const qint64 id = nearestIn(l, when)) {
                choose(l, id);
                break;
            }
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current)
            emit activated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool DayTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        updateGeometry();
    return QWidget::event(event);
}

} // namespace dd
