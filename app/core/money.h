#pragma once
#include <QString>
#include <QtGlobal>
#include <optional>

namespace dd {

// Money is integer fen (1 yuan = 100 fen), never floating point.
using Fen = qint64;

namespace money {
// "1234567" fen -> "12,345.67"; negative amounts get a leading minus sign.
QString format(Fen fen, bool groupThousands = true);
// With the currency sign, as printed and shown: "¥1,234.50", "-¥0.60".
QString yuan(Fen fen);
// Parses "12", "12.5", "12.50", "1,234.56", "-3.2", "¥12.30" into fen. Refuses more than two decimals,
// empty input, and anything else that is not a plain amount.
std::optional<Fen> parse(const QString &text);
// Rate given in basis points (13 % = 1300). Half-up rounding to the fen, symmetric for negatives.
Fen percentOf(Fen amount, int basisPoints);
// VAT contained in a tax-inclusive amount: amount * r / (1 + r), rounded half-up to the fen.
Fen vatIncluded(Fen inclusiveAmount, int basisPoints);
// Hourly rate times hours given in hundredths of an hour (1.5 h = 150), rounded half-up.
Fen laborAmount(Fen ratePerHour, int centiHours);
// The amount in Chinese capital numerals (大写) as written on receipts and settlement statements, after the
// People's Bank rules for filling in amounts: 壹拾 for a leading ten, one 零 for a run of zeros inside the
// number, 零 before the fen when the jiao is zero, 整 after 元 or 角 when there are no fen. 1409.50 →
// 壹仟肆佰零玖元伍角整; 16409.02 → 壹万陆仟肆佰零玖元零贰分; 0 → 零元整; negative amounts start with 负.
QString capital(Fen fen);
// Percent in basis points as text: 1300 -> "13", 1250 -> "12.5".
QString formatBasisPoints(int basisPoints);
std::optional<int> parseBasisPoints(const QString &percentText);
} // namespace money

} // namespace dd
