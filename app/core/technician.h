#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "codes.h"
#include "validation.h"

namespace dd {

// The national vocational levels of a motor-vehicle repair worker (汽车维修工), lowest first.
enum class TechnicianGrade { Junior, Intermediate, Senior, Technician, SeniorTechnician };

// A person in the workshop who does the labor lines: chosen from a list, never typed per line. Technicians do
// not sign in; a retired one stays on the lines they worked on and leaves the lists (active = false).
struct Technician {
    qint64 id = 0; // 0 until stored
    QString name;
    QString team;  // 班组, e.g. 机修一组; "" for none
    QString grade; // TechnicianCodes::grades(), "" when not recorded
    bool active = true;
    int version = 0;

    QString label() const; // "李强 · 机修一组 · 高级工" for lists
    bool operator==(const Technician &) const = default;
};

class TechnicianCodes
{
public:
    static const CodeTable<TechnicianGrade, 5> &grades();
};

class TechnicianRules
{
    Q_DECLARE_TR_FUNCTIONS(dd::TechnicianRules)
public:
    static Validation validate(const Technician &t);
    // A whole list as it would be saved: each valid, and no two with the same name.
    static Validation validate(const QList<Technician> &list);
    // The teams of the active technicians, by name, each once.
    static QStringList teams(const QList<Technician> &list);
    // What a labor line records when a whole team is assigned: the team's name.
    static QString teamAssignment(const QString &team);
};

} // namespace dd
