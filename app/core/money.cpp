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

} // namespace dd::money
