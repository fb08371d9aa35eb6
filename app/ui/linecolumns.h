#pragma once
#include <functional>

#include "core/workorder.h"
#include "rowsmodel.h"

namespace dd {

// The columns a work order's lines show, defined once for every screen that lists them (the work-order page,
// the cashier): a page builds its RowsModel<WorkOrderLine> from the ones it needs, in the "dd::LineColumns"
// translation context, plus its own. Lines that no longer count (declined, deferred) show grey.
namespace LineColumns {
using Column = RowsModel<WorkOrderLine>::Column;
inline constexpr const char *kContext = "dd::LineColumns";

Column kind();
Column code();
Column description(); // "Description"
Column item();        // the same, headed "Item" (the customer's word on the statement)
Column quantity();    // hours for labor, quantity and unit for the rest
Column amount();
Column payer();
Column technicianOrSource();
// Before the customer authorizes the work order its estimate lines are "Proposed", whatever they will be.
Column status(std::function<bool()> authorized);
// What a line's key is: its id (0 while it is not saved yet).
inline qint64 key(const WorkOrderLine &l) { return l.id; }
QString quantityText(const WorkOrderLine &l);
} // namespace LineColumns

} // namespace dd
