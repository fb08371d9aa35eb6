#pragma once
#include <QList>
#include <QString>

#include "core/roles.h"

namespace dd {

// Who is acting, and from which PC. Every command records it in its audit rows.
struct Session {
    qint64 userId = 0; // 0: the command line or the first-start set-up, acting as administrator
    QString login;
    QString displayName;
    QList<Role> roles;
    QString station;

    bool isSystem() const { return userId == 0; }
    static Session system(const QString &name, const QString &station)
    {
        Session s;
        s.login = name;
        s.displayName = name;
        s.roles = {Role::Administrator};
        s.station = station;
        return s;
    }
};

} // namespace dd
