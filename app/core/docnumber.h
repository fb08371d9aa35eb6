#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "codes.h"
#include "validation.h"

namespace dd {

// Kinds of numbered documents. Each has its own prefix (dealership settings) and its own daily sequence.
enum class DocumentKind { WorkOrder, Settlement, Appointment, Certificate, Complaint };

// How a customer's signature on screen was given (document_signatures.device).
enum class SignatureDevice { Pen, Touch, Mouse };
class SignatureCodes
{
public:
    static const CodeTable<SignatureDevice, 3> &devices();
};

class DocumentNumbers
{
    Q_DECLARE_TR_FUNCTIONS(dd::DocumentNumbers)
public:
    static QList<DocumentKind> all();
    static QString code(DocumentKind kind); // "work_order", ...
    static QString displayName(DocumentKind kind);
    static QString defaultPrefix(DocumentKind kind); // WO, ST, AP, HG (合格证), TS (投诉)
    // The sequence restarts every day; the period key is the business date, yyyyMMdd.
    static QString period(const QDate &businessDate);
    // WO + 20261122 + 0001. Four digits at least; more when a day passes 9999.
    static QString format(const QString &prefix, const QDate &businessDate, qint64 sequence);
    // Whether a text has the shape of a document number (a prefix, the date, the sequence), in any case: what a
    // barcode scanner types, told apart from a reference number typed fast.
    static bool looksLikeNumber(const QString &text);
    // A prefix is 1 to 6 capital letters or digits and starts with a letter.
    static Validation validatePrefix(const QString &prefix);
};

} // namespace dd
