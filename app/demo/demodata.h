#pragma once
#include <QDate>
#include <QString>
#include <random>

namespace dd::DemoData {

// Plausible Chinese names, vehicles, VINs and plates for the demo dealership and the scale generator.
// Deterministic for a given generator state.
using Rng = std::mt19937_64;

QString personName(Rng &rng);
QString companyName(Rng &rng);
QString mobile(Rng &rng);
struct Model {
    const char *brand;
    const char *series;
    const char *model;
    const char *wmi;       // world manufacturer identifier
    bool newEnergy;
    bool european;         // VINs without a check digit
    const char *energy = "petrol"; // VehicleCodes::energyTypes()
};
const Model &model(Rng &rng);
// A 17-character VIN with a correct check digit, or (european models) a typical one without.
QString vin(Rng &rng, const Model &m, int year);
// A plate from the Shanghai region; new-energy models get 8-character plates.
QString plate(Rng &rng, const Model &m);
QString color(Rng &rng);
// Typical jobs on a past work order, eight of each kind; `index` is taken modulo eight.
struct Job {
    const char *text;
    const char *kind; // labor, part
    qint64 amountFen;
};
const Job &job(bool maintenance, int index);
// WO202611220001: prefix, the day and a counter per day.
QString workOrderNumber(const QString &prefix, const QDate &day, int seq);
int pick(Rng &rng, int from, int to); // inclusive

} // namespace dd::DemoData
