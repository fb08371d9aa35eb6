#pragma once
#include <QCoreApplication>
#include <QString>

#include "validation.h"

namespace dd {

// Rules for sign-in names, people's names and passwords.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(dd::Credentials)
public:
    static constexpr int minPasswordLength = 8;
    // Sign-in names: 2 to 32 letters (Chinese included), digits, '.', '_' or '-'; no spaces.
    static Validation validateLogin(const QString &login);
    static Validation validateDisplayName(const QString &name);
    static Validation validatePassword(const QString &password, const QString &login);
    // Lower-cased, trimmed form used for look-ups, so "WangFang" and "wangfang" are one user.
    static QString normalizeLogin(const QString &login);
};

} // namespace dd
