#include "docnumber.h"

#include <QRegularExpression>

namespace dd {

QList<DocumentKind> DocumentNumbers::all()
{
    return {DocumentKind::WorkOrder, DocumentKind::Settlement, DocumentKind::Appointment, DocumentKind::Certificate,
            DocumentKind::Complaint};
}

QString DocumentNumbers::code(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WorkOrder: return QStringLiteral("work_order");
    case DocumentKind::Settlement: return QStringLiteral("settlement");
    case DocumentKind::Appointment: return QStringLiteral("appointment");
    case DocumentKind::Certificate: return QStringLiteral("certificate");
    case DocumentKind::Complaint: return QStringLiteral("complaint");
    }
    return {};
}

QString DocumentNumbers::displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WorkOrder: return tr("Work order");
    case DocumentKind::Settlement: return tr("Settlement");
    case DocumentKind::Appointment: return tr("Appointment");
    case DocumentKind::Certificate: return tr("Completion certificate");
    case DocumentKind::Complaint: return tr("Complaint");
    }
    return {};
}

QString DocumentNumbers::defaultPrefix(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WorkOrder: return QStringLiteral("WO");
    case DocumentKind::Settlement: return QStringLiteral("ST");
    case DocumentKind::Appointment: return QStringLiteral("AP");
    case DocumentKind::Certificate: return QStringLiteral("HG");
    case DocumentKind::Complaint: return QStringLiteral("TS");
    }
    return {};
}

QString DocumentNumbers::period(const QDate &businessDate)
{
    return businessDate.toString(QStringLiteral("yyyyMMdd"));
}

QString DocumentNumbers::format(const QString &prefix, const QDate &businessDate, qint64 sequence)
{
    return prefix + period(businessDate) + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

Validation DocumentNumbers::validatePrefix(const QString &prefix)
{
    Validation v;
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9]{0,5}$"));
    if (prefix.isEmpty())
        v.error(tr("The document number prefix is empty; enter 1 to 6 capital letters or digits, e.g. WO."));
    else if (!re.match(prefix).hasMatch())
        v.error(tr("The document number prefix \"%1\" may only hold 1 to 6 capital letters (A-Z) or digits "
                   "and must start with a letter.")
                    .arg(prefix));
    return v;
}

bool DocumentNumbers::looksLikeNumber(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z][A-Z0-9]{0,5}\\d{12,}$"), QRegularExpression::CaseInsensitiveOption);
    return shape.match(text.trimmed()).hasMatch();
}

const CodeTable<SignatureDevice, 3> &SignatureCodes::devices()
{
    static const CodeTable<SignatureDevice, 3> t("dd::SignatureCodes", {{
        {SignatureDevice::Pen, "pen", QT_TRANSLATE_NOOP("dd::SignatureCodes", "Signature pad or pen")},
        {SignatureDevice::Touch, "touch", QT_TRANSLATE_NOOP("dd::SignatureCodes", "Touchscreen")},
        {SignatureDevice::Mouse, "mouse", QT_TRANSLATE_NOOP("dd::SignatureCodes", "Mouse")},
    }});
    return t;
}

} // namespace dd
