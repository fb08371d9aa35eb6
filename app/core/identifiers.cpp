#include "identifiers.h"

#include <QRegularExpression>

namespace dd {

QString toHalfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------- VIN

QString Vin::normalize(const QString &input)
{
    QString out;
    for (QChar c : toHalfWidth(input)) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out += c.toUpper();
    }
    return out;
}

static int vinValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    static const int letters[26] = {1, 2, 3, 4, 5, 6, 7, 8, -1, 1, 2, 3, 4, 5, -1, 7, -1, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return letters[c.unicode() - 'A'];
    return -1;
}

QChar Vin::expectedCheckDigit(const QString &vin)
{
    static const int weights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    if (vin.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (i == 8)
            continue;
        const int v = vinValue(vin.at(i));
        if (v < 0)
            return {};
        sum += v * weights[i];
    }
    const int r = sum % 11;
    return r == 10 ? QLatin1Char('X') : QChar(char16_t('0' + r));
}

bool Vin::checkDigitRequired(const QString &vin)
{
    if (vin.isEmpty())
        return false;
    const QChar c = vin.at(0);
    return c == QLatin1Char('L') || (c >= QLatin1Char('1') && c <= QLatin1Char('5'));
}

Validation Vin::validate(const QString &input)
{
    Validation v;
    const QString vin = normalize(input);
    if (vin.isEmpty()) {
        v.error(tr("The VIN is empty."));
        return v;
    }
    if (vin.size() != 17) {
        v.error(tr("A VIN has 17 characters; this one has %1.").arg(vin.size()));
        return v;
    }
    for (int i = 0; i < vin.size(); ++i) {
        const QChar c = vin.at(i);
        if (c == QLatin1Char('I') || c == QLatin1Char('O') || c == QLatin1Char('Q')) {
            v.error(tr("A VIN never contains the letter %1 (position %2); it is probably %3.")
                        .arg(c)
                        .arg(i + 1)
                        .arg(c == QLatin1Char('I') ? QStringLiteral("1") : QStringLiteral("0")));
            return v;
        }
        if (vinValue(c) < 0) {
            v.error(tr("A VIN holds only letters and digits; position %1 is \"%2\".").arg(i + 1).arg(c));
            return v;
        }
    }
    const QChar expected = expectedCheckDigit(vin);
    if (vin.at(8) != expected) {
        const QString message = tr("VIN check digit should be %1 (position 9 is %2).").arg(expected).arg(vin.at(8));
        if (checkDigitRequired(vin))
            v.error(message + QLatin1Char(' ') + tr("Please check the VIN against the vehicle licence."));
        else
            v.warning(message + QLatin1Char(' ') +
                      tr("Many European VINs carry no check digit; accept it if it matches the vehicle licence."));
    }
    return v;
}

// -------------------------------------------------------------------------------------------------- Plate

QString Plate::normalize(const QString &input)
{
    QString out;
    for (QChar c : toHalfWidth(input)) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QChar(0x00B7) || c == QChar(0x2022) ||
            c == QChar(0x30FB) || c == QChar(0x2027) || c == QLatin1Char('-'))
            continue;
        out += c.toUpper();
    }
    return out;
}

QString Plate::provinces()
{
    return QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
}

static bool isPlateLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z') && c != QLatin1Char('I') && c != QLatin1Char('O');
}
static bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
static bool isSerialChar(QChar c) { return isPlateLetter(c) || isDigit(c); }
static const QString kEndings = QStringLiteral("挂学警港澳试超");

Plate::Kind Plate::kind(const QString &p)
{
    return validate(p).ok() ? (p.size() == 7 ? Kind::Ordinary
                                             : (isDigit(p.at(2)) ? Kind::NewEnergyLarge : Kind::NewEnergySmall))
                            : Kind::Invalid;
}

