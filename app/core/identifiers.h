#pragma once
#include <QCoreApplication>
#include <QString>

#include "validation.h"

namespace dd {

// Input as typed at the counter: full-width letters and digits (from a Chinese IME) made half-width.
QString toHalfWidth(const QString &text);

// Vehicle identification number (GB 16735 / ISO 3779), DOMAIN.md "Identifiers".
class Vin
{
    Q_DECLARE_TR_FUNCTIONS(dd::Vin)
public:
    // Upper case, half-width, without spaces or dashes.
    static QString normalize(const QString &input);
    // The check digit position 9 should hold ('0'..'9' or 'X'), or a null QChar when the VIN has characters
    // that have no value.
    static QChar expectedCheckDigit(const QString &normalizedVin);
    // Chinese-market (L…) and North-American (1…5) VINs must carry a correct check digit.
    static bool checkDigitRequired(const QString &normalizedVin);
    // Errors refuse the VIN; a wrong check digit on other VINs is a warning the advisor may accept.
    static Validation validate(const QString &input);
};

// Chinese number plates (GA 36-2018).
class Plate
{
    Q_DECLARE_TR_FUNCTIONS(dd::Plate)
public:
    enum class Kind { Invalid, Ordinary, NewEnergySmall, NewEnergyLarge };
    // Half-width, upper case, without spaces, dots or middle dots.
    static QString normalize(const QString &input);
    static QString provinces();
    static Kind kind(const QString &normalizedPlate);
    static Validation validate(const QString &input);
};

// Phone numbers: mainland mobiles (optional +86/86/0 prefix) and landlines with an area code.
class Phone
{
    Q_DECLARE_TR_FUNCTIONS(dd::Phone)
public:
    enum class Kind { Invalid, Mobile, Landline };
    struct Parsed {
        Kind kind = Kind::Invalid;
        QString number; // mobiles: 11 digits; landlines: digits with the area code, e.g. 02158586688
    };
    static Parsed parse(const QString &input);
    static Validation validate(const QString &input);
    static Validation validateMobile(const QString &input);
    // For paper and screens where the full number is not needed (PIPL): 138****5678.
    static QString masked(const QString &number);
    // For reading out: 138 1234 5678, 021-58586688.
    static QString display(const QString &number);
};

// Resident identity card and other ID numbers, masked on paper and screens where the full number is not
// needed (PIPL): the first four and the last four characters stay, the rest become '*'.
class IdNumber
{
public:
    static QString masked(const QString &number);
};

} // namespace dd
