#pragma once
#include <QCoreApplication>
#include <QDateTime>

#include "database.h"

namespace dd {

// One work order on the workshop's board.
struct BoardRow {
    qint64 workOrderId = 0;
    QString number;
    QString vehicleLabel;
    QString state;
    QString advisorName;
    QStringList technicians;
    QString bay;              // from the appointment, when there was one
    QString handedOverTo;
    QDateTime handedOverAt;   // UTC
    QDateTime promisedAt;     // UTC
    QDateTime openedAt;       // UTC
    int soldCentiHours = 0;   // approved labor
    int pendingFindings = 0; // add-on findings waiting for the customer
    int reworkCount = 0;
};

// The dispatch board (车间调度): every work order between authorization and settlement, with its technicians,
// bay, handover, planned hours and promise. Cheap to poll: version() changes whenever any of it may have.
class DispatchBoard
{
    Q_DECLARE_TR_FUNCTIONS(dd::DispatchBoard)
public:
    explicit DispatchBoard(Database &db) : m_db(db) {}
    QList<BoardRow> rows();
    // A fingerprint of the board's data: when it is unchanged, so is the board.
    QString version();

private:
    Database &m_db;
};

} // namespace dd