Validation Plate::validate(const QString &input)
{
    Validation v;
    const QString p = normalize(input);
    if (p.isEmpty()) {
        v.error(tr("The plate is empty."));
        return v;
    }
    if (!provinces().contains(p.at(0))) {
        v.error(tr("A plate starts with a province abbreviation such as 沪 or 京; \"%1\" is not one.").arg(p.at(0)));
        return v;
    }
    if (p.size() < 2 || p.at(1) < QLatin1Char('A') || p.at(1) > QLatin1Char('Z')) {
        v.error(tr("The second character of a plate is the issuing office's letter (A–Z)."));
        return v;
    }
    if (p.size() != 7 && p.size() != 8) {
        v.error(tr("A plate has 7 characters (8 for new-energy vehicles); %1 has %2.").arg(p, QString::number(p.size())));
        return v;
    }
    const QString serial = p.mid(2);
    const auto badLetter = [&](int from, int to) -> bool {
        for (int i = from; i < to; ++i) {
            const QChar c = serial.at(i);
            if (c == QLatin1Char('I') || c == QLatin1Char('O')) {
                v.error(tr("Plates never use the letter %1 (character %2); it is probably %3.")
                            .arg(c)
                            .arg(i + 3)
                            .arg(c == QLatin1Char('I') ? QStringLiteral("1") : QStringLiteral("0")));
                return true;
            }
        }
        return false;
    };
    if (p.size() == 7) {
        if (badLetter(0, 5))
            return v;
        for (int i = 0; i < 4; ++i) {
            if (!isSerialChar(serial.at(i))) {
                v.error(tr("Character %1 of the plate (\"%2\") must be a letter or a digit.").arg(i + 3).arg(serial.at(i)));
                return v;
            }
        }
        const QChar last = serial.at(4);
        if (!isSerialChar(last) && !kEndings.contains(last)) {
            v.error(tr("A plate ends with a letter, a digit or one of 挂学警港澳试超; \"%1\" is none of them.").arg(last));
            return v;
        }
        if ((last == QChar(0x6E2F) || last == QChar(0x6FB3)) && !p.startsWith(QStringLiteral("粤Z")))
            v.error(tr("港 and 澳 plates are issued only as 粤Z."));
        return v;
    }
    // 8 characters: new-energy.
    if (badLetter(0, 6))
        return v;
    if (isDigit(serial.at(0))) { // large vehicles: 5 digits then D or F
        for (int i = 0; i < 5; ++i) {
            if (!isDigit(serial.at(i))) {
                v.error(tr("A new-energy plate for large vehicles has 5 digits then D or F."));
                return v;
            }
        }
        if (serial.at(5) != QLatin1Char('D') && serial.at(5) != QLatin1Char('F'))
            v.error(tr("A new-energy plate for large vehicles ends with D or F; this one ends with \"%1\".").arg(serial.at(5)));
        return v;
    }
    // small vehicles: D/F (or newer A–K without I), then a letter or digit, then 4 digits.
    const QChar energy = serial.at(0);
    if (energy < QLatin1Char('A') || energy > QLatin1Char('K')) {
        v.error(tr("A new-energy plate has D or F (or another letter A–K) after the office letter; \"%1\" is not one.")
                    .arg(energy));
        return v;
    }
    if (!isSerialChar(serial.at(1))) {
        v.error(tr("Character 4 of the plate (\"%1\") must be a letter or a digit.").arg(serial.at(1)));
        return v;
    }
    for (int i = 2; i < 6; ++i) {
        if (!isDigit(serial.at(i))) {
            v.error(tr("The last 4 characters of a new-energy plate are digits; character %1 is \"%2\".")
                        .arg(i + 3)
                        .arg(serial.at(i)));
            return v;
        }
    }
    return v;
}

// -------------------------------------------------------------------------------------------------- Phone

