#include "money.h"

#include <QRegularExpression>

namespace dd::money {

namespace {
// Integer division rounding half away from zero.
qint64 divRound(qint64 numerator, qint64 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    const qint64 n = numerator < 0 ? -numerator : numerator;
    const qint64 d = denominator < 0 ? -denominator : denominator;
    const qint64 q = (n + d / 2) / d;
    return negative ? -q : q;
}
} // namespace

QString format(Fen fen, bool groupThousands)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString yuan = QString::number(abs / 100);
    if (groupThousands) {
        for (int i = yuan.size() - 3; i > 0; i -= 3)
            yuan.insert(i, QLatin1Char(','));
    }
    const QString cents = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + yuan + QLatin1Char('.') + cents;
}

std::optional<Fen> parse(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QChar(0xFF0C)); // full-width comma
    if (t.startsWith(QChar(0x00A5)) || t.startsWith(QChar(0xFFE5)))
        t.remove(0, 1);
    t = t.trimmed();
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{0,2}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 yuan = m.captured(2).toLongLong();
    QString frac = m.captured(3);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const qint64 fen = yuan * 100 + frac.toLongLong();
    return m.captured(1).isEmpty() ? fen : -fen;
}

QString yuan(Fen fen)
{
    return (fen < 0 ? QStringLiteral("-¥") : QStringLiteral("¥")) + format(fen < 0 ? -fen : fen);
}

Fen percentOf(Fen amount, int basisPoints)
{
    return divRound(amount * basisPoints, 10000);
}

Fen vatIncluded(Fen inclusiveAmount, int basisPoints)
{
    return divRound(inclusiveAmount * basisPoints, 10000 + basisPoints);
}

Fen laborAmount(Fen ratePerHour, int centiHours)
{
    return divRound(ratePerHour * centiHours, 100);
}

QString formatBasisPoints(int basisPoints)
{
    QString s = QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

std::optional<int> parseBasisPoints(const QString &percentText)
{
    QString t = percentText.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    const auto fen = parse(t); // same grammar: up to two decimals
    if (!fen || *fen < 0 || *fen > 10000)
        return std::nullopt;
    return int(*fen);
}

QString capital(Fen fen)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString places = QStringLiteral(" 拾佰仟"); // within a group of four digits
    if (fen == 0)
        return QStringLiteral("零元整");
    QString out;
    if (fen < 0) {
        out = QStringLiteral("负");
        fen = -fen;
    }
    const qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);
    if (yuan > 0) {
        // Groups of four digits from the top (units, 万, 亿, 万亿); a run of zeros between two digits, inside a
        // group or across groups, is written as one 零.
        QList<int> groupValues;
        for (qint64 y = yuan; y > 0; y /= 10000)
            groupValues.prepend(int(y % 10000));
        bool zeroPending = false;
        bool started = false;
        for (int g = 0; g < groupValues.size(); ++g) {
            const int level = int(groupValues.size()) - 1 - g;
            const int value = groupValues[g];
            for (int p = 3; p >= 0; --p) {
                int d = value;
                for (int k = 0; k < p; ++k)
                    d /= 10;
                d %= 10;
                if (d == 0) {
                    zeroPending = started;
                    continue;
                }
                if (zeroPending)
                    out += digits.at(0);
                zeroPending = false;
                out += digits.at(d);
                if (p > 0)
                    out += places.at(p);
                started = true;
            }
            if (value != 0 && level % 2 == 1)
                out += QStringLiteral("万");
            // 亿 closes its group, and the 万亿 group when the 亿 group itself is empty (壹万亿).
            if ((level == 2 && (value != 0 || (g > 0 && groupValues[g - 1] != 0))) || level == 4)
                out += QStringLiteral("亿");
        }
        out += QStringLiteral("元");
    }
    if (jiao == 0 && cents == 0)
        return out + QStringLiteral("整");
    if (jiao == 0) {
        if (yuan > 0)
            out += digits.at(0); // 325.04 → 叁佰贰拾伍元零肆分
    } else {
        out += digits.at(jiao) + QStringLiteral("角");
    }
    if (cents == 0)
        return out + QStringLiteral("整");
    return out + digits.at(cents) + QStringLiteral("分");
}

} // namespace dd::money
