#pragma once
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "core/settlement.h"

// Reading settlement rows and refusing with the reasons, shared by the settlement, day-close and delivery code
// (settlementstore.cpp, dayclose.cpp, deliverystore.cpp). Internal to the store.
namespace dd::settlementrows {

extern const QString kSettlementColumns;
Settlement settlementFrom(const QSqlQuery &q);
// Throws StoreError(Validation) naming every problem, when there is one.
void throwIf(const QStringList &problems);

} // namespace dd::settlementrows