Phone::Parsed Phone::parse(const QString &input)
{
    QString s;
    bool plus = false;
    for (QChar c : toHalfWidth(input).trimmed()) {
        if (c.isDigit() && c.unicode() < 128)
            s += c;
        else if (c == QLatin1Char('+') && s.isEmpty())
            plus = true;
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        else
            return {};
    }
    static const QRegularExpression mobileRe(QStringLiteral("^1[3-9][0-9]{9}$"));
    QString m = s;
    if (plus) {
        if (!m.startsWith(QStringLiteral("86")))
            return {};
        m = m.mid(2);
    } else if (m.startsWith(QStringLiteral("0086")) && m.size() == 15) {
        m = m.mid(4);
    } else if (m.startsWith(QStringLiteral("86")) && m.size() == 13) {
        m = m.mid(2);
    } else if (m.startsWith(QStringLiteral("01")) && m.size() == 12) {
        m = m.mid(1);
    }
    if (mobileRe.match(m).hasMatch())
        return {Kind::Mobile, m};
    if (plus)
        m = QLatin1Char('0') + m; // +86 21 5858 6688
    // Landlines: 010 / 02x area codes + 8 digits, 0xxx + 7 or 8 digits; 400 and 800 service numbers.
    static const QRegularExpression landRe(
        QStringLiteral("^(0(10|2[0-9])[0-9]{8}|0[3-9][0-9]{2}[0-9]{7,8}|[48]00[0-9]{7})$"));
    if (landRe.match(m).hasMatch())
        return {Kind::Landline, m};
    return {};
}

Validation Phone::validate(const QString &input)
{
    Validation v;
    const Parsed p = parse(input);
    if (p.kind != Kind::Invalid)
        return v;
    QString digits;
    for (QChar c : toHalfWidth(input))
        if (c.isDigit())
            digits += c;
    if (digits.size() >= 7 && digits.size() <= 8 && !digits.startsWith(QLatin1Char('0')))
        v.error(tr("The landline %1 needs its area code, e.g. 021-%1.").arg(input.trimmed()));
    else if (digits.startsWith(QLatin1Char('1')) && digits.size() != 11)
        v.error(tr("A mobile number has 11 digits; \"%1\" has %2.")
                    .arg(input.trimmed(), QString::number(digits.size())));
    else
        v.error(tr("\"%1\" is not a mainland mobile (1xx xxxx xxxx) or a landline with its area code.")
                    .arg(input.trimmed()));
    return v;
}

Validation Phone::validateMobile(const QString &input)
{
    Validation v = validate(input);
    if (v.ok() && parse(input).kind != Kind::Mobile)
        v.error(tr("%1 is a landline; a mobile number (1xx xxxx xxxx) is needed here.").arg(input.trimmed()));
    return v;
}

QString Phone::masked(const QString &number)
{
    if (number.size() == 11 && number.startsWith(QLatin1Char('1')))
        return number.left(3) + QStringLiteral("****") + number.right(4);
    if (number.size() > 6)
        return number.left(number.size() - 8 > 0 ? number.size() - 8 : 3) + QStringLiteral("****") + number.right(4);
    return number;
}

QString Phone::display(const QString &number)
{
    if (number.size() == 11 && number.startsWith(QLatin1Char('1')))
        return number.left(3) + QLatin1Char(' ') + number.mid(3, 4) + QLatin1Char(' ') + number.mid(7);
    if (number.startsWith(QStringLiteral("010")) || number.startsWith(QStringLiteral("02")))
        return number.left(3) + QLatin1Char('-') + number.mid(3);
    if (number.startsWith(QLatin1Char('0')))
        return number.left(4) + QLatin1Char('-') + number.mid(4);
    return number;
}

QString IdNumber::masked(const QString &number)
{
    const QString n = number.trimmed();
    if (n.size() <= 8)
        return n.isEmpty() ? n : QString(n.size(), QLatin1Char('*'));
    return n.left(4) + QString(n.size() - 8, QLatin1Char('*')) + n.right(4);
}

} // namespace dd
