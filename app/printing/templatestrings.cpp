// The fixed labels of the print templates (resources/print/*.html, written there as [[Label]]), listed so
// that lupdate finds them. A test fails when a template uses a label missing here.
#include <QtGlobal>

namespace {
[[maybe_unused]] const char *const kPrintTemplateLabels[] = {
    QT_TRANSLATE_NOOP("PrintTemplate", "Work order"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Time in"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Service advisor"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Customer"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Phone"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Promised by"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Dropped off by"),
    QT_TRANSLATE_NOOP("PrintTemplate", "While we work"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Plate"),
    QT_TRANSLATE_NOOP("PrintTemplate", "VIN"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Model"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Colour"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Odometer"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Fuel"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Key tag"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Exterior"),
    QT_TRANSLATE_NOOP("PrintTemplate",
                      "Solid red: new this visit. Blue ring: recorded at an earlier visit. Grey dashed: found repaired."),
    QT_TRANSLATE_NOOP("PrintTemplate", "Belongings in the vehicle"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Dashboard warning lamps"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Handover"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Quick checks"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Customer's concerns, in their own words"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Planned items and estimate"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Terms"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Customer signature"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Date"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Appointment"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Date and time"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Expected duration"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Service"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Vehicle"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Concerns"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Parts deposit"),
    QT_TRANSLATE_NOOP("PrintTemplate", "Please bring"),
};
} // namespace
