#pragma once
#include <QDateTime>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include "core/workorder.h"
#include "formdocument.h"

// Pieces the form builders share: boxes, dates, amounts, the work-order lines table and a new document.
// Internal to the printing library.
namespace dd::formparts {

QString dateTime(const QDateTime &utc);
QByteArray png(const QImage &image);
QString box(bool checked);
QString orDash(const QString &text);
QString numberedList(const QStringList &items);
QString kmText(int km);
QString quantityOf(const WorkOrderLine &l);
QString kindOf(const WorkOrderLine &l);
QString linesTable(const QList<WorkOrderLine> &lines, bool decisionColumn);
FormDocument newDocument(const FormIdentity &id, const QString &number, const FormHeader &header, QPageSize::PageSizeId pageSize);
QString th(const QString &text, const char *attrs = "");
QString td(const QString &text, const char *attrs = "");
QString grid(const QString &head, const QStringList &rows);
QString dateOnly(const QDateTime &utc);

} // namespace dd::formparts
