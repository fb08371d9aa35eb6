#include "technician.h"

#include <algorithm>

namespace dd {

namespace {
constexpr const char *kContext = "dd::TechnicianRules";
}

const CodeTable<TechnicianGrade, 5> &TechnicianCodes::grades()
{
    static const CodeTable<TechnicianGrade, 5> t(kContext, {{
        {TechnicianGrade::Junior, "junior", QT_TRANSLATE_NOOP("dd::TechnicianRules", "Junior (level 5)")},
        {TechnicianGrade::Intermediate, "intermediate", QT_TRANSLATE_NOOP("dd::TechnicianRules", "Intermediate (level 4)")},
        {TechnicianGrade::Senior, "senior", QT_TRANSLATE_NOOP("dd::TechnicianRules", "Senior (level 3)")},
        {TechnicianGrade::Technician, "technician", QT_TRANSLATE_NOOP("dd::TechnicianRules", "Technician (level 2)")},
        {TechnicianGrade::SeniorTechnician, "senior_technician", QT_TRANSLATE_NOOP("dd::TechnicianRules", "Senior technician (level 1)")},
    }});
    return t;
}

QString Technician::label() const
{
    QStringList parts{name};
    if (!team.isEmpty())
        parts << team;
    if (!grade.isEmpty())
        parts << TechnicianCodes::grades().labelOf(grade);
    return parts.join(QStringLiteral(" · "));
}

Validation TechnicianRules::validate(const Technician &t)
{
    Validation v;
    const QString name = t.name.trimmed();
    if (name.isEmpty())
        v.error(tr("A technician has no name."));
    else if (name.size() > 40)
        v.error(tr("The technician's name \"%1\" is longer than 40 characters.").arg(name.left(40)));
    if (t.team.trimmed().size() > 40)
        v.error(tr("The team of %1 is longer than 40 characters.").arg(name));
    if (!t.grade.isEmpty() && !TechnicianCodes::grades().contains(t.grade))
        v.error(tr("The grade of %1 is not one of the national levels.").arg(name));
    return v;
}

Validation TechnicianRules::validate(const QList<Technician> &list)
{
    Validation v;
    QStringList seen;
    for (const Technician &t : list) {
        v.merge(validate(t));
        const QString name = t.name.trimmed();
        if (!name.isEmpty() && seen.contains(name))
            v.error(tr("%1 is on the list twice; give the second one a distinguishing name (e.g. 李强2).").arg(name));
        seen << name;
    }
    return v;
}

QStringList TechnicianRules::teams(const QList<Technician> &list)
{
    QStringList out;
    for (const Technician &t : list)
        if (t.active && !t.team.trimmed().isEmpty() && !out.contains(t.team.trimmed()))
            out << t.team.trimmed();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

QString TechnicianRules::teamAssignment(const QString &team)
{
    return team.trimmed();
}

} // namespace dd
